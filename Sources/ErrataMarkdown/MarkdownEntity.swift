/// Decodes HTML character references (`&amp;`, `&nbsp;`, `&#39;`, `&#x4E2D;`) in the UTF-8 of a
/// page's Markdown (`MarkdownDialect.page`); the catalog's own Markdown keeps them as written.
enum MarkdownEntity {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "middot": "·",
        "times": "×", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "le": "≤", "ge": "≥",
    ]

    /// The entity starting at `start` (an `&`) and ending before `end`: its text and its length
    /// in bytes.
    static func decode(_ bytes: [UInt8], at start: Int, end limit: Int) -> (String, Int)? {
        var end = start + 1
        while end < limit, end - start <= 12, bytes[end] != UInt8(ascii: ";") {
            guard MarkdownBytes.isASCIIAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: "#") else { return nil }
            end += 1
        }
        guard end < limit, bytes[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        let length = end - start + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), length)
        }
        guard let text = named[name] else { return nil }
        return (text, length)
    }

    /// `bytes[range]` as text with every entity decoded.
    static func decodeAll(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var out = ""
        var index = range.lowerBound
        var plainStart = index
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "&"), let (decoded, length) = decode(bytes, at: index, end: range.upperBound) {
                out += String(decoding: bytes[plainStart..<index], as: UTF8.self) + decoded
                index += length
                plainStart = index
            } else {
                index += 1
            }
        }
        return out + String(decoding: bytes[plainStart..<range.upperBound], as: UTF8.self)
    }
}
