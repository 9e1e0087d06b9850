import ErrataModel
import ErrataSpec

/// A JSON value read with the line and column of every value and object key, so that what is
/// wrong with a String Catalog can be reported where it stands (RFC 8259; a byte-order mark is
/// skipped). Columns count bytes from 1, as errata's other readers do.
struct LocatedJSON {
    enum Value {
        case object([Member])
        case array([LocatedJSON])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    struct Member {
        var key: String
        /// Where the key's opening quote stands.
        var keyLocation: SourceLocation
        var value: LocatedJSON
    }

    var value: Value
    var location: SourceLocation

    /// The largest file read, in bytes.
    static let maximumSize = 64 << 20
    /// The deepest nesting of objects and arrays read.
    static let maximumDepth = 512

    /// The value's members, when it is an object.
    var members: [Member]? {
        if case .object(let members) = value { members } else { nil }
    }

    var string: String? {
        if case .string(let text) = value { text } else { nil }
    }

    /// The member named `key`, when this is an object that has one.
    func member(_ key: String) -> Member? { members?.first { $0.key == key } }

    /// What the value is, for messages: "a string", "an object"…
    var kind: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// Parses `data`; throws a located `Diagnostic` at the first problem: bytes that are not
    /// UTF-8, a syntax error, a key given twice in one object, nesting or size beyond the limits.
    static func parse(_ data: [UInt8], path: String) throws -> LocatedJSON {
        if data.count > maximumSize {
            throw Diagnostic.error("the file is larger than \(maximumSize >> 20) MiB", at: SourceLocation(path: path))
        }
        _ = try TextInput.decode(data, path: path)  // UTF-8 without NUL bytes, or a located error
        var parser = Parser(bytes: data, path: path)
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        if parser.index < data.count { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        let path: String
        var index = 0
        var line = 1
        var lineStart = 0

        init(bytes: [UInt8], path: String) {
            self.bytes = bytes
            self.path = path
        }

        var location: SourceLocation {
            // After a byte-order mark, columns count from the first character (as an editor does).
            let start = line == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : lineStart
            return SourceLocation(path: path, line: line, column: index - start + 1)
        }

        func error(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
            .error("malformed JSON: " + message, at: location ?? self.location)
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while let byte = current {
                switch byte {
                case 0x20, 0x09: index += 1
                case 0x0A:
                    index += 1
                    line += 1
                    lineStart = index
                case 0x0D:
                    index += 1
                    if current == 0x0A { index += 1 }
                    line += 1
                    lineStart = index
                default: return
                }
            }
        }

        /// A description of the byte at the current position, for messages.
        var found: String {
            guard let byte = current else { return "the end of the file" }
            if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            let hex = String(byte, radix: 16, uppercase: true)
            return "byte 0x" + (hex.count == 1 ? "0" : "") + hex
        }

        mutating func value(depth: Int) throws -> LocatedJSON {
            let start = location
            guard let byte = current else { throw error("expected a value, found the end of the file") }
            switch byte {
            case UInt8(ascii: "{"):
                if depth >= LocatedJSON.maximumDepth { throw error("objects and arrays nested deeper than \(LocatedJSON.maximumDepth) levels") }
                return LocatedJSON(value: .object(try object(depth: depth)), location: start)
            case UInt8(ascii: "["):
                if depth >= LocatedJSON.maximumDepth { throw error("objects and arrays nested deeper than \(LocatedJSON.maximumDepth) levels") }
                return LocatedJSON(value: .array(try array(depth: depth)), location: start)
            case UInt8(ascii: "\""):
                return LocatedJSON(value: .string(try string()), location: start)
            case UInt8(ascii: "t"):
                try literal("true")
                return LocatedJSON(value: .bool(true), location: start)
            case UInt8(ascii: "f"):
                try literal("false")
                return LocatedJSON(value: .bool(false), location: start)
            case UInt8(ascii: "n"):
                try literal("null")
                return LocatedJSON(value: .null, location: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return LocatedJSON(value: .number(try number()), location: start)
            default:
                throw error("expected a value, found \(found)")
            }
        }

        mutating func object(depth: Int) throws -> [Member] {
            index += 1  // {
            var members: [Member] = []
            var seen: [String: SourceLocation] = [:]
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                index += 1
                return members
            }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else {
                    throw error("expected a key in double quotes, found \(found)")
                }
                let keyLocation = location
                let key = try string()
                if let first = seen[key] {
                    throw error("the key \(key.debugDescription) is given twice in one object (first at line \(first.line ?? 0))", at: keyLocation)
                }
                seen[key] = keyLocation
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key \(key.debugDescription), found \(found)") }
                index += 1
                skipWhitespace()
                members.append(Member(key: key, keyLocation: keyLocation, value: try value(depth: depth + 1)))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"):
                    index += 1
                    return members
                default: throw error("expected ',' or '}' after a member of an object, found \(found)")
                }
            }
        }

        mutating func array(depth: Int) throws -> [LocatedJSON] {
            index += 1  // [
            var items: [LocatedJSON] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                index += 1
                return items
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "]"):
                    index += 1
                    return items
                default: throw error("expected ',' or ']' after an item of an array, found \(found)")
                }
            }
        }

        mutating func literal(_ word: String) throws {
            let expected = Array(word.utf8)
            guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
                throw error("expected a value, found \(found)")
            }
            index += expected.count
        }

        mutating func number() throws -> String {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, isDigit(first) else { throw error("expected a digit in a number, found \(found)") }
            index += 1
            if first != UInt8(ascii: "0") { while let byte = current, isDigit(byte) { index += 1 } }
            if current == UInt8(ascii: ".") {
                index += 1
                guard let byte = current, isDigit(byte) else { throw error("expected a digit after '.' in a number, found \(found)") }
                while let byte = current, isDigit(byte) { index += 1 }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard let byte = current, isDigit(byte) else { throw error("expected a digit in the exponent of a number, found \(found)") }
                while let byte = current, isDigit(byte) { index += 1 }
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        /// A string at the current `"`; the bytes are valid UTF-8 (checked before parsing).
        mutating func string() throws -> String {
            let start = location
            index += 1  // "
            var text = ""
            var runStart = index
            while true {
                guard let byte = current else { throw error("this string is not closed before the end of the file", at: start) }
                switch byte {
                case UInt8(ascii: "\""):
                    text += String(decoding: bytes[runStart..<index], as: UTF8.self)
                    index += 1
                    return text
                case UInt8(ascii: "\\"):
                    text += String(decoding: bytes[runStart..<index], as: UTF8.self)
                    text.unicodeScalars.append(try escape())
                    runStart = index
                case 0x00..<0x20:
                    throw error(byte == 0x0A || byte == 0x0D ? "this string is not closed at the end of its line" : "a control character in a string must be escaped (as \\n, \\t or \\u00XX)", at: byte == 0x0A || byte == 0x0D ? start : nil)
                default:
                    index += 1
                }
            }
        }

        /// The character of an escape sequence at the current `\`.
        mutating func escape() throws -> Unicode.Scalar {
            let start = location
            index += 1  // \
            guard let byte = current else { throw error("a string is not closed before the end of the file", at: start) }
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{8}"
            case UInt8(ascii: "f"): return "\u{C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                let high = try hex4(start)
                if (0xD800..<0xDC00).contains(high) {
                    guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                        throw error("the escape \\u\(String(high, radix: 16, uppercase: true)) is half of a surrogate pair without its other half", at: start)
                    }
                    index += 2
                    let low = try hex4(start)
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw error("the escape \\u\(String(high, radix: 16, uppercase: true)) is half of a surrogate pair without its other half", at: start)
                    }
                    return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
                }
                guard let scalar = Unicode.Scalar(high) else {
                    throw error("the escape \\u\(String(high, radix: 16, uppercase: true)) is half of a surrogate pair without its other half", at: start)
                }
                if scalar == "\u{0}" { throw error("a string holds U+0000", at: start) }
                return scalar
            default:
                index -= 1
                throw error("unknown escape sequence '\\\(found.trimmingQuotes)' in a string", at: start)
            }
        }

        mutating func hex4(_ start: SourceLocation) throws -> UInt32 {
            guard bytes.count - index >= 4 else { throw error("expected four hexadecimal digits after \\u", at: start) }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw error("expected four hexadecimal digits after \\u", at: start)
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }
    }
}

private extension String {
    /// `'x'` → `x`.
    var trimmingQuotes: String {
        hasPrefix("'") && hasSuffix("'") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
