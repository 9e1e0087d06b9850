import ErrataModel

/// Reads a page's text rendering: `|`-separated tables (`TextReader`) and the first line as title.
/// The rendering has no markup for code blocks, so its whole text is one block: a sample response
/// is found wherever it is.
public enum TextPageReader: PageReader {
    public static func read(_ page: PageInput) throws -> PageContent {
        try page.readText(
            grids: TextReader.readGrids(text:path:),
            codeBlocks: { text, path in [CodeBlock(text: text, location: SourceLocation(path: path, line: 1))] },
            title: PageTitle.text(_:))
    }
}
