/// The header of an AsciiDoc document: a front matter (a JBake header of `key=value` lines closed
/// by a line of `~`, or YAML between `---` lines), comments, then the document title (`= Title`)
/// with the attribute entries (`:name: value`) and author and revision lines under it, up to the
/// first blank line. None of it holds errors; the title is the page's title.
enum AsciiDocHeader {
    /// The document title as plain text, and the index of the first line after the header.
    static func read(_ lines: [Substring]) -> (title: String?, end: Int) {
        var index = frontMatterEnd(lines)
        while index < lines.count {
            let trimmed = lines[index].trimmedSubstring()
            if trimmed.isEmpty || (trimmed.hasPrefix("//") && AsciiDocBlocks.delimiter(trimmed) == nil) || isAttributeEntry(trimmed) {
                index += 1
                continue
            }
            if trimmed.hasPrefix("////"), trimmed.allSatisfy({ $0 == "/" }) {
                index += 1
                while index < lines.count, lines[index].trimmedSubstring() != trimmed { index += 1 }
                index += 1
                continue
            }
            break
        }
        guard index < lines.count, lines[index].hasPrefix("= ") else { return (nil, min(index, lines.count)) }
        let title = AsciiDocInline.plainText(String(lines[index].dropFirst(2).trimmedSubstring()))
        index += 1
        // Attribute entries, author and revision lines, comments: up to the first blank line.
        while index < lines.count, !lines[index].trimmedSubstring().isEmpty { index += 1 }
        return (title.isEmpty ? nil : title, index)
    }

    /// The index after a JBake header (`type=page` … `~~~~~~`) or YAML front matter, else 0.
    static func frontMatterEnd(_ lines: [Substring]) -> Int {
        guard let first = lines.first else { return 0 }
        if first.trimmedSubstring() == "---" {
            var index = 1
            while index < lines.count, index < 256, lines[index].trimmedSubstring() != "---" { index += 1 }
            return index < lines.count && index < 256 ? index + 1 : 0
        }
        guard let equals = first.firstIndex(of: "="), !first[..<equals].isEmpty,
              first[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return 0 }
        var index = 1
        while index < lines.count, index < 256 {
            let trimmed = lines[index].trimmedSubstring()
            if trimmed.count >= 4, trimmed.allSatisfy({ $0 == "~" }) { return index + 1 }
            index += 1
        }
        return 0
    }

    /// `:name: value`, `:name!:`, `:!name:`: an attribute entry.
    static func isAttributeEntry(_ trimmed: Substring) -> Bool {
        guard trimmed.first == ":", trimmed.count >= 3 else { return false }
        let rest = trimmed.dropFirst()
        guard let colon = rest.firstIndex(of: ":") else { return false }
        let name = rest[..<colon]
        guard !name.isEmpty, name.count <= 128 else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "!" }
            && (rest[rest.index(after: colon)...].first.map { $0 == " " || $0 == "\t" } ?? true)
    }
}
