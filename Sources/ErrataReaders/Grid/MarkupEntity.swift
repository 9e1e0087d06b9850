/// Decodes HTML character references (`&amp;`, `&nbsp;`, `&#39;`, `&#x4E2D;`) found in
/// Markdown and RST cells.
enum MarkupEntity {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "middot": "·",
        "times": "×", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "le": "≤", "ge": "≥",
    ]

    /// The entity starting at `start` (an `&`): its text and its length in characters.
    static func decode(_ chars: [Character], at start: Int) -> (String, Int)? {
        var end = start + 1
        while end < chars.count, end - start <= 12, chars[end] != ";" {
            guard chars[end].isLetter || chars[end].isNumber || chars[end] == "#" else { return nil }
            end += 1
        }
        guard end < chars.count, chars[end] == ";", end > start + 1 else { return nil }
        let name = String(chars[(start + 1)..<end])
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

    /// `text` with every entity decoded.
    static func decodeAll(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let chars = Array(text)
        var out = ""
        var index = 0
        while index < chars.count {
            if chars[index] == "&", let (decoded, length) = decode(chars, at: index) {
                out += decoded
                index += length
            } else {
                out.append(chars[index])
                index += 1
            }
        }
        return out
    }
}
