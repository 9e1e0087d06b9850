import ErrataModel
import ErrataSync
import ErrataSpec
import ErrataTestSupport
import Foundation
import Testing

/// A spec's texts as an Xcode String Catalog: keys, contents, Xcode's layout, golden bytes.
@Suite struct StringCatalogWriterTests {
    static let spec = RepositoryPaths.fixtures.appendingPathComponent("Specs/acme-vision.yaml").path
    static let golden = RepositoryPaths.fixtures.appendingPathComponent("Golden/Strings")

    static func catalog() throws -> Catalog { try CatalogStage().spec(at: spec).catalog }

    /// The texts still to translate into zh-Hans, and every text in German and Chinese.
    static let goldenCases: [(file: String, locales: [String], selection: StringCatalogWriter.Selection)] = [
        ("acme-vision.zh-Hans.xcstrings", ["zh-Hans"], .missing),
        ("acme-vision.all.xcstrings", ["de", "zh-Hans"], .all),
    ]

    @Test(arguments: goldenCases.indices)
    func matchesTheGoldenFile(_ index: Int) throws {
        let (file, locales, selection) = Self.goldenCases[index]
        let text = try StringCatalogWriter.write(CatalogValidator.validate(Self.catalog()), locales: locales, selection: selection).text
        let url = Self.golden.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["ERRATA_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        #expect(stored == text, "\(file) differs from its golden file")
    }

    @Test func keysNameEveryTextByCodeRowModuleAndNote() throws {
        let texts = try Self.catalog().translatableTexts
        #expect(texts.map(\.key) == [
            "module/Recognition", "module/Gateway",
            "AV.0101/description", "AV.0101/solution",
            "AV.0102#1/description", "AV.0102#1/solution", "AV.0102#2/description",
            "GW.0401/description", "GW.0401/solution",
            "note/1/label", "note/1/text",
        ])
        #expect(texts.first { $0.key == "AV.0101/solution" }?.translations == ["zh-Hans": "请在 `image` 字段中发送图片。"])
        #expect(texts.first { $0.key == "module/Recognition" }?.translations == ["de": "Erkennung", "zh-Hans": "识别"])
    }

    @Test func keysCannotRunIntoEachOther() {
        #expect(TranslatableText.rowKey(code: "A/B#1%", row: 1, rowCount: 1, field: "description") == "A%2FB%231%25/description")
        #expect(TranslatableText.rowKey(code: "A#2", row: 1, rowCount: 1, field: "solution") != TranslatableText.rowKey(code: "A", row: 2, rowCount: 2, field: "solution"))
        // A code spelled `module` cannot take a module's key.
        #expect(TranslatableText.rowKey(code: "module", row: 1, rowCount: 1, field: "description") == "%6Dodule/description")
        #expect(TranslatableText.moduleKey("description") == "module/description")
        #expect(TranslatableText.moduleKey("Model/Arts") == "module/Model%2FArts")
    }

    @Test func theMissingTextsOfALocaleAndTheirContext() throws {
        let result = try StringCatalogWriter.write(CatalogValidator.validate(Self.catalog()), locales: ["zh-Hans"], selection: .missing)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.text.utf8)) as? [String: Any])
        #expect(json["sourceLanguage"] as? String == "en")
        #expect(json["version"] as? String == "1.0")
        let strings = try #require(json["strings"] as? [String: [String: Any]])
        #expect(strings.keys.sorted() == ["AV.0102#1/solution", "AV.0102#2/description", "GW.0401/description", "GW.0401/solution", "module/Gateway"])
        #expect(result.stringCount == 5)
        #expect(result.untranslated == ["zh-Hans": 5])
        let row = try #require(strings["AV.0102#2/description"])
        #expect(row["extractionState"] as? String == "manual")
        #expect(row["comment"] as? String
            == "What the error means: error code AV.0102, row 2 of 2. Markdown: keep `code` spans, links and placeholders as they are. The API's message, never translated: \"Image size XX exceeds the limit.\"")
        let localizations = try #require(row["localizations"] as? [String: [String: [String: String]]])
        #expect(localizations == ["en": ["stringUnit": ["state": "translated", "value": "The decoded image exceeds the pixel limit."]]])
    }

    @Test func everyTextWithTheTranslationsItHas() throws {
        let result = try StringCatalogWriter.write(CatalogValidator.validate(Self.catalog()), locales: ["de", "zh-Hans"], selection: .all)
        #expect(result.stringCount == 11)
        #expect(result.untranslated == ["de": 9, "zh-Hans": 5])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.text.utf8)) as? [String: Any])
        let strings = try #require(json["strings"] as? [String: [String: Any]])
        let localizations = try #require(strings["AV.0101/description"]?["localizations"] as? [String: [String: [String: String]]])
        #expect(localizations.keys.sorted() == ["de", "en", "zh-Hans"])
        #expect(localizations["de"]?["stringUnit"] == ["state": "translated", "value": "Die Anfrage enthält kein Bild."])
    }

    @Test func aLocaleWithNothingMissingGivesAnEmptyCatalog() throws {
        var catalog = try Self.catalog()
        for text in catalog.translatableTexts { catalog.setTranslation("x", at: text.place, tag: "zh-Hans") }
        let result = try StringCatalogWriter.write(CatalogValidator.validate(catalog), locales: ["zh-Hans"], selection: .missing)
        #expect(result.text == "{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n\n  },\n  \"version\" : \"1.0\"\n}\n")
    }

    @Test func xcodeLayout() throws {
        let text = try StringCatalogWriter.write(CatalogValidator.validate(Self.catalog()), locales: ["zh-Hans"], selection: .all).text
        #expect(text.hasPrefix("{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"AV.0101/description\" : {\n      \"comment\" : "))
        #expect(text.hasSuffix("\n  },\n  \"version\" : \"1.0\"\n}\n"))
        #expect(!text.contains("\r") && !text.contains("\\/"))
        #expect(text.contains("\"value\" : \"请求中没有图片。\""))
        #expect(try text == StringCatalogWriter.write(CatalogValidator.validate(Self.catalog()), locales: ["zh-Hans"], selection: .all).text)
    }

    @Test func keysAreSortedAsXcodeSortsThem() {
        let keys = ["Key10", "key2", "Key1", "my.snake", "my_snake", "myDevice", "B", "a", "ModelArts.4105#10/solution",
                    "ModelArts.4105#2/solution", "module/OCR", "note/1/text", "AIS.0101/solution", "AIS.0101/description"]
        #expect(keys.sorted(by: XcodeJSON.keyPrecedes) == [
            "a", "AIS.0101/description", "AIS.0101/solution", "B", "Key1", "key2", "Key10",
            "ModelArts.4105#2/solution", "ModelArts.4105#10/solution", "module/OCR", "my_snake", "my.snake", "myDevice",
            "note/1/text",
        ])
        // Equal but for case or leading zeros: an order all the same.
        #expect(XcodeJSON.keyPrecedes("A", "a") && !XcodeJSON.keyPrecedes("a", "A"))
        #expect(XcodeJSON.keyPrecedes("x01", "x1") != XcodeJSON.keyPrecedes("x1", "x01"))
    }

    @Test func stringsAreEscapedAsJSONAndReadBack() throws {
        let value = "quote \" backslash \\ slash / newline \n tab \t bell \u{7} 中文 😀"
        let text = XcodeJSON.text(.object(["k": .string(value)]))
        #expect(text == "{\n  \"k\" : \"quote \\\" backslash \\\\ slash / newline \\n tab \\t bell \\u0007 中文 😀\"\n}")
        let back = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
        #expect(back == ["k": value])
    }
}
