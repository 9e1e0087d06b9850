import ErrataModel
import ErrataRenderers
import ErrataSpec
import ErrataTestSupport
import Foundation
import Testing

/// Translations in a spec: read, validated, written back, and the catalog a locale's reader sees.
@Suite struct TranslationSpecTests {
    static let path = RepositoryPaths.fixtures.appendingPathComponent("Specs/acme-vision.yaml").path

    func read(_ yaml: String) throws -> Catalog {
        try SpecReader.read(data: Array(yaml.utf8), path: "t.yaml")
    }

    @Test func theFixtureReadsWithEveryTranslation() throws {
        let catalog = try CatalogStage().spec(at: Self.path).catalog
        try CatalogValidator.validate(catalog)
        #expect(catalog.language == "en")
        #expect(catalog.locales == [CatalogLocale(tag: "zh-Hans", source: "https://docs.example.com/zh-cn/vision/errors.html"), CatalogLocale(tag: "de")])
        #expect(catalog.modules.map(\.localized) == [["de": "Erkennung", "zh-Hans": "识别"], [:]])
        let first = try #require(catalog.entry("AV.0101")).variants[0]
        #expect(first.localized["zh-Hans"] == VariantTranslation(description: "请求中没有图片。", solution: "请在 `image` 字段中发送图片。"))
        #expect(first.localized["de"] == VariantTranslation(description: "Die Anfrage enthält kein Bild."))
        let second = try #require(catalog.entry("AV.0102")).variants
        #expect(second.map { $0.localized.keys.sorted() } == [["zh-Hans"], []])
        #expect(catalog.notes[0].localized["zh-Hans"] == NoteTranslation(label: "其他", text: "其他错误码请联系技术支持。"))
    }

    @Test func writingAndReadingBackKeepsEveryTranslation() throws {
        let catalog = try CatalogStage().spec(at: Self.path).catalog
        let yaml = try SpecRenderer.render(CatalogValidator.validate(catalog))
        let back = try read(yaml)
        #expect(back == catalog)
        #expect(try SpecRenderer.render(CatalogValidator.validate(back)) == yaml)
        #expect(yaml.contains("locales:\n  zh-Hans:\n    source: https://docs.example.com/zh-cn/vision/errors.html\n  de: ~\n"))
        #expect(yaml.contains("  localized:\n    de:\n      description: Die Anfrage enthält kein Bild.\n    zh-Hans:\n"))
    }

    @Test func aLocaleReaderSeesItsTextsAndTheBaseLanguageElsewhere() throws {
        let catalog = try CatalogStage().spec(at: Self.path).catalog
        let chinese = catalog.localized(to: "zh-Hans")
        #expect(chinese.language == "zh-Hans")
        #expect(chinese.source == "https://docs.example.com/zh-cn/vision/errors.html")
        #expect(chinese.locales.isEmpty)
        #expect(chinese.modules.map(\.name) == ["识别", "Gateway"])
        #expect(chinese.entries.map(\.module) == ["识别", "识别", "Gateway"])
        #expect(chinese.entries[0].variants[0].description == "请求中没有图片。")
        #expect(chinese.entries[1].variants.map(\.description) == ["图片超过 10 MB。", "The decoded image exceeds the pixel limit."])
        #expect(chinese.entries[1].variants[0].solution == "Compress the image.")
        #expect(chinese.entries.flatMap(\.variants).map(\.message) == catalog.entries.flatMap(\.variants).map(\.message))
        #expect(chinese.notes == [Note(label: "其他", text: "其他错误码请联系技术支持。")])
        let base = catalog.localized(to: "en")
        #expect(base.modules.map(\.name) == ["Recognition", "Gateway"])
        #expect(base.entries[0].variants[0].description == "The request carries no image.")
        #expect(base.entries.allSatisfy { $0.variants.allSatisfy(\.localized.isEmpty) })
    }

    static let header = "service: S\nlocales:\n  zh-Hans: ~\n"

    @Test(arguments: [
        // A translation into a locale the spec does not list (a typo of a tag, say).
        (header + "entries:\n  - code: A\n    message: m\n    localized:\n      zh-hans: {description: d}\n",
         "t.yaml:5:5: error: code \"A\" has a translation into \"zh-hans\", which is not listed under 'locales' (zh-Hans)"),
        (header + "modules:\n  - name: M\n    localized: {fr: N}\nentries:\n  - {code: A, module: M, message: m}\n",
         "t.yaml:5:5: error: module \"M\" has a translation into \"fr\", which is not listed under 'locales' (zh-Hans)"),
        ("service: S\nlocales:\n  zh_CN: ~\nentries: []\n", "t.yaml:3:3: error: the locale \"zh_CN\" is not a BCP 47 language tag (such as zh-Hans, pt-BR)"),
        ("service: S\nlanguage: en\nlocales:\n  en: ~\nentries: []\n",
         "t.yaml:4:3: error: the locale \"en\" is the spec's own language; its texts are the untranslated ones"),
        (header + "entries:\n  - code: A\n    message: m\n    localized:\n      zh-Hans: {}\n",
         "t.yaml:5:5: error: code \"A\" has an empty translation into \"zh-Hans\""),
        (header + "entries:\n  - code: A\n    message: m\n    localized:\n      zh-Hans: {message: x}\n",
         "t.yaml:8:17: error: unknown key 'message' in 'localized.zh-Hans'; expected one of: description, solution"),
        (header + "entries:\n  - code: A\n    message: m\n    localized:\n      zh-Hans: {description: a}\n      zh-Hans: {description: b}\n",
         "t.yaml:8:7: error: duplicate key 'zh-Hans' in a mapping"),
    ])
    func badTranslationsAreRefusedWithTheirPlace(yaml: String, expected: String) throws {
        let problems: [Diagnostic]
        do {
            let catalog = try read(yaml)
            problems = CatalogValidator.problems(in: catalog)
        } catch let diagnostics as Diagnostics {
            problems = diagnostics.items
        } catch let diagnostic as Diagnostic {
            problems = [diagnostic]
        }
        #expect(problems.map(\.description).contains(expected), "\(problems.map(\.description))")
    }
}
