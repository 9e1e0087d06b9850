import ErrataModel
import Foundation

/// A block of preformatted text on a documentation page (a fenced or indented code block, an RST
/// `code-block`, an HTML `<pre>`), or the whole text of a page's text rendering: where a page
/// shows a sample error response.
public struct CodeBlock: Hashable, Sendable {
    public var text: String
    /// Where the block's text starts.
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// Finds the code blocks of a Markdown, RST or AsciiDoc page.
public enum CodeBlockFinder {
    /// The largest block kept, in UTF-8 bytes; a sample error body is far smaller.
    static let maximumBlockBytes = 64 * 1024

    /// Fenced blocks (```` ``` ```` or `~~~`, any info string), in document order.
    public static func markdown(_ text: String, path: String) -> [CodeBlock] {
        var blocks: [CodeBlock] = []
        var open: (fence: Substring, start: Int, lines: [Substring])?
        for (index, line) in lines(text).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if var current = open {
                if trimmed.hasPrefix(current.fence), trimmed.allSatisfy({ $0 == current.fence.first || $0 == " " || $0 == "\t" }) {
                    append(current.lines, start: current.start, path: path, to: &blocks)
                    open = nil
                } else {
                    current.lines.append(line)
                    open = current
                }
                continue
            }
            for marker in ["```", "~~~"] where trimmed.hasPrefix(marker) && line.count - trimmed.count < 4 {
                let fence = trimmed.prefix { $0 == marker.first }
                open = (fence, index + 2, [])
                break
            }
        }
        if let current = open { append(current.lines, start: current.start, path: path, to: &blocks) }
        return blocks
    }

    /// `.. code-block::`, `.. code::`, `.. sourcecode::` directives and literal blocks after `::`.
    public static func rst(_ text: String, path: String) -> [CodeBlock] {
        let all = lines(text)
        var blocks: [CodeBlock] = []
        var index = 0
        while index < all.count {
            let line = all[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let isDirective = [".. code-block::", ".. code::", ".. sourcecode::"].contains { trimmed.hasPrefix($0) }
            let isLiteral = !trimmed.hasPrefix("..") && trimmed.hasSuffix("::")
            guard isDirective || isLiteral else {
                index += 1
                continue
            }
            let baseIndent = line.prefix { $0 == " " }.count
            var body: [Substring] = []
            var start: Int?
            var next = index + 1
            while next < all.count {
                let candidate = all[next]
                let blank = candidate.allSatisfy { $0 == " " || $0 == "\t" }
                let indent = candidate.prefix { $0 == " " }.count
                if !blank && indent <= baseIndent { break }
                // Directive options (`:linenos:`) before the content are not part of it.
                if start == nil && isDirective && candidate.trimmingCharacters(in: .whitespaces).hasPrefix(":") {
                    next += 1
                    continue
                }
                if !blank && start == nil { start = next }
                if start != nil { body.append(candidate) }
                next += 1
            }
            if let start { append(body, start: start + 1, path: path, to: &blocks) }
            index = max(next, index + 1)
        }
        return blocks
    }

    /// AsciiDoc listing (`----`) and literal (`....`) blocks and fenced blocks, whatever the
    /// attribute line before them (`[source,json]`); comment blocks (`////`) are skipped.
    public static func asciidoc(_ text: String, path: String) -> [CodeBlock] {
        let all = lines(text)
        var blocks: [CodeBlock] = []
        var index = 0
        while index < all.count {
            let trimmed = all[index].trimmedSubstring()
            guard let delimiter = AsciiDocBlocks.delimiter(trimmed), "-./`".contains(delimiter.first ?? " "), delimiter != "--" else {
                index += 1
                continue
            }
            var close = index + 1
            while close < all.count, all[close].trimmedSubstring() != delimiter { close += 1 }
            if delimiter.first != "/" { append(Array(all[(index + 1)..<close]), start: index + 2, path: path, to: &blocks) }
            index = close + 1
        }
        return blocks
    }

    private static func lines(_ text: String) -> [Substring] {
        // `\r\n` is one Character: split on every line break, whatever its form.
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    private static func append(_ lines: [Substring], start: Int, path: String, to blocks: inout [CodeBlock]) {
        var body = lines
        while let last = body.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { body.removeLast() }
        let text = body.joined(separator: "\n")
        guard !text.isEmpty, text.utf8.count <= maximumBlockBytes else { return }
        blocks.append(CodeBlock(text: text, location: SourceLocation(path: path, line: start, column: 1)))
    }
}
