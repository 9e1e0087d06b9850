/// Reads an HTML page or fragment (and a Markdown file given as `--format html`).
public enum HTMLPageReader: PageReader {
    /// The page's tables (`HTMLReader`), its `<pre>` blocks and then its fenced Markdown blocks,
    /// and its `<title>` or first `<h1>`, else its first Markdown heading.
    public static func read(_ page: PageInput) throws -> PageContent {
        let html = try HTMLReader.read(data: page.data, path: page.path, errorLayout: page.errorLayout)
        // A Markdown file wrapping HTML tables has its samples in fenced blocks and its title in a
        // Markdown heading. The page is decoded as text only when it may have either.
        return PageContent(
            grids: html.grids,
            codeBlocks: html.codeBlocks + CodeBlockFinder.markdown(bytes: page.data, path: page.path),
            title: html.title ?? PageTitle.markdown(String(decoding: page.data, as: UTF8.self)))
    }
}
