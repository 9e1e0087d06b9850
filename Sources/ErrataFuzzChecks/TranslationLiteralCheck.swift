import ErrataMarkdown
import ErrataModel
import ErrataRuntime

/// The generated translations (the second raw literal of `PErrorTable.swift`) read back through
/// the runtime (`ErrataLocalization`) as exactly the catalog's translated plain texts
/// (`MarkdownPlainText`), an empty one counting as none.
enum TranslationLiteralCheck {
    static func problems(_ text: String, catalog: Catalog) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 2 + catalog.entries.count, lines[0].utf8.count == 1,
            let width = lines[0].utf8.first.map({ Int($0) - 48 }), width >= 1,
            lines[1].utf8.count == width * catalog.entries.count
        else {
            return ["the translations do not parse: \(lines.count) lines for \(catalog.entries.count) codes"]
        }
        let tags = catalog.localeTags
        return ErrataLocalization.withLocalization(languages: [catalog.baseLanguage] + tags, text: text, lines: catalog.entries.count) { localization in
            for (line, entry) in catalog.entries.enumerated() {
                for (index, variant) in entry.variants.enumerated() {
                    for (language, tag) in tags.enumerated() {
                        let translation = variant.localized[tag]
                        let description = translation?.description.map(MarkdownPlainText.plain) ?? ""
                        let solution = translation?.solution.map(MarkdownPlainText.plain) ?? ""
                        let read = (
                            localization.text(line: line, variant: index, language: language + 1, solution: false),
                            localization.text(line: line, variant: index, language: language + 1, solution: true))
                        if read.0 != (description.isEmpty ? nil : description) || read.1 != (solution.isEmpty ? nil : solution) {
                            return ["a translation of \(entry.code.debugDescription) does not round-trip"]
                        }
                    }
                }
            }
            return []
        }
    }
}
