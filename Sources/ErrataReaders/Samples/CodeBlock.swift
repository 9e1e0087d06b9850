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
    ///
    /// Outside a block only a line whose first byte after its spaces is `` ` `` (or U+1FEF, which
    /// is the same character), or `~` is looked at as characters: no other line can open a fence.
    public static func markdown(_ text: String, path: String) -> [CodeBlock] {
        text.withLines { bytes, substring in
            var blocks: [CodeBlock] = []
            var open: (fence: Substring, start: Int, lines: [Substring])?
            var lines = UTF8Lines(bytes)
            while let range = lines.next() {
                guard open != nil || mayOpenFence(range, in: bytes) else { continue }
                let index = lines.index - 1
                let line = substring(range)
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
    }

    /// The fenced blocks of a page given as bytes that may not be UTF-8 (an HTML page, whose
    /// charset its reader works out), read as `markdown` reads them decoded as UTF-8 with
    /// replacement characters; a page with no line that may open a fence is not decoded.
    public static func markdown(bytes: [UInt8], path: String) -> [CodeBlock] {
        let mayHaveFence = bytes.withUnsafeBufferPointer { bytes in
            var lines = UTF8Lines(bytes)
            while let line = lines.next() {
                if mayOpenFence(line, in: bytes) { return true }
            }
            return false
        }
        return mayHaveFence ? markdown(String(decoding: bytes, as: UTF8.self), path: path) : []
    }

    /// Whether the line's first byte after its spaces starts `` ` ``, U+1FEF GREEK VARIA (whose
    /// canonical form is `` ` ``, so it compares equal as a `Character`) or `~`.
    private static func mayOpenFence(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = UTF8Lines.afterSpaces(line, in: bytes)
        guard first < line.upperBound else { return false }
        switch bytes[first] {
        case UInt8(ascii: "`"), UInt8(ascii: "~"): return true
        case 0xE1: return first + 2 < line.upperBound && bytes[first + 1] == 0xBF && bytes[first + 2] == 0xAF
        default: return false
        }
    }

    /// `.. code-block::`, `.. code::`, `.. sourcecode::` directives and literal blocks after `::`.
    ///
    /// Outside a block only a line holding `::` is looked at as characters: no other line can
    /// start one.
    public static func rst(_ text: String, path: String) -> [CodeBlock] {
        text.withLines { bytes, substring in
            var blocks: [CodeBlock] = []
            var lines = UTF8Lines(bytes)
            // The line that ended the last block, to be looked at next.
            var pending: Range<Int>?
            while let range = pending ?? lines.next() {
                pending = nil
                guard holdsDoubleColon(range, in: bytes) else { continue }
                let line = substring(range)
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let isDirective = [".. code-block::", ".. code::", ".. sourcecode::"].contains { trimmed.hasPrefix($0) }
                let isLiteral = !trimmed.hasPrefix("..") && trimmed.hasSuffix("::")
                guard isDirective || isLiteral else { continue }
                let baseIndent = line.prefix { $0 == " " }.count
                var body: [Substring] = []
                var start: Int?
                while let next = lines.next() {
                    let candidate = substring(next)
                    let blank = candidate.allSatisfy { $0 == " " || $0 == "\t" }
                    let indent = candidate.prefix { $0 == " " }.count
                    if !blank && indent <= baseIndent {
                        pending = next
                        break
                    }
                    // Directive options (`:linenos:`) before the content are not part of it.
                    if start == nil && isDirective && candidate.trimmingCharacters(in: .whitespaces).hasPrefix(":") { continue }
                    if !blank && start == nil { start = lines.index - 1 }
                    if start != nil { body.append(candidate) }
                }
                if let start { append(body, start: start + 1, path: path, to: &blocks) }
            }
            return blocks
        }
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

    /// Whether the line holds `::` (a directive or a paragraph introducing a literal block does).
    private static func holdsDoubleColon(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = line.lowerBound + 1
        while position < line.upperBound {
            if bytes[position] == UInt8(ascii: ":") {
                if bytes[position - 1] == UInt8(ascii: ":") { return true }
                position += 1
            } else {
                position += 2
            }
        }
        return false
    }

    private static func append(_ lines: [Substring], start: Int, path: String, to blocks: inout [CodeBlock]) {
        var body = lines
        while let last = body.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { body.removeLast() }
        let text = body.joined(separator: "\n")
        guard !text.isEmpty, text.utf8.count <= maximumBlockBytes else { return }
        blocks.append(CodeBlock(text: text, location: SourceLocation(path: path, line: start, column: 1)))
    }
}
