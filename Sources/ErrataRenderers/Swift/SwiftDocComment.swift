/// Renders text as `///` doc-comment lines.
///
/// The text is split on every line break (LF, CR, CRLF, U+0085, U+2028, U+2029), so nothing can
/// end the comment early, and invisible or reordering characters are shown as `\u{…}` text.
enum SwiftDocComment {
    /// One `indent///` line per line of `text` (a single `///` line for empty text), each ending in LF.
    static func render(_ text: String, indent: String) -> String {
        lines(text).map { line in
            line.isEmpty ? "\(indent)///\n" : "\(indent)/// \(line)\n"
        }.joined()
    }

    /// The lines of `text`, with invisible characters made visible.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR:
                continue  // second half of CRLF
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(current)
                current = ""
            case "\t":
                current.unicodeScalars.append(scalar)
            default:
                if SwiftLiteral.mustEscape(scalar) {
                    current += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    current.unicodeScalars.append(scalar)
                }
            }
        }
        lines.append(current)
        return lines.map { line in
            var trimmed = line
            while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
            return trimmed
        }
    }
}

extension SwiftDocComment {
    /// `text` on one comment line: line breaks and invisible characters shown as `\u{…}`.
    static func inline(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if SwiftLiteral.mustEscape(scalar) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
