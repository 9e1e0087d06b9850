import ErrataModel
@testable import ErrataReaders
import Foundation
import Testing

/// Hostile Markdown and MDX for the raw HTML tables, the error-list forms and the MDX syntax: each
/// line is looked at a bounded number of times, whatever the page holds.
///
/// Each test bounds the processor time of its thread (a debug build takes a fraction of the bound;
/// a reader quadratic in these sizes takes hours), which other work on the machine does not
/// stretch as it stretches the wall clock.
@Suite struct HostileMarkdownListTests {
    /// This thread's processor time, in seconds.
    static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func hundredThousandRawTableOpeners() throws {
        let start = Self.processorSeconds()
        // Never closed: one block to the end of the page, an error there (tables past 32 deep are text).
        let open = String(repeating: "<table>\n", count: 100_000)
        #expect {
            try MarkdownReader.readGrids(text: open, path: "o.md")
        } throws: { error in
            let diagnostic = error as? Diagnostic
            return diagnostic?.message.contains("truncated input") == true && diagnostic?.location?.line == 100_002
        }
        // On one line, likewise.
        #expect(throws: Diagnostic.self) { try MarkdownReader.readGrids(text: String(repeating: "<table>", count: 100_000), path: "l.md") }
        // Closed: 10,000 blocks, each read by its own parser.
        let closed = String(repeating: "<table><tr><th>Error Code</th></tr><tr><td>A.1</td></tr></table>\n", count: 10_000)
        #expect(try MarkdownReader.readGrids(text: closed, path: "c.md").count == 10_000)
        #expect(Self.processorSeconds() - start < 30)
    }

    @Test func hugeBulletLists() throws {
        let start = Self.processorSeconds()
        let shaped = (0..<100_000).map { "- E\($0): Message \($0).\n" }.joined()
        let grid = try #require(try MarkdownReader.readGrids(text: "## Errors\n\n" + shaped, path: "b.md").only)
        #expect(grid.rows.count == 100_001)
        let prose = String(repeating: "- an item of prose\n  that goes on\n\n", count: 100_000)
        #expect(try MarkdownReader.readGrids(text: prose, path: "p.md").isEmpty)
        let nested = (0..<10_000).map { String(repeating: "  ", count: $0 % 200) + "- E\($0): m\n" }.joined()
        _ = try MarkdownReader.readGrids(text: nested, path: "n.md")
        #expect(Self.processorSeconds() - start < 60)
    }

    @Test func deepJSXNestingInACell() throws {
        let start = Self.processorSeconds()
        let open = String(repeating: "<Box kind=\"a\">", count: 100_000)
        let close = String(repeating: "</Box>", count: 100_000)
        let text = "| Error Code | Error Message |\n| --- | --- |\n| A.1 | \(open)text\(close) |\n"
        let grid = try #require(try MarkdownReader.readGrids(text: text, path: "j.mdx").only)
        #expect(grid.rows[1][1].text == "text")
        let comments = "| Error Code | Error Message |\n| --- | --- |\n| A.1 | " + String(repeating: "{/* ", count: 100_000) + " |\n"
        #expect(try MarkdownReader.readGrids(text: comments, path: "c.mdx").only?.rows.count == 2)
        #expect(Self.processorSeconds() - start < 30)
    }

    @Test func unclosedCommentsTermsAndFences() throws {
        let start = Self.processorSeconds()
        let comments = String(repeating: "{/* never closed\n", count: 100_000)
        #expect(try MarkdownReader.readGrids(text: comments, path: "c.mdx").isEmpty)
        let terms = String(repeating: "Word\n", count: 100_000) + ": a definition\n"
        #expect(try MarkdownReader.readGrids(text: terms, path: "t.md").isEmpty)
        let definitions = "Term\n" + String(repeating: ": E1\n", count: 100_000)
        #expect(try MarkdownReader.readGrids(text: definitions, path: "d.md").isEmpty)
        let fences = String(repeating: ":::note\n", count: 100_000)
        #expect(try MarkdownReader.readGrids(text: fences, path: "f.mdx").isEmpty)
        let imports = String(repeating: "import a from 'b'\n", count: 100_000)
        #expect(try MarkdownReader.readGrids(text: imports, path: "i.mdx").isEmpty)
        #expect(Self.processorSeconds() - start < 30)
    }

    @Test func headingsOfOneShapeAndRejectedRunsReadAgainOnce() throws {
        let start = Self.processorSeconds()
        let headings = (0..<20_000).map { "### code_\($0)_x\nText.\n" }.joined()
        #expect(try MarkdownReader.readGrids(text: headings, path: "h.md").only?.rows.count == 20_001)
        // Runs of names that are no list: their lines are read again once, not once per run.
        let runs = String(repeating: "### Word\nText.\n- item: a\n", count: 50_000)
        #expect(try MarkdownReader.readGrids(text: runs, path: "r.md").isEmpty)
        #expect(Self.processorSeconds() - start < 60)
    }
}
