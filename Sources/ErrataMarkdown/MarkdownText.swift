/// Plain text written into Markdown so that Markdown shows it literally: the one escaper, with
/// the two strengths its two kinds of place need.
///
/// - `escape`: the canonical way readers write plain text into Markdown, so that the same cell
///   read from HTML, the text rendering, Markdown or RST gives the same Markdown. Escaping is
///   minimal: only characters that would otherwise start markup get a backslash, so ordinary
///   prose (`classifier_id`, `x-auth-token`, `{xxx}`) reads the same in both forms.
/// - `escapeInline`: text the Markdown renderer places inside other markup of a generated page
///   (a heading, link text, a label, a table cell), where a character harmless in a paragraph
///   (`|`, `~`, `$`, `!`, an autolink's `<`) could still change the page.
public enum MarkdownText {
    /// Escapes plain text so Markdown shows it literally.
    ///
    /// Always escaped: `\`, `` ` ``, `*`, `[`, `]`, `<`. `_` is escaped unless it stands between two
    /// letters or digits (intraword, where CommonMark never reads it as emphasis). At the start
    /// of a line: `#`, `>`, `-`/`+` followed by a space, `N.`/`N)` followed by a space.
    public static func escape(_ text: String) -> String {
        var text = text
        let fast: String? = text.withUTF8 { bytes in
            guard MarkdownEscapeBytes.applies(to: bytes) else { return nil }
            var out: [UInt8] = []
            MarkdownEscapeBytes.append(bytes, continuesLine: false, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        return fast ?? escapeByCharacter(text)
    }

    /// `escape` over `Character`s: the definition, used for text that is not plain ASCII.
    static func escapeByCharacter(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeLine(Substring($0)) }
            .joined(separator: "\n")
    }

    private static func escapeLine(_ line: Substring) -> String {
        let chars = Array(line)
        var out = ""
        out.reserveCapacity(chars.count)
        let firstNonSpace = chars.firstIndex { $0 != " " } ?? chars.count
        for (index, char) in chars.enumerated() {
            switch char {
            case "\\", "`", "*", "[", "]", "<":
                out.append("\\")
            case "_":
                let before = index > 0 && isWordCharacter(chars[index - 1])
                let after = index + 1 < chars.count && isWordCharacter(chars[index + 1])
                if !(before && after) { out.append("\\") }
            case "#" where index == firstNonSpace, ">" where index == firstNonSpace:
                out.append("\\")
            case "-" where isBulletMarker(chars, index, firstNonSpace), "+" where isBulletMarker(chars, index, firstNonSpace):
                out.append("\\")
            case "." where isOrderedListMarker(chars, dotIndex: index, lineStart: firstNonSpace),
                ")" where isOrderedListMarker(chars, dotIndex: index, lineStart: firstNonSpace):
                out.append("\\")
            default:
                break
            }
            out.append(char)
        }
        return out
    }

    private static func isWordCharacter(_ char: Character) -> Bool {
        char.isLetter || char.isNumber
    }

    /// `- ` or `+ ` at the start of a line would begin a bullet list.
    private static func isBulletMarker(_ chars: [Character], _ index: Int, _ lineStart: Int) -> Bool {
        index == lineStart && index + 1 < chars.count && chars[index + 1] == " "
    }

    /// `12. ` or `3) ` at the start of a line would begin an ordered list.
    private static func isOrderedListMarker(_ chars: [Character], dotIndex: Int, lineStart: Int) -> Bool {
        guard dotIndex > lineStart, dotIndex + 1 < chars.count, chars[dotIndex + 1] == " " else { return false }
        return chars[lineStart..<dotIndex].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Characters `escapeInline` gives a backslash. Every one is ASCII punctuation, which
    /// CommonMark allows to escape; `$` guards against GitHub's math, `|` against table cells.
    private static let inlineSpecials: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!", "$",
    ]

    /// Escapes one line of plain text for a place inside other inline markup: every character
    /// that could start markup gets a backslash wherever it stands; `<`, `>` and `&` become
    /// entities rather than backslash escapes, because GFM's extended autolinks can swallow a
    /// backslash (`http://x\<b>` would start a tag). Line breaks are the caller's to remove.
    public static func escapeInline(_ line: String) -> String {
        var out = ""
        for char in line {
            switch char {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default:
                if inlineSpecials.contains(char) { out.append("\\") }
                out.append(char)
            }
        }
        return out
    }
}
