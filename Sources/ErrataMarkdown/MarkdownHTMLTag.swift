/// Inline HTML tags in Markdown, as the inline parser and the readers recognise them: `<`, an
/// optional `/`, a name (an ASCII letter, then letters, digits or `-`), then `>`, `/>`, or a
/// space, tab or line break and anything up to the next `>` that crosses no `<` (attributes,
/// MDX's JSX expressions). The scan stops at a `<`, so every byte is looked at by at most one
/// tag that starts before it.
public enum MarkdownHTMLTag {
    /// A tag starting at `start` (a `<`): its lowercased name, whether it closes (`</b>`) or
    /// closes itself (`<br/>`), and the index after its `>`.
    static func scan(_ bytes: [UInt8], at start: Int, end limit: Int)
        -> (name: String, closing: Bool, selfClosing: Bool, end: Int)?
    {
        var index = start + 1
        let closing = index < limit && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        guard index < limit, MarkdownBytes.isASCIILetter(bytes[index]) else { return nil }
        let nameStart = index
        while index < limit, MarkdownBytes.isASCIIAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") || bytes[index] >= 0x80 {
            index += 1
        }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        guard index < limit else { return nil }
        switch bytes[index] {
        case UInt8(ascii: ">"):
            break
        case UInt8(ascii: "/"), 0x20, 0x09, 0x0A:
            while index < limit, bytes[index] != UInt8(ascii: ">") {
                if bytes[index] == UInt8(ascii: "<") { return nil }
                index += 1
            }
            guard index < limit else { return nil }
        default:
            return nil
        }
        return (name, closing, bytes[index - 1] == UInt8(ascii: "/"), index + 1)
    }

    /// The lowercased name of an opening or self-closing tag whose text between `<` and `>` is
    /// `inside` (`b`, `a href="x"`, `br/`); "" for a closing tag; nil when it is no tag.
    public static func name(_ inside: String) -> String? {
        let bytes = Array(("<" + inside + ">").utf8)
        guard let tag = scan(bytes, at: 0, end: bytes.count), tag.end == bytes.count else { return nil }
        return tag.closing ? "" : tag.name
    }
}
