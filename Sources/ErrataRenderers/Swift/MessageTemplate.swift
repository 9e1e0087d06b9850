/// A message split at its placeholders, for matching the messages an API really sends.
///
/// Placeholders: `{…}` (any text without braces or line breaks, e.g. `{xxx}`, `{0}`, `{}`),
/// `${…}`, `%s`, `%d`, `%@`, and whole words made of two or more `X`/`x` (`XX`, `xxx`).
/// The message is first normalised (surrounding whitespace and one final period removed) so a
/// body that omits or adds the period still matches. Adjacent placeholders merge into one.
/// The generated runtime repeats `normalized` exactly; it only compares literal segments.
struct MessageTemplate: Hashable, Sendable {
    /// The literal text around the placeholders: one more than the number of placeholders.
    let segments: [String]

    init(_ message: String) {
        let scalars = Array(Self.normalized(message).unicodeScalars)
        var segments: [String] = []
        var literal = ""
        var index = 0
        var lastWasPlaceholder = false
        while index < scalars.count {
            if let end = Self.placeholderEnd(in: scalars, at: index) {
                if !lastWasPlaceholder { segments.append(literal) }
                literal = ""
                lastWasPlaceholder = true
                index = end
            } else {
                literal.unicodeScalars.append(scalars[index])
                lastWasPlaceholder = false
                index += 1
            }
        }
        segments.append(literal)
        self.segments = segments
    }

    /// Without surrounding whitespace and without one final period.
    static func normalized(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        if scalars.last == "." { scalars.removeLast() }
        return String(scalars)
    }

    /// Index just past the placeholder that starts at `start`, or nil when none does.
    private static func placeholderEnd(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let scalar = scalars[start]
        let next = start + 1 < scalars.count ? scalars[start + 1] : nil
        switch scalar {
        case "{":
            return closingBrace(in: scalars, after: start)
        case "$" where next == "{":
            return closingBrace(in: scalars, after: start + 1)
        case "%" where next == "s" || next == "d" || next == "@":
            return start + 2
        case "X", "x":
            guard start == 0 || !isWordScalar(scalars[start - 1]) else { return nil }
            var end = start
            while end < scalars.count, scalars[end] == "X" || scalars[end] == "x" { end += 1 }
            guard end - start >= 2, end == scalars.count || !isWordScalar(scalars[end]) else { return nil }
            return end
        default:
            return nil
        }
    }

    private static func closingBrace(in scalars: [Unicode.Scalar], after open: Int) -> Int? {
        var index = open + 1
        while index < scalars.count {
            switch scalars[index] {
            case "}": return index + 1
            case "{", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": return nil
            default: index += 1
            }
        }
        return nil
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
