import ErrataTestSupport
import Foundation
import Testing

@testable import ErrataReaders

/// The code-block and title finders walk a page's lines in its bytes (`UTF8Lines`) and look at a
/// line as characters only when it may matter; they must find what the plain versions below find,
/// which split the whole text into `Character` lines and look at every one.
@Suite struct PageLineScanTests {
    /// Pieces random texts are made of: every line break, what fences, headings, underlines,
    /// directives and front matter are made of, characters equal to them (U+1FEF is `` ` ``),
    /// combining marks that join the character before them, and text that is not UTF-8-ASCII.
    static let pieces = [
        "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\n\n",
        " ", "  ", "    ", "\t", "`", "```", "\u{1FEF}", "~", "~~~", "\u{301}", "#", "# ", "##", "===", "=",
        "-", "---", "*", "^", ":", "::", "..", ".. ", ".. code-block:: json", ".. code::", ":linenos:",
        "title: ", "Acme", "é", "错误码", "{\"code\": 1}", "<b>x</b>", "**", "a", "\u{FFFD}",
    ]

    static func randomText(_ generator: inout SeededGenerator, pieces: Int) -> String {
        (0..<pieces).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
    }

    /// On 20,000 random texts the blocks and titles are those the whole-text versions find.
    @Test func findsWhatTheWholeTextScanFinds() {
        var generator = SeededGenerator(seed: 7)
        for round in 0..<20_000 {
            let text = Self.randomText(&generator, pieces: Int(generator.next() % 40))
            let label = "\(round): \(text.debugDescription)"
            #expect(CodeBlockFinder.markdown(text, path: "p") == Reference.markdownBlocks(text, path: "p"), "\(label)")
            #expect(CodeBlockFinder.rst(text, path: "p") == Reference.rstBlocks(text, path: "p"), "\(label)")
            #expect(PageTitle.markdown(text) == Reference.markdownTitle(text), "\(label)")
            #expect(PageTitle.rst(text) == Reference.rstTitle(text), "\(label)")
            #expect(PageTitle.text(text) == Reference.textTitle(text), "\(label)")
        }
    }

    /// Bytes that may not be UTF-8 (an HTML page's): the blocks are those of the bytes decoded as
    /// UTF-8 with replacement characters, whether or not a line may open a fence.
    @Test func findsFencesInBytesAsInTheirDecodedText() {
        var generator = SeededGenerator(seed: 11)
        let stray: [[UInt8]] = [[0xE1], [0xE1, 0xBF], [0xBF, 0xAF], [0xC2], [0x85], [0xE2, 0x80], [0xA8], [0xFF], [0x80]]
        for round in 0..<10_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 30) {
                if generator.next() % 4 == 0 {
                    bytes += stray[Int(generator.next() % UInt64(stray.count))]
                } else {
                    bytes += Array(Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))].utf8)
                }
            }
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(CodeBlockFinder.markdown(bytes: bytes, path: "p") == Reference.markdownBlocks(decoded, path: "p"),
                    "\(round): \(bytes)")
        }
    }

    /// The lines are those of `split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)`.
    @Test func linesAreTheCharacterLines() {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<5_000 {
            let text = Self.randomText(&generator, pieces: Int(generator.next() % 30))
            let lines: [String] = text.withLines { bytes, substring in
                var lines = UTF8Lines(bytes)
                var found: [String] = []
                while let range = lines.next() {
                    found.append(String(substring(range)))
                    #expect(lines.index == found.count)
                }
                return found
            }
            #expect(lines == text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init),
                    "\(text.debugDescription)")
        }
    }

    @Test func fencesOfEqualCharactersAreFound() {
        // U+1FEF GREEK VARIA is canonically `` ` ``: as characters, a line of three opens a fence.
        let text = "intro\n\u{1FEF}\u{1FEF}\u{1FEF}json\n{\"code\": 1}\n```\n"
        #expect(CodeBlockFinder.markdown(text, path: "p").map(\.text) == ["{\"code\": 1}"])
        #expect(CodeBlockFinder.markdown(bytes: Array(text.utf8), path: "p").first?.location.line == 3)
        // A space joined to a combining mark is not a space: the line is not indented, and not a fence.
        #expect(CodeBlockFinder.markdown(" \u{301}```\nx\n```", path: "p").isEmpty)
        #expect(CodeBlockFinder.markdown(bytes: Array("<p>no fence</p>\n<pre>`x`</pre>".utf8), path: "p").isEmpty)
    }
}

/// The finders as they were written over the whole text's `Character` lines.
private enum Reference {
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    static func markdownBlocks(_ text: String, path: String) -> [CodeBlock] {
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
                open = (trimmed.prefix { $0 == marker.first }, index + 2, [])
                break
            }
        }
        if let current = open { append(current.lines, start: current.start, path: path, to: &blocks) }
        return blocks
    }

    static func rstBlocks(_ text: String, path: String) -> [CodeBlock] {
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

    static func append(_ lines: [Substring], start: Int, path: String, to blocks: inout [CodeBlock]) {
        var body = lines
        while let last = body.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { body.removeLast() }
        let text = body.joined(separator: "\n")
        guard !text.isEmpty, text.utf8.count <= CodeBlockFinder.maximumBlockBytes else { return }
        blocks.append(CodeBlock(text: text, location: .init(path: path, line: start, column: 1)))
    }

    static func markdownTitle(_ text: String) -> String? {
        let lines = lines(text)
        var index = 0
        if lines.first == "---" {
            index = 1
            while index < lines.count, lines[index] != "---" {
                let line = lines[index]
                if line.hasPrefix("title:") { return PageTitle.cleaned(line.dropFirst(6)) }
                index += 1
            }
            index += 1
        }
        while index < lines.count {
            let line = lines[index].drop { $0 == " " }
            if line.hasPrefix("#") {
                let text = line.drop { $0 == "#" }
                if text.first == " " { return PageTitle.cleaned(text) }
            }
            if index + 1 < lines.count, !line.isEmpty, isUnderline(lines[index + 1], of: "=") {
                return PageTitle.cleaned(line)
            }
            index += 1
        }
        return nil
    }

    static func rstTitle(_ text: String) -> String? {
        let lines = lines(text)
        for index in lines.indices.dropLast() {
            let line = lines[index]
            guard !String(line).trimmedForCell().isEmpty, !line.hasPrefix(".."), !line.hasPrefix(" "),
                  let mark = lines[index + 1].first, "=-#*~^".contains(mark),
                  isUnderline(lines[index + 1], of: mark), lines[index + 1].count >= String(line).trimmedForCell().count
            else { continue }
            if let title = PageTitle.cleaned(line) { return title }
        }
        return nil
    }

    static func textTitle(_ text: String) -> String? {
        text.split(whereSeparator: \.isNewline).lazy.compactMap { PageTitle.cleaned($0) }.first
    }

    static func isUnderline(_ line: Substring, of mark: Character) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == mark }
    }
}
