import ErrataModel

/// A raw HTML table written inside a Markdown page, read by the HTML reader.
///
/// The block starts at a line whose text (up to three spaces in) opens a `<table>` and ends at
/// the line where the `<table>` and `</table>` tags seen since then balance (nested tables
/// included), or at the end of the page. Its lines go to `HTMLReader` as they are, so a table
/// that is not well formed (a missing `<tr>`, `</tbody>` closed early) is read as libxml2
/// recovers it, exactly as in an HTML page; locations are lines of the Markdown file. A block
/// that never closes its table is an error, as a truncated HTML page is. Each line is scanned
/// once for the tags, whatever the block holds.
enum MarkdownHTMLBlock {
    /// Whether line `line` opens a raw HTML table block.
    static func starts(_ line: Substring) -> Bool {
        let bytes = line.utf8
        var position = bytes.startIndex
        var spaces = 0
        while position < bytes.endIndex, bytes[position] == UInt8(ascii: " "), spaces < 4 {
            spaces += 1
            position = bytes.index(after: position)
        }
        guard spaces <= 3 else { return false }
        return tableTag(bytes[position...], closing: false)
    }

    /// The grids of the block starting at line `start`, and the first line after it. Grids
    /// without a `<caption>` take `caption`.
    static func read(_ lines: [Substring], start: Int, caption: String?, path: String) throws -> (grids: [Grid], end: Int) {
        var depth = 0
        var end = start
        while end < lines.count {
            depth += balance(lines[end])
            end += 1
            if depth <= 0 { break }
        }
        var bytes: [UInt8] = []
        for index in start..<end {
            bytes.append(contentsOf: lines[index].utf8)
            bytes.append(0x0A)
        }
        var grids = try HTMLReader.read(data: bytes, path: path, firstLineOffset: start).grids
        for index in grids.indices where grids[index].caption == nil {
            grids[index].caption = caption
        }
        return (grids, end)
    }

    /// `<table` tags opened minus `</table` tags closed on the line.
    private static func balance(_ line: Substring) -> Int {
        let bytes = line.utf8
        var count = 0
        var position = bytes.startIndex
        while let open = bytes[position...].firstIndex(of: UInt8(ascii: "<")) {
            let after = bytes.index(after: open)
            if tableTag(bytes[open...], closing: false) {
                count += 1
            } else if tableTag(bytes[open...], closing: true) {
                count -= 1
            }
            position = after
        }
        return count
    }

    /// Whether `bytes` starts with `<table` (or `</table` when `closing`), any case, followed by
    /// the end, `>`, `/` or whitespace.
    private static func tableTag(_ bytes: Substring.UTF8View.SubSequence, closing: Bool) -> Bool {
        let name: [UInt8] = closing ? Array("</table".utf8) : Array("<table".utf8)
        var position = bytes.startIndex
        for expected in name {
            guard position < bytes.endIndex, bytes[position] | (expected >= 0x61 ? 0x20 : 0) == expected else { return false }
            position = bytes.index(after: position)
        }
        guard position < bytes.endIndex else { return true }
        let next = bytes[position]
        return next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x09
    }
}
