/// Writes catalog JSON byte for byte as `JSONEncoder` does with `.prettyPrinted`, `.sortedKeys`
/// and `.withoutEscapingSlashes`, without its generic machinery (which cost a fifth of a large
/// page's import time). `CatalogJSONTests` checks the two agree on hostile text and real pages.
struct CatalogJSONWriter {
    private var out: [UInt8] = []
    private var depth = 0

    static func write(_ catalog: Catalog) -> String {
        var writer = CatalogJSONWriter()
        writer.out.reserveCapacity(catalog.entries.count * 512 + 1024)
        writer.catalog(catalog)
        writer.out.append(0x0A)
        return String(decoding: writer.out, as: UTF8.self)
    }

    // MARK: The schema (docs/catalog-json.md), keys in sorted order

    private mutating func catalog(_ catalog: Catalog) {
        begin(0x7B)
        key("entries")
        begin(0x5B)
        for entry in catalog.entries { item(); self.entry(entry) }
        end(0x5D)
        key("errorBody")
        begin(0x5B)
        for format in catalog.errorBody { item(); errorBody(format) }
        end(0x5D)
        if let language = catalog.language { key("language"); string(language) }
        if !catalog.locales.isEmpty {
            key("locales")
            begin(0x5B)
            for locale in catalog.locales {
                item()
                begin(0x7B)
                if let source = locale.source { key("source"); string(source) }
                key("tag"); string(locale.tag)
                end(0x7D)
            }
            end(0x5D)
        }
        key("modules")
        begin(0x5B)
        for module in catalog.modules { item(); self.module(module) }
        end(0x5D)
        key("notes")
        begin(0x5B)
        for note in catalog.notes { item(); self.note(note) }
        end(0x5D)
        if !catalog.reading.isEmpty { key("reading"); reading(catalog.reading) }
        key("service"); string(catalog.service)
        if let source = catalog.source { key("source"); string(source) }
        end(0x7D)
    }

    private mutating func entry(_ entry: Entry) {
        begin(0x7B)
        key("code"); string(entry.code)
        if let deprecated = entry.deprecated { key("deprecated"); bool(deprecated) }
        key("module"); optionalString(entry.module)
        if let remarks = entry.remarks { key("remarks"); string(remarks) }
        if let retryable = entry.retryable { key("retryable"); bool(retryable) }
        if let swiftName = entry.swiftName { key("swiftName"); string(swiftName) }
        key("variants")
        begin(0x5B)
        for variant in entry.variants { item(); self.variant(variant) }
        end(0x5D)
        end(0x7D)
    }

    private mutating func errorBody(_ format: ErrorBodyFormat) {
        begin(0x7B)
        key("code"); string(format.code.description)
        if format.codeForm != .asIs { key("codeForm"); string(format.codeForm.rawValue) }
        key("codeType"); string(format.codeType.rawValue)
        key("fields")
        begin(0x5B)
        for field in format.fields {
            item()
            begin(0x7B)
            key("name"); string(field.name)
            key("path"); string(field.path.description)
            end(0x7D)
        }
        end(0x5D)
        if let header = format.header { key("header"); string(header) }
        if format.kind != .plain { key("kind"); string(format.kind.rawValue) }
        key("message"); string(format.message.description)
        key("syntax"); string(format.syntax.rawValue)
        end(0x7D)
    }

    private mutating func variant(_ variant: Variant) {
        begin(0x7B)
        if !variant.alternativeMessages.isEmpty {
            key("alternativeMessages")
            begin(0x5B)
            for message in variant.alternativeMessages { item(); string(message) }
            end(0x5D)
        }
        if !variant.columns.isEmpty {
            key("columns")
            begin(0x5B)
            for column in variant.columns {
                item()
                begin(0x7B)
                key("name"); string(column.name)
                key("value"); string(column.value)
                end(0x7D)
            }
            end(0x5D)
        }
        key("description"); string(variant.description)
        if !variant.localized.isEmpty {
            key("localized")
            begin(0x7B)
            for tag in variant.localized.keys.sorted() {
                let translation = variant.localized[tag]!
                key(tag)
                begin(0x7B)
                if let description = translation.description { key("description"); string(description) }
                if let solution = translation.solution { key("solution"); string(solution) }
                end(0x7D)
            }
            end(0x7D)
        }
        key("message"); string(variant.message)
        key("solution"); string(variant.solution)
        key("statuses")
        begin(0x5B)
        for status in variant.statuses { item(); raw(String(status)) }
        end(0x5D)
        end(0x7D)
    }

    private mutating func module(_ module: Module) {
        begin(0x7B)
        if !module.localized.isEmpty {
            key("localized")
            begin(0x7B)
            for tag in module.localized.keys.sorted() { key(tag); string(module.localized[tag]!) }
            end(0x7D)
        }
        key("name"); string(module.name)
        if let swiftName = module.swiftName { key("swiftName"); string(swiftName) }
        end(0x7D)
    }

    private mutating func note(_ note: Note) {
        begin(0x7B)
        key("label"); string(note.label)
        if !note.localized.isEmpty {
            key("localized")
            begin(0x7B)
            for tag in note.localized.keys.sorted() {
                let translation = note.localized[tag]!
                key(tag)
                begin(0x7B)
                if let label = translation.label { key("label"); string(label) }
                if let text = translation.text { key("text"); string(text) }
                end(0x7D)
            }
            end(0x7D)
        }
        key("text"); string(note.text)
        end(0x7D)
    }

    private mutating func reading(_ recipe: ReadingRecipe) {
        begin(0x7B)
        if !recipe.columns.isEmpty {
            key("columns")
            begin(0x5B)
            for rule in recipe.columns {
                item()
                begin(0x7B)
                if case .header(let text) = rule.column { key("header"); string(text) }
                if case .position(let position) = rule.column { key("position"); raw(String(position)) }
                key("role"); string(rule.role.rawValue)
                end(0x7D)
            }
            end(0x5D)
        }
        if let errors = recipe.errors { key("errors"); string(errors.rawValue) }
        if let format = recipe.format { key("format"); string(format.rawValue) }
        if !recipe.tables.isEmpty {
            key("tables")
            begin(0x5B)
            for selector in recipe.tables {
                item()
                begin(0x7B)
                switch selector.kind {
                case .caption(let text): key("caption"); string(text)
                case .header(let text): key("header"); string(text)
                case .index(let index): key("index"); raw(String(index))
                }
                end(0x7D)
            }
            end(0x5D)
        }
        end(0x7D)
    }

    // MARK: JSON layout: each item on its own line, indented 2 spaces a level; empty as `[\n\n]`

    /// Per open container: whether it has no item yet.
    private var isEmpty: [Bool] = []

    private mutating func begin(_ open: UInt8) {
        out.append(open)
        depth += 1
        isEmpty.append(true)
    }

    private mutating func end(_ close: UInt8) {
        let wasEmpty = isEmpty.removeLast()
        depth -= 1
        out.append(0x0A)
        if wasEmpty { out.append(0x0A) }
        indent()
        out.append(close)
    }

    /// Starts the next item of the innermost container.
    private mutating func item() {
        if isEmpty[isEmpty.count - 1] {
            isEmpty[isEmpty.count - 1] = false
            out.append(0x0A)
        } else {
            out.append(contentsOf: [0x2C, 0x0A])
        }
        indent()
    }

    private mutating func key(_ name: String) {
        item()
        string(name)
        raw(" : ")
    }

    private mutating func indent() {
        out.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    private mutating func raw(_ text: String) { out.append(contentsOf: text.utf8) }

    private mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    private mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// A JSON string: `"` and `\` escaped, `\b \f \n \r \t`, other C0 controls as `\u00xx`; all else as is.
    private mutating func string(_ text: String) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied at once.
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x08: out.append(contentsOf: [0x5C, 0x62])
                case 0x0C: out.append(contentsOf: [0x5C, 0x66])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(0x22)
    }
}
