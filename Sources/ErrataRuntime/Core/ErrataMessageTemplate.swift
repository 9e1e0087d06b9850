/// Messages with placeholders, split into literal segments, and matching received messages
/// against them.
///
/// Placeholders: `{…}` (any text without braces or line breaks, e.g. `{xxx}`, `{0}`, `{}`),
/// `${…}`, `%s`, `%d`, `%@`, and whole words made of two or more `X`/`x` (`XX`, `xxx`). A message
/// is first normalised (surrounding whitespace and one final period removed) so a body that
/// omits or adds the period still matches; adjacent placeholders merge into one.
///
/// Matching is written as loops over UTF-8 bytes: every decoded error is matched once, when it
/// is made, so it is part of the cost of decoding a response.
public enum ErrataMessageTemplate {
    /// The literal text around the placeholders of `message` (normalised): one more than the
    /// number of placeholders.
    public static func segments(of message: String) -> [String] {
        let scalars = Array(normalized(message).unicodeScalars)
        var segments: [String] = []
        var literal = ""
        var index = 0
        var lastWasPlaceholder = false
        while index < scalars.count {
            if let end = placeholderEnd(in: scalars, at: index) {
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
        return segments
    }

    /// The values of the placeholders when `message` is the template `segments` with its
    /// placeholders filled in (after normalising `message`), else nil. A template without
    /// placeholders (one segment) gives `[]` when it matches.
    public static func match(_ message: String, segments: [String]) -> [String]? {
        let text = normalizedBytes(message)
        guard let first = segments.first.map({ Array($0.utf8) }),
            let last = segments.last.map({ Array($0.utf8) })
        else { return nil }
        if segments.count == 1 { return text.count == first.count && occurs(first, in: text, at: 0) ? [] : nil }
        guard text.count >= first.count + last.count, occurs(first, in: text, at: 0),
            occurs(last, in: text, at: text.count - last.count)
        else { return nil }
        let end = text.count - last.count
        var position = first.count
        var values: [String] = []
        var index = 1
        while index < segments.count - 1 {
            let literal = Array(segments[index].utf8)
            guard let found = find(literal, in: text, from: position, to: end) else { return nil }
            values.append(String(decoding: text[position..<found], as: UTF8.self))
            position = found + literal.count
            index += 1
        }
        values.append(String(decoding: text[position..<end], as: UTF8.self))
        return values
    }

    /// How much literal text a template has (in UTF-8 bytes).
    public static func literalLength(_ segments: [String]) -> Int {
        var length = 0
        for segment in segments { length += segment.utf8.count }
        return length
    }

    /// Without surrounding whitespace (Unicode's White_Space) and without one final period.
    public static func normalized(_ text: String) -> String {
        String(decoding: normalizedBytes(text), as: UTF8.self)
    }

    /// `normalized(text)` as UTF-8.
    public static func normalizedBytes(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end {
            let length = whitespaceLength(bytes, at: start)
            if length == 0 { break }
            start += length
        }
        trailing: while start < end {
            var length = 1
            while length <= 3 {
                if end - length >= start, whitespaceLength(bytes, at: end - length) == length {
                    end -= length
                    continue trailing
                }
                length += 1
            }
            break
        }
        if start < end, bytes[end - 1] == 0x2E { end -= 1 }
        return start == 0 && end == bytes.count ? bytes : Array(bytes[start..<end])
    }

    /// The length of the White_Space character (U+0009–000D, U+0020, U+0085, U+00A0,
    /// U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000) that starts at `index` of
    /// UTF-8 `bytes`; 0 when none does.
    private static func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        guard index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        if byte == 0xE1 { return second == 0x9A && third == 0x80 ? 3 : 0 }
        if byte == 0xE3 { return second == 0x80 && third == 0x80 ? 3 : 0 }
        guard byte == 0xE2 else { return 0 }
        if second == 0x81 { return third == 0x9F ? 3 : 0 }
        guard second == 0x80 else { return 0 }
        return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
    }

    /// The first index at or after `start` where `literal` occurs ending by `end`.
    private static func find(_ literal: [UInt8], in text: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        while index + literal.count <= end {
            if occurs(literal, in: text, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `literal` stands in `text` at `position`.
    private static func occurs(_ literal: [UInt8], in text: [UInt8], at position: Int) -> Bool {
        guard position >= 0, text.count - position >= literal.count else { return false }
        var offset = 0
        while offset < literal.count {
            if text[position + offset] != literal[offset] { return false }
            offset += 1
        }
        return true
    }

    // MARK: Placeholders

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
