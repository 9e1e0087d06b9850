/// Reads an AsciiDoc page: tables, definition lists and error sections (`AsciiDocReader`),
/// listing and literal blocks, the document title.
public enum AsciiDocPageReader: PageReader {
    public static func read(_ page: PageInput) throws -> PageContent {
        try page.readText(
            grids: { try AsciiDocReader.readGrids(text: $0, path: $1, errorLayout: page.errorLayout) },
            codeBlocks: CodeBlockFinder.asciidoc(_:path:), title: PageTitle.asciidoc(_:))
    }
}
