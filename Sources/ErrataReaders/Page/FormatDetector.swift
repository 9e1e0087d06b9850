import ErrataSpec
import ErrataModel
import Foundation

/// Guesses an input's format from its file name, then from its first bytes. A Markdown or MDX
/// file (`.md`, `.markdown`, `.mdown`, `.mdx`) is Markdown whatever it holds.
public enum FormatDetector {
    /// The format a file's extension names, if any. MDX is Markdown with JSX; raw HTML tables
    /// (Huawei's doc repositories keep the portal's tables so) are read by the Markdown reader,
    /// among its pipe tables.
    public static func format(ofName path: String) -> InputFormat? {
        switch FileName.lowercasedExtension(path) {
        case "yaml", "yml": .spec
        case "html", "htm", "xhtml": .html
        case "rst", "rest": .rst
        case "adoc", "asciidoc", "asc": .asciidoc
        case "md", "markdown", "mdown", "mdx": .markdown
        case "txt", "text": .text
        default: nil
        }
    }

    public static func detect(path: String, data: [UInt8]) throws -> InputFormat {
        let head = String(decoding: data.prefix(64 << 10), as: UTF8.self)
        let lowerHead = head.lowercased()
        let hasHTMLTable = lowerHead.contains("<table")
        if let named = format(ofName: path) { return named }
        if lowerHead.hasPrefix("<!doctype html") || lowerHead.hasPrefix("<html") || hasHTMLTable { return .html }
        if head.contains("\n+--") || head.hasPrefix("+--") || head.contains(".. list-table::") { return .rst }
        if isAsciiDoc(head) { return .asciidoc }
        if hasPipeTable(head) { return .markdown }
        if head.split(separator: "\n").contains(where: isTextDelimiter) { return .text }
        if head.contains("entries:") { return .spec }
        let names = InputFormat.allCases.map(\.rawValue)
        let choices = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        throw Diagnostic.error("cannot tell the input's format; pass --page-format (\(choices))", at: SourceLocation(path: path))
    }

    /// A GFM delimiter row with outer pipes, `| --- | :--: |`, under a header row on one line.
    private static func hasPipeTable(_ text: String) -> Bool {
        var previous = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("|"), trimmed.contains("-"),
                trimmed.allSatisfy({ "|-: ".contains($0) }), previous.filter({ $0 == "|" }).count >= 2
            {
                return true
            }
            previous = String(trimmed)
        }
        return false
    }

    /// An AsciiDoc page: a `|===` table delimiter line, or a `= Title` first line (after comments
    /// and a front matter) followed by attribute entries (`:name: value`) or `==` sections.
    private static func isAsciiDoc(_ text: String) -> Bool {
        let lines = TextLines.split(text)
        if lines.contains(where: { $0.trimmedSubstring() == "|===" }) { return true }
        let header = AsciiDocHeader.read(lines)
        guard header.title != nil else { return false }
        let titleLine = lines[..<header.end].lastIndex { $0.hasPrefix("= ") } ?? header.end
        return lines[titleLine..<header.end].contains(where: { AsciiDocHeader.isAttributeEntry($0.trimmedSubstring()) })
            || lines[header.end...].contains { $0.hasPrefix("== ") }
    }

    /// The text rendering's delimiter line: `---|---|---|`.
    private static func isTextDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.hasSuffix("|") && line.allSatisfy { $0 == "-" || $0 == "|" }
    }
}
