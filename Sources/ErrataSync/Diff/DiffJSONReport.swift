import Foundation

extension CatalogChanges {
    /// The report `errata diff --report-format json` prints, with sorted keys, LF line ends and a
    /// trailing newline (schema: docs/diff-rules.md). `added`, `removed`, `changed`, `modules`
    /// and `notes` are lists of changes; every change has `code`, `field`, `index`, `new`, `old`, `rule`
    /// and `severity` (null where they do not apply); `summary` counts changes by severity.
    public func jsonReport() throws -> String {
        let document = JSONDocument(
            added: added.map(JSONChange.init), removed: removed.map(JSONChange.init),
            changed: changed.map(JSONChange.init), modules: modules.map(JSONChange.init), notes: notes.map(JSONChange.init),
            summary: Dictionary(uniqueKeysWithValues: DiffSeverity.allCases.map { ($0.rawValue, count($0)) }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}

private struct JSONDocument: Encodable {
    var added: [JSONChange]
    var removed: [JSONChange]
    var changed: [JSONChange]
    var modules: [JSONChange]
    var notes: [JSONChange]
    var summary: [String: Int]
}

private struct JSONChange: Encodable {
    var change: DiffChange

    init(_ change: DiffChange) { self.change = change }

    private enum CodingKeys: String, CodingKey { case rule, severity, code, field, old, new, index }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(change.rule.rawValue, forKey: .rule)
        try container.encode(change.severity.rawValue, forKey: .severity)
        try container.encode(change.code, forKey: .code)
        try container.encode(change.field, forKey: .field)
        try container.encode(change.old, forKey: .old)
        try container.encode(change.new, forKey: .new)
        try container.encode(change.index, forKey: .index)
    }
}
