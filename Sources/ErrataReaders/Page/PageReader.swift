import ErrataSpec
import ErrataModel
/// Reads a documentation page of one format into the parts a catalog is built from.
///
/// Every page format has one conforming type in its own folder (`HTMLPageReader`,
/// `MarkdownPageReader`, `RSTPageReader`, `AsciiDocPageReader`, `TextPageReader`), and `DocumentReader.pageReader(for:)`
/// is the table from `InputFormat` to that type. A spec is not a page: `SpecReader` reads it into
/// a catalog directly.
public protocol PageReader {
    /// The page's tables, code blocks and title. Throws a `Diagnostic` (or `Diagnostics`) for input
    /// the format cannot be read from.
    static func read(_ page: PageInput) throws -> PageContent
}

/// A page as its reader gets it: the file's bytes and its path (for locations).
public struct PageInput: Sendable {
    public var data: [UInt8]
    public var path: String
    /// How the spec's recipe says errors are written on this page (`ReadingRecipe.errors`), nil
    /// when it does not say. `.tables`: the reader need not look for error lists. A list form: the
    /// reader takes that form's entries as errors even where its own tests would not (no status
    /// line, no heading speaking of errors), as long as the name is code-shaped.
    public var errorLayout: ReadingRecipe.ErrorLayout?

    public init(data: [UInt8], path: String, errorLayout: ReadingRecipe.ErrorLayout? = nil) {
        self.data = data
        self.path = path
        self.errorLayout = errorLayout
    }

    /// The page as text, for the formats read as UTF-8 text (`TextInput.decode`): a byte-order
    /// mark skipped, CRLF and lone CR line ends made LF; a NUL byte or bytes that are not UTF-8
    /// are an error at their line and column.
    public func text() throws -> String {
        try TextInput.decode(data, path: path)
    }

    /// The content of a page of a text format: its `text()`, and the format's functions of that
    /// text and the path for each part.
    func readText(
        grids: (_ text: String, _ path: String) throws -> [Grid],
        codeBlocks: (_ text: String, _ path: String) -> [CodeBlock],
        title: (_ text: String) -> String?
    ) throws -> PageContent {
        let text = try text()
        return PageContent(grids: try grids(text, path), codeBlocks: codeBlocks(text, path), title: title(text))
    }
}

/// What a page reader finds on a page.
public struct PageContent: Sendable {
    /// Every table of the page (and every error list read as a table), as grids, in page order.
    public var grids: [Grid]
    /// The page's code blocks, where sample error responses are (`ErrorBodyInference`).
    public var codeBlocks: [CodeBlock]
    /// The page's title (`PageTitle`), when it has one.
    public var title: String?

    public init(grids: [Grid], codeBlocks: [CodeBlock], title: String?) {
        self.grids = grids
        self.codeBlocks = codeBlocks
        self.title = title
    }
}
