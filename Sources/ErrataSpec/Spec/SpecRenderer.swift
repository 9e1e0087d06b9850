import ErrataModel
import Yams

/// Renders a catalog as an Errata YAML spec (docs/spec-format.md), the inverse of `SpecReader`.
///
/// Keys come in a fixed order, a code documented on one row is written in the short form
/// (`message` on the entry), several rows as `variants`. Every scalar that YAML would read as
/// anything but the same string (`NO`, `0101`, `~`, leading spaces) is quoted, and multi-line
/// text is written as a literal block, so reading the result back gives the same catalog.
public enum SpecRenderer {
    /// The comment `errata import` puts at the top of a new spec.
    public static let defaultHeader = """
        # Errata spec (schema: docs/spec-format.md). Regenerate outputs with `swift run errata generate`.
        # Messages are wire text: typos and placeholders are kept as the API sends them.
        """

    /// - Parameter header: comment lines written before the YAML (each starting with `#`).
    public static func render(_ validated: ValidatedCatalog, header: String = defaultHeader) throws -> String {
        let yaml = try Yams.serialize(node: document(validated.catalog), indent: 2, width: -1, allowUnicode: true, lineBreak: .ln)
        let comment = header.isEmpty ? "" : (header.hasSuffix("\n") ? header : header + "\n")
        return comment + yaml
    }

    static func document(_ catalog: Catalog) -> Node {
        var top: [(Node, Node)] = [
            (key(.version), Node("1", Tag(.int), .plain)),
            (key(.service), scalar(catalog.service)),
        ]
        if let source = catalog.source { top.append((key(.source), scalar(source))) }
        if !catalog.reading.isEmpty { top.append((key(.reading), reading(catalog.reading))) }
        if let language = catalog.language { top.append((key(.language), scalar(language))) }
        if !catalog.locales.isEmpty {
            top.append((key(.locales), Node(catalog.locales.map { locale in
                let fields = locale.source.map { Node([(key(.source), scalar($0))]) } ?? Node("~", Tag(.null), .plain)
                return (scalar(locale.tag), fields)
            })))
        }
        let formats = catalog.errorBody.map(errorBody)
        top.append((key(.errorBody), formats.count == 1 ? formats[0] : Node(formats)))
        if !catalog.modules.isEmpty {
            top.append((key(.modules), Node(catalog.modules.map(module))))
        }
        top.append((key(.entries), Node(catalog.entries.map(entry))))
        if !catalog.notes.isEmpty {
            top.append((key(.notes), Node(catalog.notes.map(note))))
        }
        return Node(top)
    }

    /// Keys in a fixed order; `format`, `header`, `kind`, `codeType` and `codeForm` only when not
    /// the default, `code` only when not empty (a header or root-key format has none).
    private static func errorBody(_ format: ErrorBodyFormat) -> Node {
        var pairs: [(Node, Node)] = []
        if format.syntax != .json { pairs.append((key(.format), scalar(format.syntax.rawValue))) }
        if let header = format.header { pairs.append((key(.header), scalar(header))) }
        if format.kind != .plain { pairs.append((key(.kind), scalar(format.kind.rawValue))) }
        if !format.code.isEmpty { pairs.append((key(.code), scalar(format.code.description))) }
        pairs.append((key(.message), scalar(format.message.description)))
        if format.codeType != .string { pairs.append((key(.codeType), scalar(format.codeType.rawValue))) }
        if format.codeForm != .asIs { pairs.append((key(.codeForm), scalar(format.codeForm.rawValue))) }
        if !format.fields.isEmpty {
            pairs.append((key(.fields), Node(format.fields.map { (scalar($0.name), scalar($0.path.description)) })))
        }
        return Node(pairs)
    }

    /// `reading:` in the order format, tables, columns, errors; each table and column on one line
    /// (`- {header: HttpCode, role: status}`).
    private static func reading(_ recipe: ReadingRecipe) -> Node {
        var pairs: [(Node, Node)] = []
        if let format = recipe.format { pairs.append((key(.format), scalar(format.rawValue))) }
        if !recipe.tables.isEmpty {
            pairs.append((key(.tables), Node(recipe.tables.map { selector in
                let pair: (Node, Node) = switch selector.kind {
                case .index(let index): (key(.index), integer(index))
                case .caption(let text): (key(.caption), scalar(text))
                case .header(let text): (key(.header), scalar(text))
                }
                return Node([pair], Tag(.map), .flow)
            })))
        }
        if !recipe.columns.isEmpty {
            pairs.append((key(.columns), Node(recipe.columns.map { rule in
                let column: (Node, Node) = switch rule.column {
                case .header(let text): (key(.header), scalar(text))
                case .position(let position): (key(.position), integer(position))
                }
                return Node([column, (key(.role), scalar(rule.role.rawValue))], Tag(.map), .flow)
            })))
        }
        if let errors = recipe.errors { pairs.append((key(.errors), scalar(errors.rawValue))) }
        return Node(pairs)
    }

    private static func integer(_ value: Int) -> Node { Node(String(value), Tag(.int), .plain) }

    private static func module(_ module: Module) -> Node {
        guard module.swiftName != nil || !module.localized.isEmpty else { return scalar(module.name) }
        var pairs: [(Node, Node)] = [(key(.name), scalar(module.name))]
        if let swiftName = module.swiftName { pairs.append((key(.swiftName), scalar(swiftName))) }
        if !module.localized.isEmpty { pairs.append((key(.localized), translations(module.localized) { scalar($0) })) }
        return Node(pairs)
    }

    /// `localized`: tags in sorted order, each with what `value` writes.
    private static func translations<Value>(_ translations: [String: Value], _ value: (Value) -> Node) -> Node {
        Node(translations.keys.sorted().map { (scalar($0), value(translations[$0]!)) })
    }

    private static func entry(_ entry: Entry) -> Node {
        var pairs: [(Node, Node)] = [(key(.code), scalar(entry.code))]
        if let module = entry.module { pairs.append((key(.module), scalar(module))) }
        if let swiftName = entry.swiftName { pairs.append((key(.swiftName), scalar(swiftName))) }
        if entry.variants.count == 1 {
            pairs += variantPairs(entry.variants[0])
        } else {
            pairs.append((key(.variants), Node(entry.variants.map { Node(variantPairs($0)) })))
        }
        if let deprecated = entry.deprecated { pairs.append((key(.deprecated), bool(deprecated))) }
        if let retryable = entry.retryable { pairs.append((key(.retryable), bool(retryable))) }
        if let remarks = entry.remarks { pairs.append((key(.remarks), scalar(remarks))) }
        return Node(pairs)
    }

    private static func variantPairs(_ variant: Variant) -> [(Node, Node)] {
        var pairs: [(Node, Node)] = [(key(.message), scalar(variant.message))]
        if !variant.alternativeMessages.isEmpty {
            pairs.append((key(.alternativeMessages), Node(variant.alternativeMessages.map(scalar))))
        }
        if !variant.description.isEmpty { pairs.append((key(.description), scalar(variant.description))) }
        if !variant.solution.isEmpty { pairs.append((key(.solution), scalar(variant.solution))) }
        // One status as a scalar (`status: 400`), several as a flow list (`status: [400, 500]`).
        let statuses = variant.statuses.map { Node(String($0), Tag(.int), .plain) }
        if statuses.count == 1 {
            pairs.append((key(.status), statuses[0]))
        } else if !statuses.isEmpty {
            pairs.append((key(.status), Node(statuses, Tag(.seq), .flow)))
        }
        if !variant.columns.isEmpty { pairs.append((key(.columns), columns(variant.columns))) }
        if !variant.localized.isEmpty {
            pairs.append((key(.localized), translations(variant.localized) { translation in
                var texts: [(Node, Node)] = []
                if let description = translation.description { texts.append((key(.description), scalar(description))) }
                if let solution = translation.solution { texts.append((key(.solution), scalar(solution))) }
                return Node(texts)
            }))
        }
        return pairs
    }

    /// A mapping in the row's column order; names are quoted like any scalar when YAML would read
    /// them otherwise.
    private static func columns(_ columns: [Column]) -> Node {
        Node(columns.map { (scalar($0.name), scalar($0.value)) })
    }

    private static func note(_ note: Note) -> Node {
        var pairs: [(Node, Node)] = []
        if !note.label.isEmpty { pairs.append((key(.label), scalar(note.label))) }
        pairs.append((key(.text), scalar(note.text)))
        if !note.localized.isEmpty {
            pairs.append((key(.localized), translations(note.localized) { translation in
                var texts: [(Node, Node)] = []
                if let label = translation.label { texts.append((key(.label), scalar(label))) }
                if let text = translation.text { texts.append((key(.text), scalar(text))) }
                return Node(texts)
            }))
        }
        return Node(pairs)
    }

    private static func key(_ key: SpecKey) -> Node { Node(key.rawValue, Tag(.str), .plain) }

    private static func bool(_ value: Bool) -> Node { Node(value ? "true" : "false", Tag(.bool), .plain) }

    /// A string scalar that reads back as exactly `text`.
    static func scalar(_ text: String) -> Node {
        if text.contains(where: \.isNewline) {
            // A literal block keeps line breaks readable; libyaml falls back to double quotes
            // where a block cannot hold the text (trailing spaces, control characters).
            return Node(text, Tag(.str), .literal)
        }
        let resolvesToString = Resolver.default.resolveTag(of: Node(text, Tag(.implicit), .plain)) == .str
        let hasEdgeSpace = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        if text.isEmpty || !resolvesToString || hasEdgeSpace || !text.unicodeScalars.allSatisfy(isPrintable) {
            return Node(text, Tag(.str), .doubleQuoted)
        }
        return Node(text, Tag(.str), .any)
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
            return !(0x2028...0x2029).contains(scalar.value) && scalar.value != 0xFEFF
        default:
            return false
        }
    }
}
