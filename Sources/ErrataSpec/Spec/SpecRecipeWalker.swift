import ErrataModel
import Yams

/// The spec's `reading:` key (docs/spec-format.md "Reading the page"): how its page is read.
extension SpecWalker {
    mutating func recipe(_ node: Node) -> ReadingRecipe {
        var recipe = ReadingRecipe(location: yaml.location(node))
        if yaml.isNull(node) { return recipe }
        guard let fields = yaml.mapping(node, SpecKeys.reading, what: "'reading'") else { return recipe }
        if let formatNode = fields[.format], let text = yaml.nonEmptyString(formatNode, "reading.format") {
            let pages = InputFormat.allCases.filter { $0 != .spec }.map(\.rawValue)
            if let format = InputFormat(rawValue: text), format != .spec {
                recipe.format = format
            } else {
                yaml.report("unknown page format '\(text)'; expected one of: \(pages.joined(separator: ", "))", at: formatNode)
            }
        }
        if let tables = fields[.tables] {
            recipe.tables = yaml.sequence(tables, "reading.tables").compactMap { tableSelector($0) }
        }
        if let columns = fields[.columns] {
            recipe.columns = yaml.sequence(columns, "reading.columns").compactMap { columnRule($0) }
            var seen: [ReadingRecipe.ColumnRule.Column: SourceLocation] = [:]
            for rule in recipe.columns {
                if let first = seen[rule.column], let location = rule.location {
                    yaml.problems.append(.error(
                        "\(Self.describe(rule.column)) is given a role twice (first at line \(first.line ?? 0))", at: location))
                }
                seen[rule.column] = seen[rule.column] ?? rule.location
            }
        }
        if let errorsNode = fields[.errors], let text = yaml.nonEmptyString(errorsNode, "reading.errors") {
            if let layout = ReadingRecipe.ErrorLayout(rawValue: text) {
                recipe.errors = layout
            } else {
                let layouts = ReadingRecipe.ErrorLayout.allCases.map(\.rawValue).joined(separator: ", ")
                yaml.report("unknown error layout '\(text)'; expected one of: \(layouts)", at: errorsNode)
            }
        }
        return recipe
    }

    /// `- index: 2`, `- caption: Error codes` or `- header: Error Code`: exactly one of them.
    private mutating func tableSelector(_ node: Node) -> ReadingRecipe.TableSelector? {
        guard let fields = yaml.mapping(node, SpecKeys.readingTable, what: "a table of 'reading.tables'") else { return nil }
        guard fields.count == 1, let (keyNode, value) = fields.first, let key = keyNode.scalar?.string else {
            yaml.report("a table of 'reading.tables' is one of index: N, caption: TEXT or header: TEXT", at: node)
            return nil
        }
        let location = yaml.location(node)
        switch key {
        case "index":
            guard let index = nonNegativeInteger(value, "reading.tables.index") else { return nil }
            return .init(.index(index), location: location)
        case "caption":
            return yaml.nonEmptyString(value, "reading.tables.caption").map { .init(.caption($0), location: location) }
        default:
            return yaml.nonEmptyString(value, "reading.tables.header").map { .init(.header($0), location: location) }
        }
    }

    /// `- {header: HttpCode, role: status}` or `- {position: 5, role: ignore}`.
    private mutating func columnRule(_ node: Node) -> ReadingRecipe.ColumnRule? {
        guard let fields = yaml.mapping(node, SpecKeys.readingColumn, what: "a column of 'reading.columns'") else { return nil }
        let column: ReadingRecipe.ColumnRule.Column?
        switch (fields[.header], fields[.position]) {
        case (let header?, nil):
            column = yaml.nonEmptyString(header, "reading.columns.header").map { .header($0) }
        case (nil, let position?):
            guard let number = nonNegativeInteger(position, "reading.columns.position") else { return nil }
            guard number >= 1 else {
                yaml.report("'reading.columns.position' counts from 1 (the first column)", at: position)
                return nil
            }
            column = .position(number)
        default:
            yaml.report("a column of 'reading.columns' names its column by header: TEXT or by position: N (one of them)", at: node)
            return nil
        }
        guard let roleNode = fields[.role] else {
            yaml.report("a column of 'reading.columns' needs a role", at: node)
            return nil
        }
        guard let column, let text = yaml.nonEmptyString(roleNode, "reading.columns.role") else { return nil }
        guard let role = ReadingRecipe.Role(rawValue: text) else {
            let roles = ReadingRecipe.Role.allCases.map(\.rawValue).joined(separator: ", ")
            yaml.report("unknown column role '\(text)'; expected one of: \(roles)", at: roleNode)
            return nil
        }
        return .init(column, role: role, location: yaml.location(node))
    }

    private mutating func nonNegativeInteger(_ node: Node, _ key: String) -> Int? {
        guard let text = yaml.scalar(node, key) else { return nil }
        guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Int(text) else {
            yaml.report("'\(key)' must be a whole number, not '\(text)'", at: node)
            return nil
        }
        return number
    }

    static func describe(_ column: ReadingRecipe.ColumnRule.Column) -> String {
        switch column {
        case .header(let text): "the column headed \(text.debugDescription)"
        case .position(let position): "column \(position)"
        }
    }
}
