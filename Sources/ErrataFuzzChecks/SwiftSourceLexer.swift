/// A small lexer for generated Swift: enough to separate code, `//` comments and string literals,
/// and to decode the literals back into the strings they evaluate to.
///
/// It knows the literal forms the renderer writes: `"…"` with `\\ \" \' \n \r \t \0 \u{…}` escapes,
/// and raw multi-line `#"""…"""#` (any number of `#`) with `\#u{…}` escapes. Anything else inside a
/// literal (an interpolation, a raw line break in `"…"`) is reported as a problem.
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
    /// The text after `//` of every comment.
    private(set) var comments: [String] = []
    private(set) var problems: [String] = []

    init(_ source: String) {
        let chars = Array(source.unicodeScalars)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\n" {
                i += 1
            } else if c == "/", i + 1 < chars.count, chars[i + 1] == "/" {
                var end = i + 2
                while end < chars.count, chars[end] != "\n" { end += 1 }
                comments.append(String(String.UnicodeScalarView(chars[(i + 2)..<end])))
                i = end
            } else if c == "\"" {
                i = singleLine(chars, from: i)
            } else if c == "#" {
                var hashes = 0
                while i + hashes < chars.count, chars[i + hashes] == "#" { hashes += 1 }
                if i + hashes < chars.count, chars[i + hashes] == "\"" {
                    i = raw(chars, from: i, hashes: hashes)
                } else {
                    tokens.append(.punctuation("#"))
                    i += 1
                }
            } else if c.isASCII, c.properties.isAlphabetic || c == "_" {
                var end = i
                while end < chars.count, chars[end].isASCII, chars[end].properties.isAlphabetic || chars[end] == "_" || ("0"..."9").contains(chars[end]) { end += 1 }
                tokens.append(.identifier(String(String.UnicodeScalarView(chars[i..<end]))))
                i = end
            } else if ("0"..."9").contains(c) {
                var end = i
                while end < chars.count, ("0"..."9").contains(chars[end]) { end += 1 }
                tokens.append(.number(String(String.UnicodeScalarView(chars[i..<end]))))
                i = end
            } else if c.isASCII, c.value >= 0x21, c.value < 0x7F {
                tokens.append(.punctuation(Character(c)))
                i += 1
            } else {
                problems.append("code outside literals and comments holds U+\(String(c.value, radix: 16, uppercase: true))")
                i += 1
            }
        }
    }

    /// `"…"` starting at `start`; returns the index after the closing quote.
    private mutating func singleLine(_ chars: [Unicode.Scalar], from start: Int) -> Int {
        if start + 2 < chars.count, chars[start + 1] == "\"", chars[start + 2] == "\"" {
            problems.append("a non-raw multi-line literal")
        }
        var value = String.UnicodeScalarView()
        var i = start + 1
        while i < chars.count {
            let c = chars[i]
            if c == "\"" {
                tokens.append(.literal(String(value)))
                return i + 1
            }
            if c == "\n" || c == "\r" {
                problems.append("a line break inside a \"…\" literal")
                return i
            }
            if c == "\\" {
                guard let (scalar, next) = escape(chars, at: i + 1) else {
                    problems.append("an unknown escape in a \"…\" literal")
                    return i + 1
                }
                value.append(scalar)
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
    private mutating func raw(_ chars: [Unicode.Scalar], from start: Int, hashes: Int) -> Int {
        let open = start + hashes
        guard open + 3 < chars.count, chars[open + 1] == "\"", chars[open + 2] == "\"", chars[open + 3] == "\n" else {
            problems.append("a raw literal that is not multi-line")
            return open + 1
        }
        let closing = Array("\"\"\"".unicodeScalars) + Array(repeating: "#", count: hashes)
        var lines: [String.UnicodeScalarView] = [String.UnicodeScalarView()]
        var i = open + 4
        while i < chars.count {
            if chars[i] == "\"", Array(chars[i..<min(chars.count, i + closing.count)]) == closing {
                // The closing line's indentation is stripped from every line.
                let indent = lines.removeLast()
                guard indent.allSatisfy({ $0 == " " }) else {
                    problems.append("text before the closing delimiter of a raw literal")
                    return i + closing.count
                }
                var value: [String] = []
                for line in lines {
                    guard line.starts(with: indent) else {
                        problems.append("a raw literal line indented less than its closing delimiter")
                        return i + closing.count
                    }
                    value.append(String(String.UnicodeScalarView(line.dropFirst(indent.count))))
                }
                tokens.append(.rawLiteral(value.joined(separator: "\n")))
                return i + closing.count
            }
            let c = chars[i]
            if c == "\n" {
                lines.append(String.UnicodeScalarView())
                i += 1
            } else if c == "\r" {
                problems.append("a CR inside a raw literal")
                i += 1
            } else if c == "\\", Array(chars[(i + 1)..<min(chars.count, i + 1 + hashes)]) == Array(repeating: "#", count: hashes) {
                guard let (scalar, next) = escape(chars, at: i + 1 + hashes) else {
                    problems.append("an unknown escape in a raw literal")
                    return i + 1
                }
                lines[lines.count - 1].append(scalar)
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
    private func escape(_ chars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard index < chars.count else { return nil }
        switch chars[index] {
        case "\\": return ("\\", index + 1)
        case "\"": return ("\"", index + 1)
        case "'": return ("'", index + 1)
        case "n": return ("\n", index + 1)
        case "r": return ("\r", index + 1)
        case "t": return ("\t", index + 1)
        case "0": return ("\0", index + 1)
        case "u":
            guard index + 1 < chars.count, chars[index + 1] == "{" else { return nil }
            var end = index + 2
            while end < chars.count, chars[end] != "}", end - index <= 10 { end += 1 }
            guard end < chars.count, chars[end] == "}", end > index + 2, end - index - 2 <= 8,
                let value = UInt32(String(String.UnicodeScalarView(chars[(index + 2)..<end])), radix: 16),
                let scalar = Unicode.Scalar(value)
            else { return nil }
            return (scalar, end + 1)
        default: return nil
        }
    }
}
