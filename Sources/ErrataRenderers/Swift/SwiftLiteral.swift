/// Renders any string as Swift source that evaluates to exactly that string.
///
/// The output is an ordinary `"…"` literal: `\` and `"` are escaped, and every character that
/// could end a line, hide text or reorder it on screen is written as `\u{…}`, so no input can
/// leave the literal or change what compiles.
enum SwiftLiteral {
    /// `text` as a single-line string literal, quotes included.
    static func string(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// The inside of a literal: usable both in `"…"` and, line by line, in a `"""` literal.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default:
                if SwiftLiteral.mustEscape(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Controls, line breaks, bidi controls and zero-width characters: invisible or dangerous in source.
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true  // C0 (incl. tab, LF, CR), DEL, C1 (incl. U+0085)
        case 0x2028, 0x2029: true  // line and paragraph separators
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidi marks and controls
        case 0x200B...0x200D, 0x2060, 0xFEFF: true  // zero-width characters
        default: false
        }
    }
}

extension SwiftLiteral {
    /// The number of `#` a raw literal around `texts` needs: one more than the longest run of `#`
    /// after a `"` or `\` in any of them, so neither an escape nor the closing delimiter can occur.
    static func rawDelimiterLength(_ texts: [String]) -> Int {
        var longest = 0
        for text in texts {
            var run = 0
            var counting = false
            for scalar in text.unicodeScalars {
                if scalar == "#", counting {
                    run += 1
                    longest = max(longest, run)
                } else {
                    counting = scalar == "\"" || scalar == "\\"
                    run = 0
                }
            }
        }
        return longest + 1
    }

    /// The inside of a raw literal with `hashes` delimiter characters: text verbatim, except the
    /// characters `mustEscape` selects, written as `\#…#u{…}`.
    static func rawEscaped(_ text: String, hashes: Int) -> String {
        let escape = "\\" + String(repeating: "#", count: hashes) + "u{"
        var result = ""
        for scalar in text.unicodeScalars {
            if mustEscape(scalar) {
                result += escape + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
