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
        var index = start + 1
        var blank = false
        while index < lines.count {
            let line = lines[index]
            if line.allSatisfy(\.isWhitespace) {
                blank = true
                index += 1
                continue
            }
            if let (otherIndent, otherMarker) = bullet(line), otherIndent == indent, otherMarker == marker {
                items.append(Item(head: [index]))
                blank = false
                index += 1
                continue
            }
            let lead = line.prefix { $0 == " " || $0 == "\t" }.count
            if lead >= indent + 2 {
                // Indented under the item: the first paragraph goes on, or a further block.
                if blank || !items[items.count - 1].body.isEmpty {
                    items[items.count - 1].body.append(index)
                } else {
                    items[items.count - 1].head.append(index)
                }
                blank = false
                index += 1
                continue
            }
            if !blank, items[items.count - 1].body.isEmpty, isLazyContinuation(line) {
                items[items.count - 1].head.append(index)
                index += 1
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
        return MarkdownErrorList.Found(grid: grid, end: index, lastHeading: nil)
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
        guard headText.utf8.count <= ErrorList.maximumFieldBytes * 16, let (name, message) = split(headText) else { return nil }
        let nameColumn = markerColumn + 2 + afterMarker.dropFirst().prefix { $0 == " " }.count
        let location = SourceLocation(path: path, line: item.head[0] + 1, column: nameColumn)
        let nameCell = RichText.cell([.paragraph(MarkdownInline.parse(name))], location: location)
        var entry = ErrorListEntry(name: nameCell)
        entry.isRange = ErrorList.isRange(nameCell.text)
        guard entry.isRange || ErrorList.isName(nameCell) else { return nil }
        if !message.isEmpty {
            let cell = RichText.cell([.paragraph(MarkdownInline.parse(message))], location: location)
            entry.message = cell.isEmpty ? nil : cell
        }
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

    /// The item's name (Markdown source) and message: `` `CODE` — message ``, `**CODE**: message`,
    /// `**CODE:** message`, `CODE: message`, `CODE - message`, `1000 to 1099: message`. Nil when
    /// the text has no separator after a name.
    static func split(_ text: String) -> (name: String, message: String)? {
        if text.hasPrefix("`") {
            let fence = text.prefix { $0 == "`" }
            guard let close = text.dropFirst(fence.count).firstRange(of: fence) else { return nil }
            let name = String(text[..<close.upperBound])
            return separated(name: name, rest: text[close.upperBound...], colonInside: false)
        }
        if text.hasPrefix("**") || text.hasPrefix("__") {
            let mark = text.prefix(2)
            guard let close = text.dropFirst(2).firstRange(of: mark) else { return nil }
            var inner = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound].trimmedForCell()
            let colonInside = inner.hasSuffix(":") || inner.hasSuffix("：")
            if colonInside { inner = String(inner.dropLast()).trimmedForCell() }
            return separated(name: inner, rest: text[close.upperBound...], colonInside: colonInside)
        }
        // A plain name: up to the first separator.
        var position = text.startIndex
        while position < text.endIndex {
            let char = text[position]
            if char == ":" || char == "：" {
                let name = text[..<position].trimmedForCell()
                return name.isEmpty ? nil : (name, text[text.index(after: position)...].trimmedForCell())
            }
            if char == " ", let dash = text[text.index(after: position)...].first, "-–—".contains(dash) {
                let afterDash = text.index(position, offsetBy: 2)
                if afterDash == text.endIndex || text[afterDash] == " " {
                    let name = text[..<position].trimmedForCell()
                    return name.isEmpty ? nil : (name, text[afterDash...].trimmedForCell())
                }
            }
            position = text.index(after: position)
        }
        return nil
    }

    /// A name in markup and what follows it: nothing, or a separator and the message.
    private static func separated(name: String, rest: Substring, colonInside: Bool) -> (name: String, message: String)? {
        let rest = rest.trimmedForCell()
        if colonInside || rest.isEmpty { return (name, rest) }
        guard let first = rest.first, ":：-–—".contains(first) else { return nil }
        return (name, rest.dropFirst().trimmedForCell())
    }
}
