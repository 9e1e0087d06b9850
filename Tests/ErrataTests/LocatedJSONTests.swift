@testable import Errata
import ErrataModel
import Foundation
import Testing

/// The JSON reader of `strings import`: every value and key where it stands, and every syntax
/// error at its line and column.
@Suite struct LocatedJSONTests {
    func parse(_ text: String) throws -> LocatedJSON { try LocatedJSON.parse(Array(text.utf8), path: "t.json") }

    func problem(_ bytes: [UInt8]) -> String {
        do {
            _ = try LocatedJSON.parse(bytes, path: "t.json")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    func problem(_ text: String) -> String { problem(Array(text.utf8)) }

    @Test func valuesAndKeysWithWhereTheyStand() throws {
        let json = try parse("{\n  \"a\" : [1, -2.5e3, true, false, null],\r\n  \"b\" : \"x\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"\n}")
        let members = try #require(json.members)
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members.map(\.keyLocation) == [SourceLocation(path: "t.json", line: 2, column: 3), SourceLocation(path: "t.json", line: 3, column: 3)])
        #expect(members[1].value.string == "x\"\\/\u{8}\u{C}\n\r\té😀")
        #expect(members[1].value.location == SourceLocation(path: "t.json", line: 3, column: 9))
        guard case .array(let items) = members[0].value.value else {
            Issue.record("expected an array")
            return
        }
        #expect(items.map(\.kind) == ["a number", "a number", "a boolean", "a boolean", "null"])
        #expect(items[4].location.column == 34)
    }

    @Test func aByteOrderMarkIsSkippedAndNotCounted() throws {
        let json = try LocatedJSON.parse([0xEF, 0xBB, 0xBF] + Array("{\"k\": 1}".utf8), path: "t.json")
        #expect(json.members?.first?.keyLocation.column == 2)
        #expect(problem([0xEF, 0xBB, 0xBF] + Array("{\"k\" 1}".utf8)) == "t.json:1:6: error: malformed JSON: expected ':' after the key \"k\", found '1'")
    }

    @Test(arguments: [
        ("{\"a\": 1} x", "t.json:1:10: error: malformed JSON: unexpected text after the JSON value"),
        ("{\"a\": 01}", "t.json:1:8: error: malformed JSON: expected ',' or '}' after a member of an object, found '1'"),
        ("{\"a\": [1 2]}", "t.json:1:10: error: malformed JSON: expected ',' or ']' after an item of an array, found '2'"),
        ("{\"a\": tru}", "t.json:1:7: error: malformed JSON: expected a value, found 't'"),
        ("{a: 1}", "t.json:1:2: error: malformed JSON: expected a key in double quotes, found 'a'"),
        ("{\"a\": \"\\x\"}", "t.json:1:8: error: malformed JSON: unknown escape sequence '\\x' in a string"),
        ("{\"a\": \"\\ud83d\"}", "t.json:1:8: error: malformed JSON: the escape \\uD83D is half of a surrogate pair without its other half"),
        ("{\"a\": \"\\u00\"}", "t.json:1:8: error: malformed JSON: expected four hexadecimal digits after \\u"),
        ("{\"a\": \"tab\there\"}", "t.json:1:11: error: malformed JSON: a control character in a string must be escaped (as \\n, \\t or \\u00XX)"),
        ("{\"a\": \"line\nbreak\"}", "t.json:1:7: error: malformed JSON: this string is not closed at the end of its line"),
        ("{\"a\": 1,}", "t.json:1:9: error: malformed JSON: expected a key in double quotes, found '}'"),
        ("{\"a\": -}", "t.json:1:8: error: malformed JSON: expected a digit in a number, found '}'"),
    ])
    func syntaxErrorsAreLocated(text: String, expected: String) {
        #expect(problem(text) == expected)
    }

    @Test func bytesThatAreNotUTF8AreLocated() {
        #expect(problem(Array("{\n  \"a\": \"".utf8) + [0xFF] + Array("\"}".utf8)) == "t.json:2:9: error: the input is not valid UTF-8: byte 0xFF at offset 10")
    }

    @Test func nestingBeyondTheLimitIsRefusedWithoutCrashing() {
        let depth = LocatedJSON.maximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(problem(text) == "t.json:1:\(depth): error: malformed JSON: objects and arrays nested deeper than \(LocatedJSON.maximumDepth) levels")
        #expect(problem(String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)) == "no error")
    }
}
