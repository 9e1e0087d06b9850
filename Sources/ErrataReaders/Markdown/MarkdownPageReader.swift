/// Reads a Markdown page: pipe tables and error lists (`MarkdownReader`), fenced code blocks, the
/// first heading.
public enum MarkdownPageReader: PageReader {
    public static func read(_ page: PageInput) throws -> PageContent {
        try page.readText(
            grids: MarkdownReader.readGrids(text:path:), codeBlocks: CodeBlockFinder.markdown(_:path:),
            title: PageTitle.markdown(_:))
    }
}
