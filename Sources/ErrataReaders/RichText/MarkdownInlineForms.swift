/// Markdown forms of inline markup whose content is not escaped text.
enum MarkdownInlineForms {
    /// A code span whose fence is longer than any backtick run inside it.
    static func codeSpan(_ content: [UInt8]) -> [UInt8] {
        var longest = 0
        var current = 0
        for byte in content {
            if byte == UInt8(ascii: "`") {
                current += 1
                longest = max(longest, current)
            } else {
                current = 0
            }
        }
        let fence = [UInt8](repeating: UInt8(ascii: "`"), count: longest + 1)
        let pad = content.first == UInt8(ascii: "`") || content.last == UInt8(ascii: "`")
        var out = fence
        if pad { out.append(0x20) }
        out.append(contentsOf: content)
        if pad { out.append(0x20) }
        out.append(contentsOf: fence)
        return out
    }

    /// A link destination Markdown reads back unchanged: spaces and angle brackets
    /// percent-encoded, parentheses and backslashes escaped.
    static func linkDestination(_ href: String) -> String {
        var out = ""
        for char in href {
            switch char {
            case " ": out += "%20"
            case "(", ")", "\\": out += "\\\(char)"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.append(char)
            }
        }
        return out
    }
}
