import ErrataSync
import ErrataModel
import ErrataReaders
import ErrataRenderers
import ErrataSpec

/// Invariants of the readers: no crash, errors are `Diagnostic` / `Diagnostics`, no NUL in cells.
enum ReaderChecks {
    /// The HTML reader and the catalog builder, which is all the front door does with `.html`, and
    /// format detection on the same bytes.
    static func html(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        _ = attempt("FormatDetector.detect", &problems) { try FormatDetector.detect(path: "fuzz", data: bytes) }
        let grids = attempt("HTMLReader.readGrids", &problems) { try HTMLReader.readGrids(data: bytes, path: "fuzz.html") }
        if let grids { problems += cellProblems(grids) + build(grids) }
        return problems
    }

    /// Text, Markdown, RST and AsciiDoc: the reader on the bytes as (repaired) UTF-8, then the front door,
    /// which decodes the bytes its own way (BOM, NUL, CR, invalid UTF-8) before the same reader; for
    /// bytes that decoding leaves as they are, the first pass already did the front door's work.
    static func textFormat(_ bytes: [UInt8], format: InputFormat) -> [String] {
        var problems: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
        let grids = attempt("\(format) reader", &problems) { () throws -> [Grid] in
            switch format {
            case .markdown: try MarkdownReader.readGrids(text: text, path: "fuzz.md")
            case .rst: try RSTReader.readGrids(text: text, path: "fuzz.rst")
            case .asciidoc: try AsciiDocReader.readGrids(text: text, path: "fuzz.adoc")
            default: try TextReader.readGrids(text: text, path: "fuzz.txt")
            }
        }
        if let grids {
            // The front door refuses NUL bytes; a reader given one directly may keep it.
            let hasNUL = text.unicodeScalars.contains("\0")
            if !hasNUL { problems += cellProblems(grids) }
            problems += build(grids, noNUL: !hasNUL)
        }
        if decodesUnchanged(bytes) { return problems }
        problems += frontDoor(bytes, format: format)
        return problems
    }

    /// Whether the front door's text decoding gives the bytes as they are: valid UTF-8 without a
    /// byte-order mark, NUL or CR.
    static func decodesUnchanged(_ bytes: [UInt8]) -> Bool {
        !bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !bytes.contains(0) && !bytes.contains(0x0D)
            && String(validating: bytes, as: UTF8.self) != nil
    }

    /// The spec reader; a spec it accepts must render as Swift (checked) and as a spec that reads back equal.
    static func spec(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        guard let catalog = attempt("SpecReader.read", &problems, { try SpecReader.read(data: bytes, path: "fuzz.yaml") })
        else { return problems }
        problems += SwiftOutputChecks.check(catalog)
        let rendered = attempt("SpecRenderer.render", &problems) { try SpecRenderer.render(CatalogValidator.validate(catalog)) }
        if let rendered {
            let reread = attempt("SpecReader.read(rendered spec)", &problems) {
                try SpecReader.read(data: Array(rendered.utf8), path: "fuzz-rendered.yaml")
            }
            if let reread, reread != catalog {
                problems.append("the rendered spec reads back as a different catalog")
            }
        }
        return problems
    }

    /// Any text as the code blocks of a page: every error body format inferred from it passes the
    /// validator, renders an example body, and that example is inferred back as the same format.
    static func sample(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let catalog = Catalog(service: "Fuzz", entries: [
            Entry(code: "E.1", variants: [Variant(message: "Failed.")]), Entry(code: "42", variants: [Variant(message: "Busy.")]),
        ])
        let blocks = [CodeBlock(text: text, location: SourceLocation(path: "fuzz", line: 1))]
            + CodeBlockFinder.markdown(text, path: "fuzz") + CodeBlockFinder.rst(text, path: "fuzz")
        let formats = ErrorBodyInference.infer(from: blocks, catalog: catalog).formats
        var problems: [String] = []
        var inferred = catalog
        inferred.errorBody = formats.isEmpty ? [.default] : formats
        for problem in CatalogValidator.problems(in: inferred) where problem.severity == .error {
            problems.append("an inferred format is invalid: \(problem.message)")
        }
        for format in formats {
            guard let example = attempt("ErrorBodyText.render", &problems, {
                try ErrorBodyText.render(format, code: "E.1", message: "Failed.")
            }) else { continue }
            let again = ErrorBodyInference.infer(
                from: [CodeBlock(text: example, location: SourceLocation(path: "example"))], catalog: catalog).formats
            if again.first.map({ ($0.syntax, $0.code, $0.message) != (format.syntax, format.code, format.message) }) ?? true {
                problems.append("the example body of an inferred format is not inferred back as that format: \(example)")
            }
        }
        return problems
    }

    /// The builder on the grids; with `noNUL`, a catalog it builds must hold no NUL.
    private static func build(_ grids: [Grid], noNUL: Bool = true) -> [String] {
        var problems: [String] = []
        let catalog = attempt("CatalogBuilder.build", &problems) {
            try CatalogBuilder.build(grids, path: "fuzz", options: .init(service: "Fuzz"))
        }
        if noNUL, let catalog, catalogStrings(catalog).contains(where: { $0.unicodeScalars.contains("\0") }) {
            problems.append("a built catalog holds a NUL")
        }
        return problems
    }

    private static func frontDoor(_ bytes: [UInt8], format: InputFormat) -> [String] {
        var problems: [String] = []
        let catalog = attempt("DocumentReader.read", &problems) {
            try DocumentReader.read(data: bytes, path: "fuzz", options: .init(format: format))
        }
        if let catalog, catalogStrings(catalog).contains(where: { $0.unicodeScalars.contains("\0") }) {
            problems.append("a catalog read through the front door holds a NUL")
        }
        return problems
    }

    static func cellProblems(_ grids: [Grid]) -> [String] {
        for (g, grid) in grids.enumerated() {
            for (r, row) in grid.rows.enumerated() {
                for (c, cell) in row.enumerated() where cell.text.unicodeScalars.contains("\0") || cell.markdown.unicodeScalars.contains("\0") {
                    return ["grid \(g) row \(r) cell \(c) holds a NUL"]
                }
            }
        }
        return []
    }

    static func catalogStrings(_ catalog: Catalog) -> [String] {
        var strings = [catalog.service] + catalog.modules.map(\.name) + catalog.notes.flatMap { [$0.label, $0.text] }
        for entry in catalog.entries {
            strings.append(entry.code)
            strings += entry.variants.flatMap { [$0.message, $0.description, $0.solution] }
        }
        return strings
    }

    /// Runs `body`; an error that is not a `Diagnostic` or `Diagnostics` is recorded as a problem.
    static func attempt<T>(_ what: String, _ problems: inout [String], _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch is Diagnostic {
            return nil
        } catch is Diagnostics {
            return nil
        } catch {
            problems.append("\(what) threw \(type(of: error)), not a Diagnostic: \(error)")
            return nil
        }
    }
}
