/// Markdown forms of inline markup whose content is not escaped text: the one code span writer
/// of readers (cell Markdown) and renderers (wire text on the generated page), and link
/// destinations in the readers' canonical Markdown.
public enum MarkdownInlineForms {
    /// `content` as a code span that shows it literally: a fence one backtick longer than any
    /// backtick run inside, and a space inside each end when the content starts or ends with a
    /// backtick (which would merge with the fence) or starts and ends with a space and is not
    /// only spaces (CommonMark strips one space from each end then).
    public static func codeSpan(_ content: [UInt8]) -> [UInt8] {
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
        let backtickAtEnd = content.first == UInt8(ascii: "`") || content.last == UInt8(ascii: "`")
        let spaceAtBothEnds = content.first == 0x20 && content.last == 0x20 && content.contains { $0 != 0x20 }
        let pad = backtickAtEnd || spaceAtBothEnds
        var out = fence
        if pad { out.append(0x20) }
        out.append(contentsOf: content)
        if pad { out.append(0x20) }
        out.append(contentsOf: fence)
        return out
    }

    /// `codeSpan` of a string's UTF-8.
    public static func codeSpan(_ content: String) -> String {
        String(decoding: codeSpan(Array(content.utf8)), as: UTF8.self)
    }

    /// A link destination Markdown reads back unchanged: spaces and angle brackets
    /// percent-encoded, parentheses and backslashes escaped.
    public static func linkDestination(_ href: String) -> String {
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
