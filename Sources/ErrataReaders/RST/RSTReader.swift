import ErrataModel

/// Reads reStructuredText grid tables and `.. list-table::` directives, indented or not
/// (tables inside `.. table::` and other directives). A table's caption is the title of its
/// `.. table::` directive, else the section title above it.
public enum RSTReader {
    /// Every table of `text`, in document order.
    ///
    /// Throws a `Diagnostic` when the text is over the size limits of `TextInputLimits`.
    public static func readGrids(text: String, path: String) throws -> [Grid] {
        try TextInputLimits.check(text, path: path)
        let lines = TextLines.split(text)
        var grids: [Grid] = []
        var heading: String?
        var directiveCaption: (title: String, indent: Int)?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let indent = RSTListTable.indentation(line)
            let body = line.dropFirst(indent)
            guard let first = body.first, first == "+" || first == "." || (indent == 0 && index + 1 < lines.count) else {
                index += 1
                continue
            }
            let trimmed = body.trimmedForCell()
            if isGridBorder(trimmed) {
                var end = index + 1
                while end < lines.count, RSTListTable.indentation(lines[end]) == indent,
                      let first = lines[end].dropFirst(indent).first, first == "+" || first == "|" {
                    end += 1
                }
                if var grid = RSTGridTable.read(lines[index..<end], firstLine: index, indent: indent, path: path) {
                    grid.caption = directiveCaption.flatMap { $0.indent < indent ? $0.title : nil } ?? heading
                    grids.append(grid)
                }
                directiveCaption = nil
                index = end
                continue
            }
            if trimmed.hasPrefix(".. list-table::") {
                let (grid, end) = RSTListTable.read(lines, start: index, path: path)
                var captioned = grid
                if captioned.caption == nil { captioned.caption = heading }
                grids.append(captioned)
                index = end
                continue
            }
            if trimmed.hasPrefix(".. table::") {
                let title = trimmed.dropFirst(".. table::".count).trimmedForCell()
                directiveCaption = title.isEmpty ? nil : (RichText.render(RSTInline.parse(title)).text, indent)
            } else if let title = sectionTitle(lines, index) {
                heading = title
                directiveCaption = nil
            }
            index += 1
        }
        return grids
    }

    private static func isGridBorder(_ trimmed: String) -> Bool {
        guard trimmed.count >= 3, trimmed.first == "+", trimmed.last == "+", trimmed.contains("-") else { return false }
        return trimmed.allSatisfy { $0 == "+" || $0 == "-" }
    }

    /// The title when line `index` is a section title underlined by the next line.
    private static func sectionTitle(_ lines: [Substring], _ index: Int) -> String? {
        guard index + 1 < lines.count else { return nil }
        let title = lines[index]
        guard let mark = lines[index + 1].first, !mark.isLetter, !mark.isNumber, mark != " " else { return nil }
        let underline = lines[index + 1].trimmedForCell()
        guard !title.allSatisfy(\.isWhitespace), title.first != " ",
              "=-~^\"'`#*+.:_".contains(mark), underline.allSatisfy({ $0 == mark }),
              underline.count >= title.trimmedForCell().count, underline.count >= 3 else { return nil }
        return RichText.render(RSTInline.parse(String(title))).text
    }
}
