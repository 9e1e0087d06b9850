import ErrataModel

/// Size limits of the text-format readers (text rendering, Markdown, RST), checked before any
/// parsing so that a hostile or damaged input gives a clear diagnostic instead of minutes of work.
///
/// Real documentation pages in these formats are well under 2 MB; the HTML reader's cell
/// limit (10 MB) applies to lines here, since no cell of a line-based table is longer than
/// the line it starts on (in Markdown) or much longer than a few lines.
public enum TextInputLimits {
    /// The largest text, Markdown or RST input accepted, in UTF-8 bytes (16 MB).
    public static let maximumInputBytes = 16 * 1024 * 1024
    /// The longest line accepted, in UTF-8 bytes (10 MB, the HTML reader's cell limit).
    public static let maximumLineBytes = 10 * 1024 * 1024

    /// Throws a `Diagnostic` when `text` is larger than `maximumInputBytes` or has a line
    /// longer than `maximumLineBytes` (located at that line).
    public static func check(_ text: String, path: String) throws {
        let size = text.utf8.count
        guard size <= maximumInputBytes else {
            throw Diagnostic.error(
                "the input is \(size) bytes; text, Markdown and RST inputs are limited to 16 MB",
                at: SourceLocation(path: path))
        }
        guard size > maximumLineBytes else { return }
        var text = text
        let longLine: Int? = text.withUTF8 { bytes in
            var line = 1
            var lineStart = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                if index - lineStart > maximumLineBytes { return line }
                line += 1
                lineStart = index + 1
            }
            return bytes.count - lineStart > maximumLineBytes ? line : nil
        }
        if let longLine {
            throw Diagnostic.error(
                "line \(longLine) is longer than 10 MB; a table line or cell may hold at most 10 MB of text",
                at: SourceLocation(path: path, line: longLine, column: 1))
        }
    }
}
