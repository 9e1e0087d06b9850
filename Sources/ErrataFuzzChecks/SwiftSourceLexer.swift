/// A small lexer for generated Swift: enough to separate code, `//` comments and string literals,
/// and to decode the literals back into the strings they evaluate to.
///
/// It knows the literal forms the renderer writes: `"…"` with `\\ \" \' \n \r \t \0 \u{…}` escapes,
/// and raw multi-line `#"""…"""#` (any number of `#`) with `\#u{…}` escapes. Anything else inside a
/// literal (an interpolation, a raw line break in `"…"`) is reported as a problem.
///
/// It works on the UTF-8 bytes: every delimiter it looks for is ASCII, and a multi-byte scalar
/// never contains an ASCII byte, so text between delimiters is copied as bytes.
struct SwiftSourceLexer {
    enum Token: Equatable {
        case identifier(String)
        case number(String)
        case punctuation(Character)
        /// A string literal's value.
        case literal(String)
        /// A raw multi-line literal's value.
        case rawLiteral(String)
    }

    private(set) var tokens: [Token] = []
    /// The text after `//` of every comment that holds anything but printable ASCII and tabs
    /// (the only comments that can hold a line break or an invisible character).
    private(set) var comments: [String] = []
    private(set) var problems: [String] = []

    private typealias Bytes = [UInt8]

    init(_ source: String) {
        let bytes = Array(source.utf8)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == ascii(" ") || c == ascii("\n") {
                i += 1
            } else if c == ascii("/"), i + 1 < bytes.count, bytes[i + 1] == ascii("/") {
                var end = i + 2
                var plain = true
                while end < bytes.count, bytes[end] != ascii("\n") {
                    if !(bytes[end] == 0x09 || (0x20..<0x7F).contains(bytes[end])) { plain = false }
                    end += 1
                }
                if !plain { comments.append(String(decoding: bytes[(i + 2)..<end], as: UTF8.self)) }
                i = end
            } else if c == ascii("\"") {
                i = singleLine(bytes, from: i)
            } else if c == ascii("#") {
                var hashes = 0
                while i + hashes < bytes.count, bytes[i + hashes] == ascii("#") { hashes += 1 }
                if i + hashes < bytes.count, bytes[i + hashes] == ascii("\"") {
                    i = raw(bytes, from: i, hashes: hashes)
                } else {
                    tokens.append(.punctuation("#"))
                    i += 1
                }
            } else if Self.isIdentifierHead(c) {
                var end = i
                while end < bytes.count, Self.isIdentifierHead(bytes[end]) || Self.isDigit(bytes[end]) { end += 1 }
                tokens.append(.identifier(String(decoding: bytes[i..<end], as: UTF8.self)))
                i = end
            } else if Self.isDigit(c) {
                var end = i
                while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
                tokens.append(.number(String(decoding: bytes[i..<end], as: UTF8.self)))
                i = end
            } else if c >= 0x21, c < 0x7F {
                tokens.append(.punctuation(Character(Unicode.Scalar(c))))
                i += 1
            } else {
                let scalar = Self.scalar(in: bytes, at: i)
                problems.append("code outside literals and comments holds U+\(String(scalar.value, radix: 16, uppercase: true))")
                i += max(1, scalar.utf8.count)
            }
        }
    }

    /// ASCII letters and `_`: the only identifier heads the renderer may write.
    private static func isIdentifierHead(_ c: UInt8) -> Bool {
        (ascii("a")...ascii("z")).contains(c) || (ascii("A")...ascii("Z")).contains(c) || c == ascii("_")
    }

    private static func isDigit(_ c: UInt8) -> Bool { (ascii("0")...ascii("9")).contains(c) }

    /// The scalar whose UTF-8 starts at `index` (the source is a String, so its bytes are valid).
    private static func scalar(in bytes: Bytes, at index: Int) -> Unicode.Scalar {
        let length = bytes[index] < 0xC0 ? 1 : bytes[index] < 0xE0 ? 2 : bytes[index] < 0xF0 ? 3 : 4
        let text = String(decoding: bytes[index..<min(bytes.count, index + length)], as: UTF8.self)
        return text.unicodeScalars.first ?? "\u{FFFD}"
    }

    /// `"…"` starting at `start`; returns the index after the closing quote.
    private mutating func singleLine(_ bytes: Bytes, from start: Int) -> Int {
        if start + 2 < bytes.count, bytes[start + 1] == ascii("\""), bytes[start + 2] == ascii("\"") {
            problems.append("a non-raw multi-line literal")
        }
        var value: Bytes = []
        var i = start + 1
        while i < bytes.count {
            let c = bytes[i]
            if c == ascii("\"") {
                tokens.append(.literal(String(decoding: value, as: UTF8.self)))
                return i + 1
            }
            if c == ascii("\n") || c == ascii("\r") {
                problems.append("a line break inside a \"…\" literal")
                return i
            }
            if c == ascii("\\") {
                guard let (scalar, next) = escape(bytes, at: i + 1) else {
                    problems.append("an unknown escape in a \"…\" literal")
                    return i + 1
                }
                value.append(contentsOf: scalar.utf8)
                i = next
            } else {
                value.append(c)
                i += 1
            }
        }
        problems.append("an unterminated \"…\" literal")
        return i
    }

    /// `#…#"""` literal starting at `start`; returns the index after the closing delimiter.
    private mutating func raw(_ bytes: Bytes, from start: Int, hashes: Int) -> Int {
        let open = start + hashes
        guard open + 3 < bytes.count, bytes[open + 1] == ascii("\""), bytes[open + 2] == ascii("\""), bytes[open + 3] == ascii("\n") else {
            problems.append("a raw literal that is not multi-line")
            return open + 1
        }
        let closing = Array("\"\"\"".utf8) + Array(repeating: ascii("#"), count: hashes)
        var lines: [Bytes] = [[]]
        var i = open + 4
        while i < bytes.count {
            if bytes[i] == ascii("\""), bytes[i..<min(bytes.count, i + closing.count)].elementsEqual(closing) {
                // The closing line's indentation is stripped from every line.
                let indent = lines.removeLast()
                guard indent.allSatisfy({ $0 == ascii(" ") }) else {
                    problems.append("text before the closing delimiter of a raw literal")
                    return i + closing.count
                }
                var value: Bytes = []
                for (n, line) in lines.enumerated() {
                    // An empty line needs no indentation (Swift's rule for blank lines).
                    guard line.isEmpty || line.starts(with: indent) else {
                        problems.append("a raw literal line indented less than its closing delimiter")
                        return i + closing.count
                    }
                    if n > 0 { value.append(ascii("\n")) }
                    value.append(contentsOf: line.dropFirst(indent.count))
                }
                tokens.append(.rawLiteral(String(decoding: value, as: UTF8.self)))
                return i + closing.count
            }
            let c = bytes[i]
            if c == ascii("\n") {
                lines.append([])
                i += 1
            } else if c == ascii("\r") {
                problems.append("a CR inside a raw literal")
                i += 1
            } else if c == ascii("\\"), bytes[(i + 1)..<min(bytes.count, i + 1 + hashes)].elementsEqual(repeatElement(ascii("#"), count: hashes)) {
                guard let (scalar, next) = escape(bytes, at: i + 1 + hashes) else {
                    problems.append("an unknown escape in a raw literal")
                    return i + 1
                }
                lines[lines.count - 1].append(contentsOf: scalar.utf8)
                i = next
            } else {
                lines[lines.count - 1].append(c)
                i += 1
            }
        }
        problems.append("an unterminated raw literal")
        return i
    }

    /// The escape whose letter is at `index` (after the backslash and hashes).
    private func escape(_ bytes: Bytes, at index: Int) -> (Unicode.Scalar, Int)? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case ascii("\\"): return ("\\", index + 1)
        case ascii("\""): return ("\"", index + 1)
        case ascii("'"): return ("'", index + 1)
        case ascii("n"): return ("\n", index + 1)
        case ascii("r"): return ("\r", index + 1)
        case ascii("t"): return ("\t", index + 1)
        case ascii("0"): return ("\0", index + 1)
        case ascii("u"):
            guard index + 1 < bytes.count, bytes[index + 1] == ascii("{") else { return nil }
            var end = index + 2
            while end < bytes.count, bytes[end] != ascii("}"), end - index <= 10 { end += 1 }
            guard end < bytes.count, bytes[end] == ascii("}"), end > index + 2, end - index - 2 <= 8,
                bytes[(index + 2)..<end].allSatisfy({ $0 < 0x80 && Character(Unicode.Scalar($0)).isHexDigit }),
                let value = UInt32(String(decoding: bytes[(index + 2)..<end], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(value)
            else { return nil }
            return (scalar, end + 1)
        default: return nil
        }
    }
}

/// The byte of an ASCII scalar.
private func ascii(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(scalar.value) }
