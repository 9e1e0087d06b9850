@testable import ErrataSync
import ErrataTestSupport
import ErrataModel
import ErrataSpec
import Foundation
import Testing

/// How `strings import` reads a String Catalog: Foundation reads the JSON, `JSONKeyPositions`
/// finds where its keys stand, and every problem is reported at its line and column.
@Suite struct StringCatalogFileTests {
    func read(_ text: String) throws -> StringCatalogFile { try StringCatalogFile.read(data: Array(text.utf8), path: "t.json") }

    func problem(_ bytes: [UInt8]) -> String {
        do {
            _ = try StringCatalogFile.read(data: bytes, path: "t.json")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    func problem(_ text: String) -> String { problem(Array(text.utf8)) }

    func at(_ line: Int, _ column: Int) -> ErrataModel.SourceLocation { ErrataModel.SourceLocation(path: "t.json", line: line, column: column) }

    /// Keys with escapes, a string holding quotes and brackets, CRLF line ends, and a file order
    /// that is not alphabetical.
    static let catalog = [
        "{",
        "  \"sourceLanguage\" : \"en\",",
        "  \"strings\" : {",
        "    \"A\\u002E1/description\" : {",
        "      \"comment\" : \"a \\\"quoted\\\" {[ text\",",
        "      \"localizations\" : {",
        "        \"en\" : { \"stringUnit\" : { \"state\" : \"translated\", \"value\" : \"One\" } },",
        "        \"d\\u0065\" : { \"stringUnit\" : { \"state\" : \"translated\", \"value\" : \"Eins\" } }",
        "      }",
        "    },",
        "    \"0/solution\" : {",
        "      \"localizations\" : {",
        "        \"ja\" : { \"variations\" : { \"plural\" : { \"one\" : { \"stringUnit\" : { \"state\" : \"translated\", \"value\" : \"x\" } } } } }",
        "      }",
        "    }",
        "  },",
        "  \"version\" : \"1.0\"",
        "}",
    ].joined(separator: "\r\n")

    @Test func keysTagsAndValuesWhereTheyStandInTheFilesOrder() throws {
        let file = try read(Self.catalog)
        #expect(file.sourceLanguage == "en")
        #expect(file.sourceLanguageLocation == at(2, 22))
        #expect(file.entries.map(\.key) == ["A.1/description", "0/solution"])
        #expect(file.entries.map(\.keyLocation) == [at(4, 5), at(11, 5)])
        let first = file.entries[0].localizations
        #expect(first.map(\.tag) == ["en", "de"])
        #expect(first.map(\.tagLocation) == [at(7, 9), at(8, 9)])
        #expect(first.map { $0.unit?.value } == ["One", "Eins"])
        #expect(first.map { $0.unit?.state } == ["translated", "translated"])
        #expect(first.map { $0.unit?.location } == [at(7, 69), at(8, 74)])
        let second = try #require(file.entries[1].localizations.first)
        #expect(second.tag == "ja" && second.tagLocation == at(13, 9))
        #expect(second.unit == nil && second.hasVariations)
    }

    @Test func lineEndsAreLFCRLFOrALoneCR() throws {
        for end in ["\n", "\r\n", "\r"] {
            let file = try read(Self.catalog.replacingOccurrences(of: "\r\n", with: end))
            #expect(file.entries.map(\.keyLocation) == [at(4, 5), at(11, 5)], "\(end.debugDescription)")
        }
    }

    @Test func aByteOrderMarkIsSkippedAndNotCounted() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let file = try StringCatalogFile.read(data: bom + Array("{\"sourceLanguage\": \"en\", \"strings\": {\"k\": {}}}".utf8), path: "t.json")
        #expect(file.sourceLanguageLocation == at(1, 20))
        #expect(file.entries.map(\.keyLocation) == [at(1, 38)])
        #expect(problem(bom + Array("{\"k\" 1}".utf8)).hasPrefix("t.json:1:6: error: the String Catalog is not valid JSON: "))
    }

    /// Foundation finds the error and says what it is (in its own words, which differ between
    /// platforms); errata places it at the line and column of the offset Foundation gives.
    @Test(arguments: [
        ("{\"a\": 1} x", "1:10"),
        ("{\"a\": 01}", "1:8"),
        ("{\"a\": [1 2]}", "1:10"),
        ("{a: 1}", "1:2"),
        ("{\"a\": \"\\x\"}", "1:8"),
        ("{\"a\": \"\\u00\"}", "1:10"),
        ("{\"a\": \"tab\there\"}", "1:11"),
        ("{\"a\": \"line\nbreak\"}", "1:12"),
        ("{\"a\": -}", "1:8"),
        ("{\n  \"sourceLanguage\" : \"en\"\n  \"strings\" : {}\n}\n", "3:3"),
        ("{\r\n  \"a\" : 1\r\n  \"b\" : 2\r\n}", "3:3"),
        // In a member errata does not read, and in a key.
        ("{\"sourceLanguage\": \"en\", \"strings\": {\"k\": {\"comment\": \"\\q\"}}}", "1:56"),
        ("{\"sourceLanguage\": \"en\", \"strings\": {\"k\\q\": {}}}", "1:40"),
    ])
    func syntaxErrorsAreLocated(text: String, location: String) {
        let message = problem(text)
        #expect(message.hasPrefix("t.json:\(location): error: the String Catalog is not valid JSON: "), "\(message)")
        #expect(!message.contains("around character") && !message.hasSuffix("."), "the offset is given as line and column: \(message)")
    }

    @Test func foundationsWordsLoseTheirOffsetAndFullStop() {
        #expect(problem("{\"a\": [1 2]}") == "t.json:1:10: error: the String Catalog is not valid JSON: invalid value")
        let error = NSError(domain: NSCocoaErrorDomain, code: 3840, userInfo: [NSDebugDescriptionErrorKey: "Unexpected character 'x' around line 1, column 10.", "NSJSONSerializationErrorIndex": 9])
        #expect("\(StringCatalogFile.notJSON(error, text: Array("{\"a\": 1} x".utf8)[...], path: "t.json"))"
            == "t.json:1:10: error: the String Catalog is not valid JSON: unexpected character 'x'")
    }

    @Test(arguments: ["", "   \n", "{\"sourceLanguage\": \"\\ud83d\", \"strings\": {}}", "{\"sourceLanguage\": \"en\", \"strings\": {\"k\": {\"localizations\": {\"de\": {\"stringUnit\": {\"state\": \"translated\", \"value\": \"unclosed"])
    func syntaxErrorsWithoutAnOffsetAreReportedAtTheFile(text: String) {
        let message = problem(text)
        #expect(message.hasPrefix("t.json: error: the String Catalog is not valid JSON: "), "\(message)")
    }

    @Test func bytesThatAreNotUTF8AreLocated() {
        #expect(problem(Array("{\n  \"a\": \"".utf8) + [0xFF] + Array("\"}".utf8)) == "t.json:2:9: error: the input is not valid UTF-8: byte 0xFF at offset 10")
    }

    @Test func aFileLargerThanTheLimitIsRefusedBeforeReading() {
        let bytes = [UInt8](repeating: 0x20, count: StringCatalogFile.maximumSize + 1)
        #expect(problem(bytes) == "t.json: error: the file is larger than 64 MiB")
    }

    @Test func nestingBeyondFoundationsLimitIsRefusedWithoutCrashing() {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let text = String(repeating: open, count: 100_000) + String(repeating: close, count: 100_000)
            let message = problem(text)
            #expect(message.hasPrefix("t.json:1:") && message.contains("error: the String Catalog is not valid JSON: "), "\(message)")
        }
        // 512 levels are read (and then refused as a catalog, which is not an array).
        let depth = 512
        #expect(problem(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
            == "t.json:1:1: error: expected the String Catalog to be an object, found an array")
    }

    @Test(arguments: [
        ("{\"sourceLanguage\": \"en\",\n \"sourceLanguage\": \"de\", \"strings\": {}}",
         "t.json:2:2: error: the key \"sourceLanguage\" is given twice in one object (first at line 1)"),
        ("{\"sourceLanguage\": \"en\", \"strings\": {\"k\": {\"localizations\": {\"de\": {},\n \"de\": {}}}}}",
         "t.json:2:2: error: the key \"de\" is given twice in one object (first at line 1)"),
        // One key to Foundation and Swift: the same text in NFC and NFD.
        ("{\"sourceLanguage\": \"en\", \"strings\": {\"\u{E9}\": {},\n \"e\u{301}\": {}}}",
         "t.json:2:2: error: the key \"e\u{301}\" is given twice in one object (first at line 1)"),
        ("{\"sourceLanguage\": \"en\", \"strings\": {\"k\": {}, \"\\u006B\": {}}}",
         "t.json:1:47: error: the key \"k\" is given twice in one object (first at line 1)"),
    ])
    func aKeyGivenTwiceWhereErrataReadsIsRefused(text: String, expected: String) {
        #expect(problem(text) == expected)
    }

    @Test func aKeyGivenTwiceWhereErrataDoesNotReadIsLeftToFoundation() throws {
        let file = try read("""
            {"sourceLanguage": "en", "strings": {"k": {"localizations": {"de": {"variations": {"plural": {"one": {"a": 1, "a": 2}}}}}}},
             "list": [{"a": 1, "a": 2}]}
            """)
        #expect(file.entries.first?.localizations.first?.hasVariations == true)
    }

    @Test func everyProblemOfTheStructureAtOnce() {
        #expect(problem("{\"version\": \"1.0\"}").split(separator: "\n") == [
            "t.json:1:1: error: the String Catalog has no 'sourceLanguage'",
            "t.json:1:1: error: the String Catalog has no 'strings'",
        ])
        let text = """
            {"sourceLanguage": 1, "strings": {
              "a": true,
              "b": {"localizations": []},
              "c": {"localizations": {"de": "x", "fr": {"stringUnit": {"state": "translated", "value": 3}}}},
              "d": {"localizations": {"de": {"stringUnit": {"state": "translated"}}}},
              "e": {"localizations": {"de": {"stringUnit": {"state": "translated", "value": null}}, "fr": {"variations": {}}}}
            }}
            """
        #expect(problem(text).split(separator: "\n") == [
            "t.json:1:20: error: expected 'sourceLanguage' to be a string, found a number",
            "t.json:2:8: error: expected the string \"a\" to be an object, found a boolean",
            "t.json:3:26: error: expected 'localizations' of \"b\" to be an object, found an array",
            "t.json:4:33: error: expected the de localization of \"c\" to be an object, found a string",
            "t.json:4:92: error: expected 'value' of the fr localization of \"c\" to be a string, found a number",
            "t.json:5:48: error: the 'stringUnit' of the de localization of \"d\" needs a 'state' and a 'value'",
            "t.json:6:48: error: the 'stringUnit' of the de localization of \"e\" needs a 'state' and a 'value'",
        ])
        #expect(problem("{\"sourceLanguage\": null, \"strings\": {\"k\": {\"localizations\": {\"de\": {\"stringUnit\": null}}}}}")
            == "t.json:1:1: error: the String Catalog has no 'sourceLanguage'", "null counts as absent")
    }

    @Test func thePositionIndexFollowsStringsAndNestingOnly() {
        let text = "{\"a\": [{\"b\": 1}, \"]}\"], \"c\": {\"d\\\"\": {\"e\": {\"f\": {\"g\": {\"h\": {\"i\": 1}}}}}}}"
        let positions = JSONKeyPositions(scanning: Array(text.utf8)[...], file: "t.json")
        #expect(positions.valueLocation([]) == at(1, 1))
        #expect(positions.keyLocation(["a"]) == at(1, 2))
        #expect(positions.valueLocation(["a"]) == at(1, 7))
        #expect(positions.keyLocation(["c"]) == at(1, 25), "the string \"]}\" closes nothing")
        #expect(positions.valueLocation(["c", "d\""]) == at(1, 38))
        #expect(positions.members[["a", "b"]] == nil && positions.members.keys.contains { $0.contains("b") } == false, "nothing within an array")
        #expect(positions.members[["c", "d\"", "e", "f", "g", "h"]] != nil)
        #expect(positions.members[["c", "d\"", "e", "f", "g", "h", "i"]] == nil, "nothing deeper than \(JSONKeyPositions.maximumDepth)")
        // A member not recorded: where the nearest recorded member it is in stands, or the file.
        #expect(positions.keyLocation(["c", "d\"", "e", "f", "g", "h", "i"]) == at(1, 57))
        #expect(positions.valueLocation(["c", "nothing"]) == at(1, 25))
        #expect(JSONKeyPositions(scanning: [], file: "t.json").keyLocation(["a"]) == ErrataModel.SourceLocation(path: "t.json"))
    }

    /// The reader takes back every member the writer writes: each text under its key, its base
    /// text and each translation as a translated `stringUnit` at the value's line.
    @Test func readsBackWhatTheWriterWrites() throws {
        let validated = try CatalogStage().spec(at: RepositoryPaths.fixtures.appendingPathComponent("Specs/acme-vision.yaml").path)
        let catalog = validated.catalog
        let written = StringCatalogWriter.write(validated, locales: ["de", "zh-Hans"], selection: .all).text
        let file = try read(written)
        #expect(file.sourceLanguage == catalog.baseLanguage)
        #expect(file.entries.map(\.key).sorted() == catalog.translatableTexts.map(\.key).sorted())
        let lines = written.split(separator: "\n", omittingEmptySubsequences: false)
        for text in catalog.translatableTexts {
            let entry = try #require(file.entries.first { $0.key == text.key })
            var expected = text.translations
            expected[catalog.baseLanguage] = text.text
            let units = entry.localizations.compactMap { localization in localization.unit.map { (localization.tag, $0) } }
            #expect(Dictionary(uniqueKeysWithValues: units.map { ($0.0, $0.1.value) }) == expected, "\(text.key)")
            for (_, unit) in units {
                #expect(unit.state == StringUnitState.translated.rawValue)
                let line = try #require(unit.location.line)
                #expect(lines[line - 1].contains("\"\(StringCatalogKey.value.rawValue)\" : "), "\(text.key) at line \(line)")
            }
        }
    }
}
