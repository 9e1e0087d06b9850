import ErrataModel

/// Reads the tables of an HTML page or fragment (also a raw HTML table block of a Markdown page,
/// `MarkdownHTMLBlock`).
///
/// Parsing is libxml2's HTML parser in push (SAX) mode: no document tree is built. The page is
/// read as UTF-8 unless it declares another charset in `<meta charset>` / `http-equiv`.
public enum HTMLReader {
    /// Every `<table>` of the page or fragment, and every error list without a table (`<dl>` terms,
    /// a heading per error or bullet items, see `HTMLErrorListCollector`), as grids, in document order.
    ///
    /// Nested tables are grids of their own (their text also appears in the outer cell).
    /// Throws a `Diagnostic` for input that is not valid in its encoding, holds a NUL byte,
    /// ends inside a table, has a cell over 10 MB of text, or is larger than 256 MB.
    public static func readGrids(data: [UInt8], path: String) throws -> [Grid] {
        try read(data: data, path: path).grids
    }

    /// The tables, the preformatted blocks (`<pre>` outside tables: sample responses) and the title.
    /// `firstLineOffset`: lines of the file before `data` (a raw HTML block of a Markdown page),
    /// added to every line reported. `errorLayout`: a recipe's `errors:`, the form of error list
    /// read without the readers' tests (`.tables`: none read).
    public static func read(
        data: [UInt8], path: String, firstLineOffset: Int = 0, errorLayout: ReadingRecipe.ErrorLayout? = nil
    ) throws -> (grids: [Grid], codeBlocks: [CodeBlock], title: String?) {
        let collector = HTMLTableCollector(path: path, errorLayout: errorLayout)
        let parser = HTMLSAXParser(collector: collector, path: path, firstLineOffset: firstLineOffset)
        switch try HTMLInputDecoder.decode(data, path: path) {
        case .original(let start):
            try data.withUnsafeBufferPointer { try parser.parse(UnsafeBufferPointer(rebasing: $0[start...])) }
        case .converted(let utf8):
            try utf8.withUnsafeBufferPointer { try parser.parse($0) }
        }
        return (collector.result, collector.codeBlocks, collector.pageTitle ?? collector.firstHeading)
    }
}
