/// Finds the character encoding a page declares in `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`.
enum HTMLCharsetSniffer {
    /// How far into the page to look; declarations are expected in the `<head>`.
    static let scanLimit = 64 * 1024

    /// The declared label, lower-cased and trimmed, or nil when the page declares none.
    static func declaredCharset(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let end = min(bytes.count, scanLimit)
        var index = 0
        while index + 5 <= end {
            if bytes[index] == UInt8(ascii: "<"), matches(bytes, at: index + 1, end: end, "meta") {
                var tagEnd = index + 5
                while tagEnd < end, bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
                if let label = charsetValue(bytes, from: index + 5, to: tagEnd) { return label }
                index = tagEnd
            } else if bytes[index] == UInt8(ascii: "<"), matches(bytes, at: index + 1, end: end, "body") {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The value after `charset=` inside one tag's bytes.
    private static func charsetValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String? {
        var index = start
        while index + 7 <= end {
            if matches(bytes, at: index, end: end, "charset") {
                var cursor = index + 7
                while cursor < end, bytes[cursor].isHTMLWhitespace { cursor += 1 }
                guard cursor < end, bytes[cursor] == UInt8(ascii: "=") else {
                    index += 7
                    continue
                }
                cursor += 1
                while cursor < end, bytes[cursor].isHTMLWhitespace || bytes[cursor] == UInt8(ascii: "\"")
                    || bytes[cursor] == UInt8(ascii: "'")
                {
                    cursor += 1
                }
                var valueEnd = cursor
                while valueEnd < end, !bytes[valueEnd].isHTMLWhitespace, bytes[valueEnd] != UInt8(ascii: "\""),
                    bytes[valueEnd] != UInt8(ascii: "'"), bytes[valueEnd] != UInt8(ascii: ";"),
                    bytes[valueEnd] != UInt8(ascii: "/")
                {
                    valueEnd += 1
                }
                guard valueEnd > cursor else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<valueEnd]), as: UTF8.self)
                    .lowercased()
            }
            index += 1
        }
        return nil
    }

    /// Case-insensitive ASCII match of `word` (lower-case) at `index`.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, _ word: StaticString)
        -> Bool
    {
        let length = word.utf8CodeUnitCount
        guard index + length <= end else { return false }
        let pointer = word.utf8Start
        for offset in 0..<length where bytes[index + offset] | 0x20 != pointer[offset] {
            return false
        }
        return true
    }
}
