import ErrataSync
import ErrataModel
import ErrataSpec
import ErrataTestSupport
import Foundation
import Testing

/// `errata strings export` and `errata strings import`: the translator's round trip through a
/// String Catalog, on a copy of the translated fixture spec.
@Suite struct StringsCLITests {
    static let fixture = RepositoryPaths.fixtures.appendingPathComponent("Specs/acme-vision.yaml")
    static let golden = RepositoryPaths.fixtures.appendingPathComponent("Golden/Strings/acme-vision.zh-Hans.xcstrings")
    static let spec = "spec/acme-vision.yaml"

    /// A scratch folder holding `spec/acme-vision.yaml`.
    struct Scratch {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("errata-strings-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("spec"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: StringsCLITests.fixture, to: url(StringsCLITests.spec))
        }

        func url(_ path: String) -> URL { root.appendingPathComponent(path) }
        func run(_ arguments: String...) throws -> ErrataCLI.Result { try ErrataCLI.run(arguments, in: root) }
        func bytes(_ path: String) throws -> Data { try Data(contentsOf: url(path)) }
        func write(_ text: String, to path: String) throws { try Data(text.utf8).write(to: url(path)) }
        func spec() throws -> Catalog { try CatalogStage().spec(at: url(StringsCLITests.spec).path).catalog }
        func modificationDate(_ path: String) throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: url(path).path)[.modificationDate] as? Date
        }
        func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url("spec").path).sorted() }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    // MARK: Export

    @Test func exportWritesTheMissingTextsToTheWorkingDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "zh-Hans")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote acme-vision.zh-Hans.xcstrings: 5 strings (zh-Hans lacks 5)\n")
        #expect(try scratch.bytes("acme-vision.zh-Hans.xcstrings") == Data(contentsOf: Self.golden))
        #expect(try scratch.files() == ["acme-vision.yaml"], "nothing next to the spec")

        let before = try scratch.modificationDate("acme-vision.zh-Hans.xcstrings")
        let again = try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "zh-Hans")
        #expect(again.stdout == "unchanged acme-vision.zh-Hans.xcstrings: 5 strings (zh-Hans lacks 5)\n")
        #expect(try scratch.modificationDate("acme-vision.zh-Hans.xcstrings") == before)
    }

    @Test func theDefaultNameComesFromTheSpecAndTheLocale() {
        #expect(StringsExportJob.defaultOutput(spec: "spec/acme.yaml", locales: ["zh-Hans"]) == "acme.zh-Hans.xcstrings")
        #expect(StringsExportJob.defaultOutput(spec: "Sources/App/acme-lb.errata.yaml", locales: ["pt-BR"]) == "acme-lb.pt-BR.xcstrings")
        #expect(StringsExportJob.defaultOutput(spec: "/abs/acme.yml", locales: ["de", "ja"]) == "acme.xcstrings")
    }

    @Test func exportToStandardOutputOrAnotherFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let printed = try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "zh-Hans", "--output", "-")
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(Data(printed.stdout.utf8) == (try Data(contentsOf: Self.golden)))
        #expect(try scratch.files() == ["acme-vision.yaml"], "nothing written")

        let all = try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "ja", "--locale", "de", "--all", "--output", "out/all.xcstrings")
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout == "new locale: ja (not yet among the spec's locales; strings import adds it)\nwrote out/all.xcstrings: 11 strings (ja lacks 11, de lacks 9)\n")
    }

    @Test func exportRefusesTheSpecsOwnLanguage() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "en")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("spec/acme-vision.yaml: error: the locale \"en\" is the spec's own language"), "\(result.stderr)")
        #expect(try scratch.files() == ["acme-vision.yaml"])
    }

    // MARK: Round trip

    /// Sets one translation in an exported catalog, as a translator's tool would (any JSON layout).
    func translate(_ path: String, key: String, locale: String, value: String, state: String = "translated", in scratch: Scratch) throws {
        var json = try #require(try JSONSerialization.jsonObject(with: scratch.bytes(path)) as? [String: Any])
        var strings = try #require(json["strings"] as? [String: Any])
        var string = try #require(strings[key] as? [String: Any])
        var localizations = string["localizations"] as? [String: Any] ?? [:]
        localizations[locale] = ["stringUnit": ["state": state, "value": value]]
        string["localizations"] = localizations
        strings[key] = string
        json["strings"] = strings
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: scratch.url(path))
    }

    @Test func exportTranslateImportRoundTrip() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let original = try scratch.spec()
        #expect(try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "zh-Hans").status == 0)
        let file = "acme-vision.zh-Hans.xcstrings"
        try translate(file, key: "GW.0401/description", locale: "zh-Hans", value: "令牌缺失或已过期。", in: scratch)

        let result = try scratch.run("strings", "import", file, "--spec", Self.spec)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout == "zh-Hans: 1 added, 0 changed, 0 unchanged\nupdated spec/acme-vision.yaml\n")

        // The spec gained exactly that translation, and reads and validates.
        let updated = try scratch.spec()
        try CatalogValidator.validate(updated)
        var expected = original
        expected.entries[2].variants[0].localized["zh-Hans"] = VariantTranslation(description: "令牌缺失或已过期。")
        #expect(updated == expected)
        let yaml = try String(contentsOf: scratch.url(Self.spec), encoding: .utf8)
        #expect(yaml.hasPrefix("# A small spec with translations"), "the leading comment is kept")
        #expect(yaml.contains("  status: 401\n  localized:\n    zh-Hans:\n      description: 令牌缺失或已过期。\n"), "\(yaml)")

        // Exported again, the catalog no longer lists it.
        let again = try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "zh-Hans")
        #expect(again.stdout == "wrote acme-vision.zh-Hans.xcstrings: 4 strings (zh-Hans lacks 4)\n")
        let json = try #require(try JSONSerialization.jsonObject(with: scratch.bytes(file)) as? [String: Any])
        let keys = try #require(json["strings"] as? [String: Any]).keys.sorted()
        #expect(keys == ["AV.0102#1/solution", "AV.0102#2/description", "GW.0401/solution", "module/Gateway"])

        // Everything with --all, the new translation included; importing it changes nothing.
        #expect(try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "zh-Hans", "--all", "--output", "all.xcstrings").status == 0)
        let before = try scratch.bytes(Self.spec)
        let date = try scratch.modificationDate(Self.spec)
        let reimport = try scratch.run("strings", "import", "all.xcstrings", "--spec", Self.spec)
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(reimport.stdout == "zh-Hans: 0 added, 0 changed, 7 unchanged\nunchanged spec/acme-vision.yaml\n")
        #expect(try scratch.bytes(Self.spec) == before)
        #expect(try scratch.modificationDate(Self.spec) == date)
    }

    @Test func aCorrectedTranslationReplacesTheSpecs() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        #expect(try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "zh-Hans", "--all", "--output", "zh.xcstrings").status == 0)
        try translate("zh.xcstrings", key: "module/Recognition", locale: "zh-Hans", value: "图像识别", in: scratch)
        let result = try scratch.run("strings", "import", "zh.xcstrings", "--spec", Self.spec)
        #expect(result.stdout == "zh-Hans: 0 added, 1 changed, 5 unchanged\nupdated spec/acme-vision.yaml\n", "\(result.stderr)")
        #expect(try scratch.spec().modules[0].localized == ["de": "Erkennung", "zh-Hans": "图像识别"])
    }

    @Test func untranslatedAndUnreviewedStringsAreLeftOutAndANewLocaleIsAdded() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let original = try scratch.spec()
        #expect(try scratch.run("strings", "export", "--spec", Self.spec, "--locale", "zh-Hans", "--locale", "ja", "--output", "t.xcstrings").status == 0)
        try translate("t.xcstrings", key: "GW.0401/solution", locale: "zh-Hans", value: "获取新令牌。", state: "needs_review", in: scratch)
        try translate("t.xcstrings", key: "GW.0401/description", locale: "zh-Hans", value: "", state: "new", in: scratch)
        try translate("t.xcstrings", key: "module/Gateway", locale: "ja", value: "ゲートウェイ", in: scratch)
        let result = try scratch.run("strings", "import", "t.xcstrings", "--spec", Self.spec)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            ja: 1 added, 0 changed, 0 unchanged
            zh-Hans: 0 added, 0 changed, 6 unchanged; left out: 1 needs review, 1 not translated
            added locale ja to the spec's locales
            updated spec/acme-vision.yaml

            """)
        let updated = try scratch.spec()
        try CatalogValidator.validate(updated)
        #expect(updated.localeTags == ["zh-Hans", "de", "ja"])
        var expected = original
        expected.locales.append(CatalogLocale(tag: "ja"))
        expected.modules[1].localized["ja"] = "ゲートウェイ"
        #expect(updated == expected)
    }

    @Test func aTranslationOfAnOlderTextIsLeftOutWithAWarning() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let catalog = """
            {
              "sourceLanguage" : "en",
              "strings" : {
                "GW.0401/solution" : {
                  "localizations" : {
                    "en" : { "stringUnit" : { "state" : "translated", "value" : "Log in again." } },
                    "zh-Hans" : { "stringUnit" : { "state" : "translated", "value" : "重新登录。" } }
                  }
                }
              },
              "version" : "1.0"
            }

            """
        try scratch.write(catalog, to: "old.xcstrings")
        let before = try scratch.bytes(Self.spec)
        let result = try scratch.run("strings", "import", "old.xcstrings", "--spec", Self.spec)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "old.xcstrings:6:69: warning: \"GW.0401/solution\" in zh-Hans translates an older text: the spec's text is now \"Obtain a new token.\"; left out (export it again) [stale-translation]\n")
        #expect(result.stdout == "zh-Hans: 0 added, 0 changed, 0 unchanged; left out: 1 with a warning\nunchanged spec/acme-vision.yaml\n")
        #expect(try scratch.bytes(Self.spec) == before)

        let strict = try scratch.run("strings", "import", "old.xcstrings", "--spec", Self.spec, "--strict")
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("error: warnings are errors with --strict (stale-translation); nothing was written"), "\(strict.stderr)")
    }

    // MARK: Refusals

    /// A catalog whose second key no longer names a text: AV.0102 has two rows, so its keys are
    /// AV.0102#1/… and AV.0102#2/….
    static let staleCatalog = """
        {
          "sourceLanguage" : "en",
          "strings" : {
            "GW.0401/description" : {
              "localizations" : {
                "zh-Hans" : { "stringUnit" : { "state" : "translated", "value" : "令牌缺失或已过期。" } }
              }
            },
            "AV.0102/description" : {
              "localizations" : {
                "zh-Hans" : { "stringUnit" : { "state" : "translated", "value" : "图片太大。" } }
              }
            },
            "AV.0199/solution" : {
            }
          },
          "version" : "1.0"
        }

        """

    @Test func staleKeysAreRefusedWhereTheyStandAndNothingIsWritten() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(Self.staleCatalog, to: "spec/stale.xcstrings")
        let before = try scratch.bytes(Self.spec)
        let result = try scratch.run("strings", "import", "spec/stale.xcstrings", "--spec", Self.spec)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "spec/stale.xcstrings:9:5: error: the key \"AV.0102/description\" names no text of the spec spec/acme-vision.yaml (its code, row, module or note is gone, or the code's rows changed): export the texts again and translate those",
            "spec/stale.xcstrings:14:5: error: the key \"AV.0199/solution\" names no text of the spec spec/acme-vision.yaml (its code, row, module or note is gone, or the code's rows changed): export the texts again and translate those",
        ])
        #expect(try scratch.bytes(Self.spec) == before, "the spec is untouched")
        #expect(try scratch.files() == ["acme-vision.yaml", "stale.xcstrings"], "no temporary file left")
    }

    @Test func anotherSourceLanguageIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("{\n  \"sourceLanguage\" : \"de\",\n  \"strings\" : {\n  },\n  \"version\" : \"1.0\"\n}\n", to: "de.xcstrings")
        let result = try scratch.run("strings", "import", "de.xcstrings", "--spec", Self.spec)
        #expect(result.status == 2)
        #expect(result.stderr == "de.xcstrings:2:22: error: the String Catalog's source language is \"de\", the spec's is \"en\" (spec/acme-vision.yaml); export the spec's texts with errata strings export\n")
    }

    /// JSON that Foundation refuses: its words (which differ between platforms) at the line and
    /// column of the offset it gives, or at the file when it gives none.
    @Test(arguments: [
        ("{\n  \"sourceLanguage\" : \"en\"\n  \"strings\" : {}\n}\n",
         "bad.xcstrings:3:3: error: the String Catalog is not valid JSON: "),
        ("{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"GW.0401/solution\" : {\n      \"localizations\" : {\n        \"zh-Hans\" : {\n          \"stringUnit\" : {\n            \"state\" : \"translated\",\n            \"value\" : \"获取",
         "bad.xcstrings: error: the String Catalog is not valid JSON: "),
        ("", "bad.xcstrings: error: the String Catalog is not valid JSON: "),
    ])
    func invalidJSONIsRefusedWhereFoundationSaysItGoesWrong(text: String, expected: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(text, to: "bad.xcstrings")
        let before = try scratch.bytes(Self.spec)
        let result = try scratch.run("strings", "import", "bad.xcstrings", "--spec", Self.spec)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(expected) && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(try scratch.bytes(Self.spec) == before)
    }

    @Test(arguments: [
        ("{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"x\" : {},\n    \"x\" : {}\n  }\n}\n",
         "bad.xcstrings:5:5: error: the key \"x\" is given twice in one object (first at line 4)"),
        ("[]\n", "bad.xcstrings:1:1: error: expected the String Catalog to be an object, found an array"),
        ("{\"sourceLanguage\": \"en\", \"strings\": {\"GW.0401/solution\": {\"localizations\": {\"zh-Hans\": {\"stringUnit\": {\"state\": \"translated\"}}}}}}",
         "bad.xcstrings:1:103: error: the 'stringUnit' of the zh-Hans localization of \"GW.0401/solution\" needs a 'state' and a 'value'"),
        ("{\"sourceLanguage\": \"en\", \"strings\": {\"GW.0401/solution\": {\"localizations\": {\"zh_CN\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"x\"}}}}}}",
         "bad.xcstrings:1:77: error: \"zh_CN\" is not a BCP 47 language tag (such as zh-Hans, pt-BR)"),
    ])
    func malformedCatalogsAreRefusedWhereTheyGoWrong(text: String, expected: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(text, to: "bad.xcstrings")
        let before = try scratch.bytes(Self.spec)
        let result = try scratch.run("strings", "import", "bad.xcstrings", "--spec", Self.spec)
        #expect(result.status == 2)
        #expect(result.stderr == expected + "\n")
        #expect(try scratch.bytes(Self.spec) == before)
    }
}
