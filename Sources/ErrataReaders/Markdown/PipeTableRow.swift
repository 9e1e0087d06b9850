/// Splits one line of a GFM pipe table into raw cell contents.
///
/// Outer pipes are optional; `\|` is a literal pipe (also inside code spans) and is unescaped
/// here, as GFM does before inline parsing.
enum PipeTableRow {
    struct RawCell {
        var content: String
        /// 0-based character offset of the cell's content in the line.
        var offset: Int
    }

    static func split(_ line: Substring) -> [RawCell] {
        let chars = Array(line)
        var start = 0
        var end = chars.count
        while start < end, chars[start].isWhitespace { start += 1 }
        while end > start, chars[end - 1].isWhitespace { end -= 1 }
        if start < end, chars[start] == "|" { start += 1 }
        if end > start, chars[end - 1] == "|", !(end >= 2 && chars[end - 2] == "\\") { end -= 1 }
        var cells: [RawCell] = []
        var current = ""
        var cellStart = start
        var index = start
        while index < end {
            let char = chars[index]
            if char == "\\", index + 1 < end, chars[index + 1] == "|" {
                current.append("|")
                index += 2
                continue
            }
            if char == "|" {
                cells.append(RawCell(content: current, offset: cellStart))
                current = ""
                cellStart = index + 1
            } else {
                current.append(char)
            }
            index += 1
        }
        cells.append(RawCell(content: current, offset: cellStart))
        return cells
    }
}
