import ErrataRuntime
import Foundation
import Testing

@Suite struct LocalizationTests {
    static let localization = ErrataLocalization(
        languages: ["en", "zh-Hans", "zh-Hant", "de", "sr-Latn"],
        text: ErrataLocalization.build([
            // Line 0, one variant: zh-Hans both, zh-Hant description only, de solution only, sr none.
            [("说明", "办法"), ("說明", nil), (nil, "Lösung"), (nil, nil)],
            // Line 1: nothing translated.
            [],
            // Line 2, two variants: only the second's zh-Hans.
            [(nil, nil), (nil, nil), (nil, nil), (nil, nil), ("第二\n行", "␟␛")],
        ]),
        lines: 3)

    @Test func preferredLanguagesMatchAsDocumented() {
        let localization = Self.localization
        #expect(localization.language(preferring: ["zh-Hans-CN"]) == 1)
        #expect(localization.language(preferring: ["zh_CN"]) == 1)
        #expect(localization.language(preferring: ["zh-TW"]) == 2)
        #expect(localization.language(preferring: ["zh-HK"]) == 2)
        #expect(localization.language(preferring: ["zh"]) == 1)
        #expect(localization.language(preferring: ["de_AT@calendar=gregorian"]) == 3)
        #expect(localization.language(preferring: ["sr"]) == 4)
        #expect(localization.language(preferring: ["sr-Cyrl"]) == nil)
        #expect(localization.language(preferring: ["fr", "EN-x-private"]) == 0)
        #expect(localization.language(preferring: ["fr"]) == nil)
        #expect(localization.language(for: Locale(identifier: "de_DE")) == 3)
        #expect(localization.language(for: Locale(identifier: "ja_JP")) == 0)
        #expect(ErrataLocalization.Tag("zh_Hant_TW.UTF-8").text == "zh-hant-tw")
        #expect(ErrataLocalization.Tag("en-u-ca-gregory").text == "en")
    }

    @Test func translatedTextsAreFoundPerLineVariantAndLanguage() {
        let localization = Self.localization
        #expect(localization.text(line: 0, variant: 0, language: 1, solution: false) == "说明")
        #expect(localization.text(line: 0, variant: 0, language: 1, solution: true) == "办法")
        #expect(localization.text(line: 0, variant: 0, language: 2, solution: false) == "說明")
        #expect(localization.text(line: 0, variant: 0, language: 2, solution: true) == nil)
        #expect(localization.text(line: 0, variant: 0, language: 3, solution: true) == "Lösung")
        #expect(localization.text(line: 0, variant: 0, language: 4, solution: true) == nil)
        #expect(localization.text(line: 0, variant: 0, language: 0, solution: false) == nil)
        #expect(localization.text(line: 1, variant: 0, language: 1, solution: false) == nil)
        #expect(localization.text(line: 2, variant: 0, language: 1, solution: false) == nil)
        #expect(localization.text(line: 2, variant: 1, language: 1, solution: false) == "第二\n行")
        #expect(localization.text(line: 2, variant: 1, language: 1, solution: true) == "␟␛")
        #expect(localization.text(line: 0, variant: 0, language: 9, solution: false) == nil)
    }

    @Test func errorTexts() {
        #expect(ErrataText.errorDescription(code: "A.1", message: "Bad.", httpStatus: 400) == "A.1: Bad. (HTTP 400)")
        #expect(ErrataText.errorDescription(code: "A.1", message: "Bad.", httpStatus: nil) == "A.1: Bad.")
        let long = String(repeating: "é", count: 201)
        #expect(ErrataText.unrecognizedDescription(httpStatus: 502, body: long) == "unrecognized error response (HTTP 502): " + String(repeating: "é", count: 200) + "…")
        #expect(ErrataText.failureReason(plainDescription: "", message: "m") == "m")
        #expect(ErrataText.failureReason(plainDescription: "", message: "") == nil)
    }
}
