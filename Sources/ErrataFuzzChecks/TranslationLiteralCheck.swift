import ErrataMarkdown
import ErrataModel
import ErrataRenderers

/// The generated translations (the second raw literal of `PErrorTable.swift`) decode to exactly the catalog's
/// translated plain texts.
///
/// Decoded here independently of the renderer, by the format's rules (`SwiftLocalization`):
/// lines separated by LF: `width` (one base-64 digit, `0` plus its value), the offsets (per code
/// line, `width` digits, counted from the first code line), then a line per code in document
/// order. A code line is, per variant and per locale in the catalog's order, a group
/// `flags␟[description␟][solution␟]` (flags: 1 a description follows, 2 a solution follows),
/// groups after the last one holding a text left out; fields are escaped as in the error table.
/// The texts are the plain texts (`MarkdownPlainText`) of the translations, an empty one counting
/// as none.
enum TranslationLiteralCheck {
    static func problems(_ table: String, catalog: Catalog) -> [String] {
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        guard lines.count >= 2, lines[0].count == 1 else { return ["the translations have no width and offsets"] }
        let width = Int(lines[0][0]) - 48
        let rows = Array(lines.dropFirst(2))
        guard width >= 1, rows.count == catalog.entries.count || (catalog.entries.isEmpty && rows == [[]] && lines[1].isEmpty) else {
            return ["the translations have \(rows.count) lines for \(catalog.entries.count) codes"]
        }
        guard lines[1].count == width * catalog.entries.count else { return ["the translations' offsets have the wrong length"] }
        var offset = 0
        for (line, entry) in catalog.entries.enumerated() {
            let written = lines[1][(line * width)..<((line + 1) * width)].reduce(0) { $0 * 64 + Int($1) - 48 }
            if written != offset { return ["the translations' offset of line \(line) is wrong"] }
            offset += rows[line].count + 1
            let fields = TableLiteralCheck.decode(String(decoding: rows[line], as: UTF8.self))
            guard let groups = parse(fields) else {
                return ["the translations' line of \(entry.code.debugDescription) does not parse: \(fields.map(\.debugDescription))"]
            }
            let expected = expectedGroups(entry, tags: catalog.localeTags)
            if groups.count != expected.count || zip(groups, expected).contains(where: { $0.0 != $0.1 }) {
                return ["a translation of \(entry.code.debugDescription) does not round-trip"]
            }
        }
        return []
    }

    /// Per variant and locale, the plain description and solution; nil where there is none;
    /// trailing empty groups dropped.
    static func expectedGroups(_ entry: Entry, tags: [String]) -> [Group] {
        var groups: [Group] = []
        for variant in entry.variants {
            for tag in tags {
                let translation = variant.localized[tag]
                let description = translation?.description.map(MarkdownPlainText.plain) ?? ""
                let solution = translation?.solution.map(MarkdownPlainText.plain) ?? ""
                groups.append(Group(description: description.isEmpty ? nil : description, solution: solution.isEmpty ? nil : solution))
            }
        }
        while let last = groups.last, last.description == nil, last.solution == nil { groups.removeLast() }
        return groups
    }

    struct Group: Equatable {
        var description: String?
        var solution: String?
    }

    /// The groups of a line; nil when the fields do not make groups (or a group is written empty
    /// at the end, or holds an empty text).
    static func parse(_ fields: [String]) -> [Group]? {
        var rest = fields[...]
        var groups: [Group] = []
        while let flags = rest.popFirst() {
            guard let value = Int(flags), (0...3).contains(value), flags == String(value) else { return nil }
            var group = Group()
            if value & 1 != 0 {
                guard let text = rest.popFirst(), !text.isEmpty else { return nil }
                group.description = text
            }
            if value & 2 != 0 {
                guard let text = rest.popFirst(), !text.isEmpty else { return nil }
                group.solution = text
            }
            groups.append(group)
        }
        if let last = groups.last, last.description == nil, last.solution == nil { return nil }
        return groups
    }
}
