import ErrataModel
import ErrataReaders
import Foundation

/// The front door of the readers: any supported input file to a catalog.
public enum DocumentReader {
    /// The largest input accepted, in bytes.
    public static let maximumSize = 256 << 20

    public struct Options: Sendable {
        /// The input's format; detected from the name and contents when nil.
        public var format: InputFormat?
        /// Which tables of the page hold the codes (0-based); every error table when empty.
        public var tableIndices: [Int]
        /// The service name for inputs that are not specs; when nil, the page's title without the
        /// words every error page has (`PageTitle.serviceName`), else the file's base name.
        public var service: String?
        /// The page's URL, recorded as the catalog's source, for inputs that are not specs.
        public var source: String?

        public init(format: InputFormat? = nil, tableIndices: [Int] = [], service: String? = nil, source: String? = nil) {
            self.format = format
            self.tableIndices = tableIndices
            self.service = service
            self.source = source
        }
    }

    public static func read(contentsOf path: String, options: Options = .init()) throws -> Catalog {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read the input (no such file, or not readable)", at: SourceLocation(path: path))
        }
        return try read(data: Array(data), path: path, options: options)
    }

    public static func read(data: [UInt8], path: String, options: Options = .init()) throws -> Catalog {
        try readPage(data: data, path: path, options: options).catalog
    }

    /// A page's catalog and what was inferred from the page beyond its table.
    public struct Page: Sendable {
        public var catalog: Catalog
        /// The error body formats of the page's sample responses (`ErrorBodyInference`), in page
        /// order, with where each was found; empty for a spec or a page without a sample. When
        /// there is one, `catalog.errorBody` holds it.
        public var inferredBody: ErrorBodyInference.Result
        /// The tables the catalog was read from (empty for a spec), and how many the page has.
        public var tables: [CatalogBuilder.TableRead] = []
        public var tableCount = 0
        /// What the readers found suspicious (located warnings); the catalog is read anyway.
        public var warnings: [Diagnostic] = []
        /// The page's title, when it has one.
        public var title: String?
    }

    public static func readPage(contentsOf path: String, options: Options = .init()) throws -> Page {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read the input (no such file, or not readable)", at: SourceLocation(path: path))
        }
        return try readPage(data: Array(data), path: path, options: options)
    }

    public static func readPage(data: [UInt8], path: String, options: Options = .init()) throws -> Page {
        guard data.count <= maximumSize else {
            throw Diagnostic.error("the input is \(data.count) bytes; the limit is \(maximumSize)", at: SourceLocation(path: path))
        }
        let format = try options.format ?? FormatDetector.detect(path: path, data: data)
        if format == .spec {
            return Page(catalog: try SpecReader.read(data: data, path: path), inferredBody: .init(formats: [], sources: []))
        }
        let document = try readDocument(data: data, path: path, format: format)
        let service = options.service ?? document.title.flatMap(PageTitle.serviceName(fromTitle:)) ?? Path.baseName(path)
        let builderOptions = CatalogBuilder.Options(
            service: service, source: options.source, tableIndices: options.tableIndices)
        let built = try CatalogBuilder.buildWithTables(document.grids, path: path, options: builderOptions)
        var catalog = built.catalog
        let inferred = ErrorBodyInference.infer(from: document.codeBlocks, catalog: catalog)
        if !inferred.formats.isEmpty { catalog.errorBody = inferred.formats }
        return Page(
            catalog: catalog, inferredBody: inferred, tables: built.tables, tableCount: built.tableCount,
            warnings: built.warnings, title: document.title)
    }

    static func readGrids(data: [UInt8], path: String, format: InputFormat) throws -> [Grid] {
        try readDocument(data: data, path: path, format: format).grids
    }

    /// The page's tables and its code blocks (where sample responses are); the whole text of a
    /// text rendering is one block, since it has no markup for them.
    static func readDocument(
        data: [UInt8], path: String, format: InputFormat
    ) throws -> (grids: [Grid], codeBlocks: [CodeBlock], title: String?) {
        if format == .html {
            // Markdown files that wrap HTML tables are read as HTML; their samples are fenced
            // blocks and their title a Markdown heading.
            let page = try HTMLReader.read(data: data, path: path)
            let text = String(decoding: data, as: UTF8.self)
            let fenced = CodeBlockFinder.markdown(text, path: path)
            return (page.grids, page.codeBlocks + fenced, page.title ?? PageTitle.markdown(text))
        }
        let text = try TextInput.decode(data, path: path)
        switch format {
        case .text:
            let whole = CodeBlock(text: text, location: SourceLocation(path: path, line: 1))
            return (try TextReader.readGrids(text: text, path: path), [whole], PageTitle.text(text))
        case .markdown:
            return (try MarkdownReader.readGrids(text: text, path: path), CodeBlockFinder.markdown(text, path: path), PageTitle.markdown(text))
        case .rst:
            return (try RSTReader.readGrids(text: text, path: path), CodeBlockFinder.rst(text, path: path), PageTitle.rst(text))
        case .html, .spec: preconditionFailure("handled above")
        }
    }
}

extension DocumentReader.Page {
    /// Which tables were read, when the page has more than one: `note: read 2 of 3 tables: table 0
    /// at line 5 ("Vision errors", 12 codes), …` (`--table N` picks others).
    public var tableNotes: [Diagnostic] {
        guard tableCount > 1, let path = tables.first?.location?.path else { return [] }
        let list = tables.map { table in
            var details: [String] = []
            if let caption = table.caption { details.append("\u{201C}\(caption)\u{201D}") }
            details.append(table.codeCount == 1 ? "1 code" : "\(table.codeCount) codes")
            let line = table.location?.line.map { " at line \($0)" } ?? ""
            return "table \(table.index)\(line) (\(details.joined(separator: ", ")))"
        }
        let count = "\(tables.count) of \(tableCount) tables"
        return [Diagnostic(.note, "read \(count): \(list.joined(separator: ", ")); --table N reads others", at: SourceLocation(path: path))]
    }
}
