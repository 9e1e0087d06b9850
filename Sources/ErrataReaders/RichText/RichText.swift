import ErrataModel

/// Turns parsed content into a `Cell` (with `RichTextWriter`, the one serializer), and the
/// whitespace rules every reader shares.
enum RichText {
    static func cell(_ blocks: [RichBlock], location: SourceLocation? = nil) -> Cell {
        let written = RichTextWriter.write(blocks)
        return Cell(text: written.text, markdown: written.markdown, location: location)
    }

    /// A cell of plain paragraphs (no markup): each string is one paragraph.
    static func plainCell(paragraphs: [String], location: SourceLocation? = nil) -> Cell {
        cell(paragraphs.map { .paragraph([.text($0)]) }, location: location)
    }

    /// Plain text and Markdown of one paragraph.
    static func render(_ inlines: [RichInline]) -> (text: String, markdown: String) {
        RichTextWriter.write(inlines)
    }

    /// Folds whitespace runs (including newlines and no-break spaces) to one space and trims.
    static func fold(_ text: String) -> String {
        if let folded = foldASCII(text) { return folded }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for char in text {
            if char.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(char)
            }
        }
        return out
    }

    /// `fold` for ASCII text, on bytes; nil when the text is not all ASCII.
    private static func foldASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if isASCIIWhitespace(byte) {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether any character is whitespace (`Character.isWhitespace`), on bytes for ASCII text.
    static func containsWhitespace(_ text: String) -> Bool {
        var text = text
        let ascii = text.withUTF8 { bytes -> Bool? in
            for byte in bytes {
                // An ASCII whitespace byte is a whitespace Character (alone, or first of CR LF or of
                // a space with combining marks); non-ASCII before it needs the Character rules.
                if byte >= 0x80 { return nil }
                if isASCIIWhitespace(byte) { return true }
            }
            return false
        }
        return ascii ?? text.contains(where: \.isWhitespace)
    }

    /// Tab, LF, VT, FF, CR and space: the ASCII characters `Character.isWhitespace` accepts.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        (0x09...0x0D).contains(byte) || byte == 0x20
    }
}

extension String {
    /// The string without leading and trailing whitespace (no Foundation needed).
    func trimmedForCell() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
