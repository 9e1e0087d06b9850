import ErrataModel
import ErrataRenderers
import Foundation

/// Invariants of `SwiftRenderer` output that need no compiler.
///
/// The catalog is rendered twice: as given, and as a reference catalog of the same shape whose
/// every string is a unique marker. Lexed (`SwiftSourceLexer`), both renderings must have the same
/// tokens except that (1) each string literal of the real rendering equals the input string the
/// reference's marker stands for (or the reference's constant text), (2) identifiers may differ
/// but must be ASCII `[A-Za-z_][A-Za-z0-9_]*` and no keyword, and (3) the raw error-table literal
/// reads back through the runtime as exactly the catalog's codes, modules, flags and variants
/// (`TableLiteralCheck`), and the raw literal of the translations as exactly its translated texts
/// (`TranslationLiteralCheck`). Comments must not
/// hold a line break or an invisible character; code outside literals and comments is ASCII.
public enum SwiftOutputChecks {
    public static func check(_ catalog: Catalog) -> [String] {
        var problems: [String] = []
        guard let files = ReaderChecks.attempt("SwiftRenderer.render", &problems, {
            try SwiftRenderer.render(CatalogValidator.validate(catalog), options: options)
        })
        else { return problems }
        let (reference, markers) = referenceCatalog(for: catalog)
        guard let referenceFiles = ReferenceRenderings.shared.files(for: reference) else {
            return problems + ["the reference catalog does not render, the input one does"]
        }
        guard files.map(\.path) == referenceFiles.map(\.file.path) else { return ["file names depend on the input"] }
        for (file, referenceFile) in zip(files, referenceFiles) {
            // A file equal to its reference holds no input text: nothing of the input to check in it.
            if file.contents == referenceFile.file.contents { continue }
            problems += compare(file, referenceFile.lexed, markers: markers, catalog: catalog).map { "\(file.path): \($0)" }
            if !problems.isEmpty { break }
        }
        return problems
    }

    /// The shared runtime mode: the embedded mode adds the runtime's files, which depend on the
    /// type prefix alone (`SwiftGoldenTests` checks them).
    static let options = SwiftRenderOptions(typePrefix: "Fz", specPath: "fuzz.yaml", runtime: .shared)

    /// Violations in one file, compared with the same file rendered from the reference catalog.
    static func compare(_ file: RenderedFile, _ referenceFile: RenderedFile, markers: [String: String], catalog: Catalog) -> [String] {
        compare(file, SwiftSourceLexer(referenceFile.contents), markers: markers, catalog: catalog)
    }

    /// Violations in one file, compared with the lexed file of the reference catalog.
    static func compare(_ file: RenderedFile, _ expected: SwiftSourceLexer, markers: [String: String], catalog: Catalog) -> [String] {
        let lexed = SwiftSourceLexer(file.contents)
        var problems = lexed.problems
        if !expected.problems.isEmpty { problems.append("the reference rendering does not lex: \(expected.problems[0])") }
        for comment in lexed.comments where comment.unicodeScalars.contains(where: isForbiddenInComment) {
            problems.append("a comment line holds a line break or invisible character: \(comment.debugDescription)")
        }
        guard lexed.tokens.count == expected.tokens.count else {
            return problems + ["\(lexed.tokens.count) tokens, the reference has \(expected.tokens.count): code depends on the input"]
        }
        var rawLiterals = 0
        for (token, reference) in zip(lexed.tokens, expected.tokens) {
            switch (token, reference) {
            case let (.literal(value), .literal(referenceValue)):
                let wanted = markers[referenceValue] ?? referenceValue
                if value != wanted { problems.append("literal \(value.debugDescription) should be \(wanted.debugDescription)") }
            case let (.rawLiteral(value), .rawLiteral):
                // The error table's file holds the table, then, with translations, theirs.
                problems += rawLiterals == 0
                    ? TableLiteralCheck.problems(value, catalog: catalog) : TranslationLiteralCheck.problems(value, catalog: catalog)
                rawLiterals += 1
            case let (.identifier(name), .identifier(referenceName)):
                if name != referenceName, swiftKeywords.contains(name) { problems.append("identifier \(name) is a keyword") }
            default:
                if token != reference { problems.append("token \(token) where the reference has \(reference)") }
            }
            if problems.count > 5 { break }
        }
        return problems
    }

    /// The catalog with every string replaced by a unique marker, and the markers' meanings.
    static func referenceCatalog(for catalog: Catalog) -> (Catalog, [String: String]) {
        var markers: [String: String] = [:]
        func marker(_ kind: String, _ text: String) -> String {
            let name = "ZqZ\(kind)\(markers.count)"
            markers[name] = text
            return name
        }
        func marked(_ path: FieldPath) -> FieldPath {
            FieldPath(steps: path.steps.map { step in step.key.map { .key(marker("F", $0)) } ?? step })
        }
        var reference = Catalog(
            service: marker("S", catalog.service), source: catalog.source.map { marker("U", $0) },
            errorBody: catalog.errorBody.map { format in
                var format = format
                format.code = marked(format.code)
                format.message = marked(format.message)
                format.fields = format.fields.map { BodyField(name: marker("F", $0.name), path: marked($0.path)) }
                return format
            })
        // Locales keep their order; the texts of variant translations are only in the raw literal
        // of the translations, checked against the catalog itself, so the reference needs none.
        // Language tags stay BCP 47 tags, as the validator wants: `zq-ZqZL` and the tag's place.
        func tagMarker(_ index: Int, _ tag: String) -> String {
            let name = "zq-ZqZL\(index)"
            markers[name] = tag
            return name
        }
        reference.language = catalog.language.map { tagMarker(0, $0) }
        reference.locales = catalog.locales.enumerated().map { CatalogLocale(tag: tagMarker($0.offset + 1, $0.element.tag)) }
        var moduleMarkers: [String: String] = [:]
        for module in catalog.modules {
            let name = marker("M", module.name)
            moduleMarkers[module.name] = name
            var localized: [String: String] = [:]
            for (locale, referenceLocale) in zip(catalog.locales, reference.locales) {
                if let translated = module.localized[locale.tag], !translated.isEmpty {
                    localized[referenceLocale.tag] = marker("M", translated)
                }
            }
            reference.modules.append(Module(name: name, localized: localized))
        }
        for entry in catalog.entries {
            let module = entry.module.map { moduleMarkers[$0] ?? marker("M", $0) }
            let variants = entry.variants.map {
                Variant(
                    message: marker("V", $0.message), description: marker("D", $0.description), solution: marker("O", $0.solution),
                    statuses: $0.statuses, alternativeMessages: $0.alternativeMessages.map { marker("A", $0) },
                    columns: $0.columns.map { Column(name: marker("N", $0.name), value: marker("W", $0.value)) })
            }
            reference.entries.append(Entry(
                code: marker("C", entry.code), module: module, variants: variants,
                deprecated: entry.deprecated, retryable: entry.retryable, remarks: entry.remarks.map { marker("R", $0) }))
        }
        return (reference, markers)
    }

    /// Line breaks (Swift's and Unicode's), controls other than tab, bidi and zero-width characters.
    static func isForbiddenInComment(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x200B...0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    static let swiftKeywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch",
        "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super",
        "throws", "true", "try", "_", "Type", "Protocol", "package", "some", "any",
    ]
}
