import ErrataMarkdown
import ErrataModel
import ErrataRuntime

/// The generated error table (`PErrorTable.swift`'s raw literal, as the lexer decodes it) reads
/// back through the runtime (`ErrataCodeTable`, `ErrataCodeRecord`) as exactly the catalog's data,
/// and its hash index finds every code at its first line: the table's escaping and the raw
/// literal's round-trip whatever the input. The runtime is the one reader and writer of the
/// layout, so this reads it, rather than a second decoder.
enum TableLiteralCheck {
    static func problems(_ text: String, catalog: Catalog) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 3 + catalog.entries.count, let width = lines[0].utf8.first.map({ Int($0) - 48 }), width >= 1,
            lines[0].utf8.count == width + 2
        else {
            return ["the error table does not parse: \(lines.count) lines for \(catalog.entries.count) codes"]
        }
        return ErrataCodeTable.withTable(text: text) { table in
            guard table.lines == catalog.entries.count else { return ["the error table's header counts \(table.lines) codes"] }
            var first: [String: Int] = [:]
            for (line, entry) in catalog.entries.enumerated() {
                if first[entry.code] == nil { first[entry.code] = line }
                if ErrataCodeRecord(table, line: line) != expected(entry) {
                    return ["the table line of \(entry.code.debugDescription) does not round-trip"]
                }
            }
            for (code, line) in first where table.line(for: code) != line {
                return ["the error table's index does not find \(code.debugDescription) at line \(line)"]
            }
            return []
        }
    }

    /// What a code's line must hold: its documentation, the plain texts of its Markdown, its
    /// messages split at their placeholders; translations are not in this table
    /// (`TranslationLiteralCheck`).
    static func expected(_ entry: Entry) -> ErrataCodeRecord {
        ErrataCodeRecord(
            code: entry.code, module: entry.module ?? "", deprecated: entry.deprecated == true,
            retryable: entry.retryable == true, remarks: entry.remarks,
            variants: entry.variants.map { variant in
                ErrataVariantRecord(
                    message: variant.message, alternativeMessages: variant.alternativeMessages,
                    description: variant.description, solution: variant.solution,
                    plainDescription: MarkdownPlainText.plain(variant.description),
                    plainSolution: MarkdownPlainText.plain(variant.solution), statuses: variant.statuses,
                    columns: variant.columns.map { ErrataColumn(name: $0.name, value: $0.value) },
                    segments: ErrataMessageTemplate.segments(of: variant.message),
                    alternativeSegments: variant.alternativeMessages.map(ErrataMessageTemplate.segments(of:)))
            })
    }
}
