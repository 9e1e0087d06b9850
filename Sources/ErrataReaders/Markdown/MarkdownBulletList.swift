import ErrataModel

/// Finds error lists written as Markdown bullet lists, the name first in each item:
///
/// ```markdown
/// - `QUOTA_EXCEEDED` — The project has used its quota.
/// - E1002: The file is too large.
/// - **E1003**: The file type is not supported.
///
///   Further paragraphs of the item are its description.
/// * `1000-1099` - Reserved for the billing service.
/// ```
///
/// An item's name is a code span, a bold name (a colon inside the bold allowed) or the text up to
/// the separator; the separator is `:`, `—`, `–` or `-`; the rest of the item's first paragraph is
/// the message, its further paragraphs (indented under the item) the description, where a line
/// `HTTP Status Code: N` gives the status. An item whose name is a range of codes
/// (`ErrorList.isRange`) is a note. The list is an error list when most items have that shape and
/// `ErrorList.grid` accepts their names (or the recipe's error layout is `.list`). Each line is
/// looked at once.
enum MarkdownBulletList {
    private struct Item {
        /// The first paragraph: the lines after the marker up to a blank line.
        var head: [Int]
        /// The lines after it (further paragraphs, nested lists), blank lines included.
        var body: [Int] = []
    }

    /// The list starting at line `start` when it is a bullet list; nil otherwise. `end` is the
    /// first line after the list, whether it is an error list or not.
    static func read(
        _ lines: [Substring], start: Int, caption: String?, path: String, layout: ReadingRecipe.ErrorLayout?
    ) -> MarkdownErrorList.Found? {
        guard let (indent, marker) = bullet(lines[start]) else { return nil }
        let reading = ErrorList.Reading(form: .list, layout: layout)
        var items = [Item(head: [start])]
        var walk = MarkdownLineWalk(lines, from: start + 1)
        while let line = walk.next() {
            let index = walk.index
            if let (otherIndent, otherMarker) = bullet(line), otherIndent == indent, otherMarker == marker {
                items.append(Item(head: [index]))
                walk.take()
                continue
            }
            let lead = line.prefix { $0 == " " || $0 == "\t" }.count
            if lead >= indent + 2 {
                // Indented under the item: the first paragraph goes on, or a further block.
                if walk.afterBlank || !items[items.count - 1].body.isEmpty {
                    items[items.count - 1].body.append(index)
                } else {
                    items[items.count - 1].head.append(index)
                }
                walk.take()
                continue
            }
            if !walk.afterBlank, items[items.count - 1].body.isEmpty, isLazyContinuation(line) {
                items[items.count - 1].head.append(index)
                walk.take()
                continue
            }
            break
        }
        var entries: [ErrorListEntry] = []
        entries.reserveCapacity(items.count)
        for item in items {
            if let entry = entry(item, lines: lines, path: path) { entries.append(entry) }
        }
        let shaped = entries.count * 2 > items.count || reading == .take
        let grid = shaped ? ErrorList.grid(entries, form: .list, caption: caption, location: nil, reading: reading) : nil
        return MarkdownErrorList.Found(grid: grid, end: walk.index, lastHeading: nil)
    }

    /// The indent and marker of a bullet item line (`- `, `* `, `+ `, up to three spaces in).
    private static func bullet(_ line: Substring) -> (indent: Int, marker: UInt8)? {
        let bytes = line.utf8
        var indent = 0
        var position = bytes.startIndex
        while position < bytes.endIndex, bytes[position] == UInt8(ascii: " ") {
            indent += 1
            position = bytes.index(after: position)
        }
        guard indent <= 3, position < bytes.endIndex else { return nil }
        let marker = bytes[position]
        guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: "*") || marker == UInt8(ascii: "+") else { return nil }
        let next = bytes.index(after: position)
        guard next < bytes.endIndex, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") else { return nil }
        return (indent, marker)
    }

    /// A line that continues a paragraph without indentation: not a heading, fence, table, HTML
    /// table block or admonition fence.
    private static func isLazyContinuation(_ line: Substring) -> Bool {
        let trimmed = line.trimmedForCell()
        return !(trimmed.hasPrefix("#") || trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") || trimmed.hasPrefix("|")
            || trimmed.hasPrefix(":::") || MarkdownHTMLBlock.starts(line) || bullet(line) != nil)
    }

    /// The entry an item is, when it has the shape: a name, a separator and a message (or a
    /// description).
    private static func entry(_ item: Item, lines: [Substring], path: String) -> ErrorListEntry? {
        let first = lines[item.head[0]]
        let markerColumn = first.prefix { $0 == " " }.count
        let afterMarker = first.dropFirst(markerColumn + 1)
        let headText = ([String(afterMarker)] + item.head.dropFirst().map { String(lines[$0]) })
            .map { $0.trimmedForCell() }.joined(separator: " ")
        // 1-based: the spaces before the marker, the marker, the spaces after it.
        let nameColumn = markerColumn + 3 + afterMarker.dropFirst().prefix { $0 == " " }.count
        let location = SourceLocation(path: path, line: item.head[0] + 1, column: nameColumn)
        guard var entry = ErrorList.listItem(head: headText, location: location) else { return nil }
        var body: [Int] = []
        for index in item.body {
            let trimmed = lines[index].trimmedForCell()
            if let field = MarkdownErrorList.field(trimmed) {
                entry.add(field, location: SourceLocation(path: path, line: index + 1, column: MarkdownErrorList.column(lines[index])))
            } else {
                body.append(index)
            }
        }
        entry.description = MarkdownErrorList.description(body, lines: lines, path: path)
        return entry
    }
}
