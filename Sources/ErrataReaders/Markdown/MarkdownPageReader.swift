/// Reads a Markdown or MDX page: pipe tables, raw HTML tables and error lists (`MarkdownReader`, in
/// the error layout the recipe gives), fenced code blocks, the front matter's title or the first
/// heading.
public enum MarkdownPageReader: PageReader {
    public static func read(_ page: PageInput) throws -> PageContent {
        try page.readText(
            grids: { try MarkdownReader.readGrids(text: $0, path: $1, errorLayout: page.errorLayout) }, codeBlocks: CodeBlockFinder.markdown(_:path:),
            title: PageTitle.markdown(_:))
    }
}
