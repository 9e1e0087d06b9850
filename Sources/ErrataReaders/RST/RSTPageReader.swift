/// Reads a reStructuredText page: grid tables and list-tables (`RSTReader`), code blocks and
/// literal blocks, the first section title.
public enum RSTPageReader: PageReader {
    public static func read(_ page: PageInput) throws -> PageContent {
        try page.readText(
            grids: RSTReader.readGrids(text:path:), codeBlocks: CodeBlockFinder.rst(_:path:), title: PageTitle.rst(_:))
    }
}
