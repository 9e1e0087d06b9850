import ErrataModel
import Yams

/// Walks a composed spec, building the catalog and collecting every problem with its position.
struct SpecWalker {
    var yaml: YAMLFields

    mutating func catalog(from root: Node) -> Catalog {
        var catalog = Catalog(service: "")
        guard let top = yaml.mapping(root, SpecKeys.top, what: "the spec") else { return catalog }
        if let version = top[.version], let text = yaml.scalar(version, "version"), text != "1" {
            yaml.report("unsupported spec version '\(text)'; this errata reads version 1", at: version)
        }
        if let service = yaml.requiredString(top, "service", in: root) { catalog.service = service }
        catalog.source = top[.source].flatMap { yaml.optionalString($0, "source") }
        catalog.language = top[.language].flatMap { yaml.nonEmptyString($0, "language") }
        if let locales = top[.locales] { catalog.locales = self.locales(locales) }
        if let reading = top[.reading] { catalog.reading = recipe(reading) }
        if let body = top[.errorBody] { catalog.errorBody = errorBody(body) }
        if let modules = top[.modules] { catalog.modules = self.modules(modules) }
        if let entries = top[.entries] {
            catalog.entries = self.entries(entries)
            catalog.entriesLocation = yaml.location(entries)
        } else {
            yaml.report("missing required key 'entries'", at: root)
        }
        if let notes = top[.notes] { catalog.notes = self.notes(notes) }
        checkModules(&catalog, declared: top[.modules] != nil)
        return catalog
    }

    // MARK: Sections

    /// One format (a mapping) or several tried in order (a list of mappings).
    private mutating func errorBody(_ node: Node) -> [ErrorBodyFormat] {
        if node.sequence != nil {
            let items = yaml.sequence(node, "errorBody")
            if items.isEmpty { yaml.report("'errorBody' is an empty list; give at least one format", at: node) }
            let formats = items.compactMap { errorBodyFormat($0) }
            return formats.isEmpty ? [.default] : formats
        }
        return [errorBodyFormat(node) ?? .default]
    }

    private mutating func errorBodyFormat(_ node: Node) -> ErrorBodyFormat? {
        guard let fields = yaml.mapping(node, SpecKeys.errorBody, what: "'errorBody'") else { return nil }
        var format = ErrorBodyFormat(location: yaml.location(node))
        if let syntax = fields[.format].flatMap({ choice($0, "errorBody.format", of: ErrorBodyFormat.Syntax.self) }) {
            format.syntax = syntax
        }
        if let headerNode = fields[.header], let name = yaml.nonEmptyString(headerNode, "errorBody.header") {
            if ErrorBodyFormat.isHeaderName(name) {
                format.header = name
            } else {
                yaml.report("'errorBody.header' is not a header name: letters, digits and !#$%&'*+-.^_`|~, no spaces or colons (x-ms-error-code)", at: headerNode)
            }
        }
        if let kind = fields[.kind].flatMap({ choice($0, "errorBody.kind", of: ErrorBodyFormat.Kind.self) }) { format.kind = kind }
        // Each place of the code has its usual paths; a key given overrides them.
        switch (format.kind, format.syntax) {
        case (.rootKey, _): (format.code, format.message) = ([], ["message"])
        case (.problemDetails, _): (format.code, format.message) = (["type"], ["detail"])
        case (.errorInfo, _):
            format.code = FieldPath(steps: [.key("error"), .key("details"), .element(whereKey: "@type", hasSuffix: "ErrorInfo"), .key("reason")])
            format.message = ["error", "message"]
        case (.plain, .xml): (format.code, format.message) = (["Error", "Code"], ["Error", "Message"])
        case (.plain, .json): break
        }
        if format.header != nil { format.code = [] }
        if let path = fields[.code].flatMap({ fieldPath($0, "errorBody.code") }) { format.code = path }
        if let path = fields[.message].flatMap({ fieldPath($0, "errorBody.message") }) { format.message = path }
        if let type = fields[.codeType].flatMap({ choice($0, "errorBody.codeType", of: ErrorBodyFormat.CodeType.self) }) {
            format.codeType = type
        }
        if let form = fields[.codeForm].flatMap({ choice($0, "errorBody.codeForm", of: ErrorBodyFormat.CodeForm.self) }) {
            format.codeForm = form
        }
        if let extra = fields[.fields] {
            if let mapping = extra.mapping {
                for (key, value) in mapping {
                    guard let name = key.scalar?.string, !name.isEmpty else {
                        yaml.report("an error body field needs a name", at: key)
                        continue
                    }
                    if let path = fieldPath(value, "errorBody.fields.\(name)") {
                        format.fields.append(BodyField(name: name, path: path))
                    }
                }
            } else if !yaml.isNull(extra) {
                yaml.report("expected 'errorBody.fields' to be a mapping of field names to paths (request_id: error.request_id)", at: extra)
            }
        }
        return format
    }

    /// A path (`error.code`, `errors[0].code`, `error.details[@type$=ErrorInfo].reason`; `\.` for
    /// a dot inside a key).
    private mutating func fieldPath(_ node: Node, _ key: String) -> FieldPath? {
        guard let text = yaml.nonEmptyString(node, key) else { return nil }
        guard let path = FieldPath(parsing: text) else {
            yaml.report(
                "'\(key)' is not a path: keys joined with dots, none empty, a list step after a key as [], [n] or [key$=suffix] (write \\. for a dot and \\[ for a bracket inside a key)",
                at: node)
            return nil
        }
        return path
    }

    /// One of the values of `Choice` (its raw values, listed in the error).
    private mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, of _: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let text = yaml.nonEmptyString(node, key) else { return nil }
        guard let value = Choice(rawValue: text) else {
            let names = Choice.allCases.map(\.rawValue)
            yaml.report("unknown \(key) '\(text)'; expected \(names.dropLast().joined(separator: ", ")) or \(names.last!)", at: node)
            return nil
        }
        return value
    }

    private mutating func modules(_ node: Node) -> [Module] {
        var modules: [Module] = []
        var seen: [String: Node] = [:]
        for item in yaml.sequence(node, "modules") {
            let module: Module?
            if item.mapping != nil {
                guard let fields = yaml.mapping(item, SpecKeys.module, what: "a module") else { continue }
                if let name = yaml.requiredString(fields, "name", in: item) {
                    module = Module(
                        name: name, swiftName: fields[.swiftName].flatMap { yaml.optionalString($0, "swiftName") },
                        localized: fields[.localized].map {
                            translations($0, of: "module '\(name)'") { yaml, node, key in yaml.nonEmptyString(node, key) }
                        } ?? [:])
                } else {
                    module = nil
                }
            } else {
                module = yaml.nonEmptyString(item, "module name").map { Module(name: $0) }
            }
            guard var module else { continue }
            module.location = yaml.location(item)
            if let first = seen[module.name] {
                yaml.report("module '\(module.name)' is listed twice (first at \(yaml.position(first)))", at: item)
                continue
            }
            seen[module.name] = item
            modules.append(module)
        }
        return modules
    }

    private mutating func entries(_ node: Node) -> [Entry] {
        var entries: [Entry] = []
        var seen: [String: Node] = [:]
        for item in yaml.sequence(node, "entries") {
            guard let entry = entry(item) else { continue }
            if let first = seen[entry.code] {
                yaml.report("duplicate code '\(entry.code)' (first defined at \(yaml.position(first))); list its rows as variants of one entry", at: item)
                continue
            }
            seen[entry.code] = item
            entries.append(entry)
        }
        return entries
    }

    private mutating func entry(_ node: Node) -> Entry? {
        guard let fields = yaml.mapping(node, SpecKeys.entry, what: "an entry") else { return nil }
        guard let code = yaml.requiredString(fields, "code", in: node) else { return nil }
        var variants: [Variant] = []
        if let list = fields[.variants] {
            for key in SpecKeys.variant where fields[key] != nil {
                yaml.report("'\(key)' of code '\(code)' belongs inside its variants when 'variants' is given", at: fields[key]!)
            }
            let items = yaml.sequence(list, "variants")
            if items.isEmpty, list.sequence != nil {
                yaml.report("code '\(code)' has an empty 'variants' list", at: list)
            }
            for item in items {
                guard let variantFields = yaml.mapping(item, SpecKeys.variant, what: "a variant") else { continue }
                if let variant = variant(variantFields, node: item, code: code) { variants.append(variant) }
            }
        } else if let variant = variant(fields, node: node, code: code) {
            variants.append(variant)
        }
        return Entry(
            code: code,
            module: fields[.module].flatMap { yaml.optionalString($0, "module") },
            variants: variants,
            swiftName: fields[.swiftName].flatMap { yaml.optionalString($0, "swiftName") },
            deprecated: fields[.deprecated].flatMap { yaml.bool($0, "deprecated") },
            retryable: fields[.retryable].flatMap { yaml.bool($0, "retryable") },
            remarks: fields[.remarks].flatMap { yaml.optionalString($0, "remarks") },
            location: yaml.location(node)
        )
    }

    private mutating func variant(_ fields: Node.Mapping, node: Node, code: String) -> Variant? {
        guard let messageNode = fields[.message] else {
            yaml.report("code '\(code)' has no 'message'", at: node)
            return nil
        }
        // May be empty (`message: ""`): a page may document a row without any message text.
        guard let message = yaml.scalar(messageNode, "message") else { return nil }
        return Variant(
            message: message,
            description: fields[.description].flatMap { yaml.optionalString($0, "description") } ?? "",
            solution: fields[.solution].flatMap { yaml.optionalString($0, "solution") } ?? "",
            statuses: fields[.status].map { yaml.statuses($0) } ?? [],
            alternativeMessages: fields[.alternativeMessages].map { alternativeMessages($0, message: message, code: code) } ?? [],
            columns: fields[.columns].map { columns($0, code: code) } ?? [],
            localized: fields[.localized].map {
                translations($0, of: "code '\(code)'") { yaml, node, key in
                    guard let texts = yaml.mapping(node, SpecKeys.variantTranslation, what: "'\(key)'") else { return nil }
                    return VariantTranslation(
                        description: texts[.description].flatMap { yaml.optionalString($0, "\(key).description") },
                        solution: texts[.solution].flatMap { yaml.optionalString($0, "\(key).solution") })
                }
            } ?? [:]
        )
    }

    /// The row's other columns: a mapping of column names (one line each) to values (Markdown, not
    /// empty), in order.
    private mutating func columns(_ node: Node, code: String) -> [Column] {
        if yaml.isNull(node) { return [] }
        guard let mapping = node.mapping else {
            yaml.report("expected 'columns' of code '\(code)' to be a mapping of column names to values (Type: Client error)", at: node)
            return []
        }
        var columns: [Column] = []
        var seen: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, !name.isEmpty, !name.contains(where: \.isNewline) else {
                yaml.report("a column name of code '\(code)' must be one line of text", at: key)
                continue
            }
            if let first = seen[name] {
                yaml.report("duplicate column '\(name)' (first at \(yaml.position(first)))", at: key)
                continue
            }
            seen[name] = key
            guard let text = yaml.nonEmptyString(value, "columns.\(name)") else { continue }
            columns.append(Column(name: name, value: text))
        }
        return columns
    }

    /// A list of other wire messages of the row: each non-empty, none repeating the message or
    /// another one.
    private mutating func alternativeMessages(_ node: Node, message: String, code: String) -> [String] {
        var messages: [String] = []
        for item in yaml.sequence(node, "alternativeMessages") {
            guard let text = yaml.nonEmptyString(item, "alternativeMessages") else { continue }
            if text == message || messages.contains(text) {
                yaml.report("the message \(text.debugDescription) of code '\(code)' is listed twice", at: item)
                continue
            }
            messages.append(text)
        }
        return messages
    }

    private mutating func notes(_ node: Node) -> [Note] {
        yaml.sequence(node, "notes").compactMap { item in
            if item.mapping != nil {
                guard let fields = yaml.mapping(item, SpecKeys.note, what: "a note") else { return nil }
                guard let text = yaml.requiredString(fields, "text", in: item) else { return nil }
                return Note(
                    label: fields[.label].flatMap { yaml.optionalString($0, "label") } ?? "", text: text,
                    localized: fields[.localized].map {
                        translations($0, of: "a note") { yaml, node, key in
                            guard let texts = yaml.mapping(node, SpecKeys.noteTranslation, what: "'\(key)'") else { return nil }
                            return NoteTranslation(
                                label: texts[.label].flatMap { yaml.optionalString($0, "\(key).label") },
                                text: texts[.text].flatMap { yaml.optionalString($0, "\(key).text") })
                        }
                    } ?? [:])
            }
            return yaml.nonEmptyString(item, "note").map { Note(text: $0) }
        }
    }

    /// `locales`: a mapping of BCP 47 tags to `{source: URL}` (or nothing), in order.
    private mutating func locales(_ node: Node) -> [CatalogLocale] {
        if yaml.isNull(node) { return [] }
        guard let mapping = node.mapping else {
            yaml.report("expected 'locales' to be a mapping of language tags to their pages (zh-Hans: {source: URL})", at: node)
            return []
        }
        var locales: [CatalogLocale] = []
        var seen: [String: Node] = [:]
        for (key, value) in mapping {
            guard let tag = key.scalar?.string, !tag.isEmpty else {
                yaml.report("a locale needs a language tag (such as zh-Hans)", at: key)
                continue
            }
            if let first = seen[tag] {
                yaml.report("locale '\(tag)' is listed twice (first at \(yaml.position(first)))", at: key)
                continue
            }
            seen[tag] = key
            var locale = CatalogLocale(tag: tag, location: yaml.location(key))
            if !yaml.isNull(value), let fields = yaml.mapping(value, SpecKeys.locale, what: "locale '\(tag)'") {
                locale.source = fields[.source].flatMap { yaml.optionalString($0, "locales.\(tag).source") }
            }
            locales.append(locale)
        }
        return locales
    }

    /// `localized`: a mapping of language tags to what `value` reads, each tag once.
    private mutating func translations<Value>(
        _ node: Node, of what: String, _ value: (inout YAMLFields, Node, String) -> Value?
    ) -> [String: Value] {
        if yaml.isNull(node) { return [:] }
        guard let mapping = node.mapping else {
            yaml.report("expected 'localized' of \(what) to be a mapping of language tags to translations", at: node)
            return [:]
        }
        var translations: [String: Value] = [:]
        var seen: [String: Node] = [:]
        for (key, item) in mapping {
            guard let tag = key.scalar?.string, !tag.isEmpty else {
                yaml.report("a translation of \(what) needs a language tag (such as zh-Hans)", at: key)
                continue
            }
            if let first = seen[tag] {
                yaml.report("the translation of \(what) into '\(tag)' is given twice (first at \(yaml.position(first)))", at: key)
                continue
            }
            seen[tag] = key
            if let read = value(&yaml, item, "localized.\(tag)") { translations[tag] = read }
        }
        return translations
    }

    /// Every entry's module must be declared; without a `modules` list they are declared by use.
    private mutating func checkModules(_ catalog: inout Catalog, declared: Bool) {
        var known = Set(catalog.modules.map(\.name))
        for entry in catalog.entries {
            guard let module = entry.module, !known.contains(module) else { continue }
            if declared {
                yaml.problems.append(.error("module '\(module)' of code '\(entry.code)' is not listed under 'modules'", at: entry.location))
            } else {
                catalog.modules.append(Module(name: module, location: entry.location))
                known.insert(module)
            }
        }
    }
}
