import ErrataSpec
import ErrataModel
import Foundation

/// The front door of the readers: any supported input file to a catalog.
///
/// The format (given, or guessed by `FormatDetector`) picks the page's reader from
/// `pageReader(for:)`; the reader gives the page's tables, code blocks and title
/// (`PageContent`), and the front door builds the catalog from them (`CatalogBuilder`), infers the
/// error body format from the code blocks (`ErrorBodyInference`) and names the service after the
/// title (`PageTitle`). A spec is read by `SpecReader`. Jobs read a file through
/// `CatalogStage.page(at:options:)`, which reads it once, calls this and validates the catalog.
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
        /// How the page is read, as the spec remembers it (tables, column roles, error layout);
        /// `tableIndices` and `format` given here add to it and win over it.
        public var recipe: ReadingRecipe

        public init(
            format: InputFormat? = nil, tableIndices: [Int] = [], service: String? = nil, source: String? = nil,
            recipe: ReadingRecipe = ReadingRecipe()
        ) {
            self.format = format
            self.tableIndices = tableIndices
            self.service = service
            self.source = source
            self.recipe = recipe
        }
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
        /// What the readers found suspicious (located warnings), and a note when the service is
        /// named after the file; the catalog is read anyway.
        public var warnings: [Diagnostic] = []
        /// The page's title, when it has one.
        public var title: String?
    }

    public static func readPage(data: [UInt8], path: String, options: Options = .init()) throws -> Page {
        guard data.count <= maximumSize else {
            throw Diagnostic.error("the input is \(data.count) bytes; the limit is \(maximumSize)", at: SourceLocation(path: path))
        }
        // A recipe says how a page is read; a file named as a spec is read as one whatever it says.
        let named = FormatDetector.format(ofName: path)
        let format = try options.format ?? (named == .spec ? .spec : options.recipe.format)
            ?? FormatDetector.detect(path: path, data: data)
        guard let reader = pageReader(for: format) else {
            return Page(catalog: try SpecReader.read(data: data, path: path), inferredBody: .init(formats: [], sources: []))
        }
        let content = try reader.read(PageInput(data: data, path: path, errorLayout: options.recipe.errors))
        let titled = options.service ?? content.title.flatMap(PageTitle.serviceName(fromTitle:))
        let service = titled ?? FileName.stem(path)
        let builderOptions = CatalogBuilder.Options(
            service: service, source: options.source, tableIndices: options.tableIndices, recipe: options.recipe)
        let built = try CatalogBuilder.buildWithTables(content.grids, path: path, options: builderOptions)
        var catalog = built.catalog
        let inferred = ErrorBodyInference.infer(from: content.codeBlocks, catalog: catalog)
        if !inferred.formats.isEmpty { catalog.errorBody = inferred.formats }
        // The service named after the file is said, so a user who wants another name knows how.
        let naming = titled != nil ? [] : [Diagnostic(
            .note,
            (content.title.map { "the page's title \($0.debugDescription) names no service" } ?? "the page has no title")
                + "; the service is named after the file: \(service.debugDescription) (--service NAME names it)",
            at: SourceLocation(path: path))]
        return Page(
            catalog: catalog, inferredBody: inferred, tables: built.tables, tableCount: built.tableCount,
            warnings: naming + built.warnings, title: content.title)
    }

    /// The reader of each page format; nil for a spec, which is a catalog already (`SpecReader`).
    /// A new format is a case of `InputFormat`, its reader in a folder of its own, and its line here.
    public static func pageReader(for format: InputFormat) -> (any PageReader.Type)? {
        switch format {
        case .spec: nil
        case .html: HTMLPageReader.self
        case .text: TextPageReader.self
        case .markdown: MarkdownPageReader.self
        case .rst: RSTPageReader.self
        case .asciidoc: AsciiDocPageReader.self
        }
    }
}

extension DocumentReader.Options {
    /// These options for reading the page of `spec`: its recipe amended by this one's (options
    /// given on the command line win), and its service name unless one is given.
    public func forPage(of spec: Catalog) -> Self {
        var options = self
        options.recipe = spec.reading.amended(by: recipe)
        if options.service == nil { options.service = spec.service }
        return options
    }
}

extension DocumentReader.Page {
    /// How each table read was chosen and each of its columns given its role (`--explain`): one
    /// note per table, at the table, listing its columns, so the user knows what a recipe would say.
    public var explanation: [Diagnostic] {
        tables.map { table in
            var lines: [String] = []
            let caption = table.caption.map { " (\u{201C}\($0)\u{201D})" } ?? ""
            lines.append("read table \(table.index)\(caption): \(table.codeCount == 1 ? "1 code" : "\(table.codeCount) codes")")
            for column in table.columns {
                let what = if let role = column.role {
                    "\(role.rawValue) (\(column.detail))"
                } else if column.reason == .kept {
                    "no role, kept as each row's columns"
                } else {
                    "ignored (\(column.detail))"
                }
                lines.append("  column \(column.position) \(column.header.debugDescription): \(what)")
            }
            return Diagnostic(.note, lines.joined(separator: "\n"), at: table.location)
        }
    }

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
