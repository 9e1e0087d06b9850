@testable import ErrataOutput
import ErrataTestSupport
import Foundation
import Testing

@Suite struct UnifiedDiffTests {
    static func numbered(_ range: ClosedRange<Int>, prefix: String = "line") -> String {
        range.map { "\(prefix) \($0)\n" }.joined()
    }

    /// Named cases with unambiguous or canonical (GNU-shifted) answers.
    static let cases: [(name: String, old: String, new: String)] = [
        ("empty to three lines", "", "a\nb\nc\n"),
        ("three lines to empty", "a\nb\nc\n", ""),
        ("empty to one line without newline", "", "a"),
        ("middle line changed", numbered(1...20), numbered(1...20).replacingOccurrences(of: "line 10\n", with: "LINE 10\n")),
        ("first line inserted", numbered(1...10), "zero\n" + numbered(1...10)),
        ("last line deleted", numbered(1...10), numbered(1...9)),
        ("changes 6 apart merge", numbered(1...30), numbered(1...30)
            .replacingOccurrences(of: "line 5\n", with: "five\n").replacingOccurrences(of: "line 12\n", with: "twelve\n")),
        ("changes 7 apart split", numbered(1...30), numbered(1...30)
            .replacingOccurrences(of: "line 5\n", with: "five\n").replacingOccurrences(of: "line 13\n", with: "thirteen\n")),
        ("newline added at end", "a\nb", "a\nb\n"),
        ("newline removed at end", "a\nb\n", "a\nb"),
        ("last line changed, neither has newline", "a\nb\nc", "a\nb\nd"),
        ("CRLF to LF", "a\r\nb\r\nc\r\n", "a\nb\nc\n"),
        ("duplicated block appended", "a\nb\na\nb\n", "a\nb\na\nb\na\nb\n"),
        ("function inserted between braces", "func a() {\n    x()\n}\n\nfunc c() {\n    z()\n}\n",
         "func a() {\n    x()\n}\n\nfunc b() {\n    y()\n}\n\nfunc c() {\n    z()\n}\n"),
        ("blank lines removed", "a\n\n\n\nb\n", "a\n\nb\n"),
        ("everything replaced", numbered(1...8, prefix: "old"), numbered(1...5, prefix: "new")),
        ("unicode lines", "é\n中文\n🙂\n", "é\n中文!\n🙂\n"),
    ]

    @Test(.enabled(if: GNUDiff.isAvailable), arguments: 0..<cases.count)
    func matchesGNUDiff(index: Int) throws {
        let (name, old, new) = Self.cases[index]
        let ours = UnifiedDiff.diff(old: old, new: new, oldPath: "a/f.txt", newPath: "b/f.txt")
        let gnu = try GNUDiff.unified(Array(old.utf8), Array(new.utf8), label: "f.txt")
        #expect(ours == gnu, "\(name)")
        #expect(!ours.isEmpty)
    }

    @Test(.enabled(if: GNUDiff.isAvailable), arguments: [0, 1, 5])
    func matchesGNUDiffWithOtherContext(context: Int) throws {
        let old = Self.numbered(1...40)
        let new = old.replacingOccurrences(of: "line 3\n", with: "")
            .replacingOccurrences(of: "line 20\n", with: "line 20\nadded\n")
            .replacingOccurrences(of: "line 24\n", with: "changed\n")
        let ours = UnifiedDiff.diff(old: old, new: new, oldPath: "a/f", newPath: "b/f", context: context)
        let gnu = try GNUDiff.unified(Array(old.utf8), Array(new.utf8), label: "f", context: context)
        #expect(ours == gnu)
    }

    @Test func equalInputsGiveNoDiff() {
        #expect(UnifiedDiff.diff(old: "a\nb\n", new: "a\nb\n", oldPath: "x", newPath: "y") == "")
        #expect(UnifiedDiff.diff(old: "", new: "", oldPath: "x", newPath: "y") == "")
    }

    @Test func knownOutputForASingleChange() {
        let diff = UnifiedDiff.diff(old: "a\nb\nc\n", new: "a\nB\nc\n", oldPath: "a/p", newPath: "b/p")
        #expect(diff == "--- a/p\n+++ b/p\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n")
    }

    @Test func nonUTF8IsReportedAsBinary() {
        let diff = UnifiedDiff.diff(old: [0x61, 0x0A], new: [0xFF, 0x0A], oldPath: "a/p", newPath: "b/p")
        #expect(diff == "Binary files a/p and b/p differ\n")
    }

    /// Random edits over a small alphabet (many equal lines, so many ambiguous alignments):
    /// the diff must apply with `patch` and be as short as `diff --minimal`'s.
    @Test(.enabled(if: GNUDiff.isAvailable && FileManager.default.isExecutableFile(atPath: "/usr/bin/patch")))
    func randomEditsApplyAndAreMinimal() throws {
        var generator = SeededGenerator(seed: 42)
        for round in 0..<60 {
            let old = (0..<Int.random(in: 0...30, using: &generator)).map { _ in "\(["a", "b", "c", "}", ""].randomElement(using: &generator)!)\n" }
            var new = old
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                switch Int.random(in: 0...2, using: &generator) {
                case 0 where !new.isEmpty: new.remove(at: Int.random(in: 0..<new.count, using: &generator))
                case 1 where !new.isEmpty: new[Int.random(in: 0..<new.count, using: &generator)] = "x\(round)\n"
                default: new.insert("\(["a", "b", "y"].randomElement(using: &generator)!)\n", at: Int.random(in: 0...new.count, using: &generator))
                }
            }
            let oldText = old.joined(), newText = new.joined()
            let ours = UnifiedDiff.diff(old: oldText, new: newText, oldPath: "a/f", newPath: "b/f")
            #expect(try Patch.apply(ours, to: oldText) == newText, "round \(round)")
            let minimal = try GNUDiff.unified(Array(oldText.utf8), Array(newText.utf8), label: "f", extra: ["--minimal"])
            #expect(Self.editCount(ours) == Self.editCount(minimal), "round \(round)")
        }
    }

    @Test(.enabled(if: GNUDiff.isAvailable))
    func largeFileWithFewChangesMatchesGNUDiff() throws {
        let old = Self.numbered(1...20_000)
        var lines = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[10] = "changed 10"
        lines.insert("inserted", at: 9_000)
        lines.remove(at: 15_000)
        lines[19_990] = "changed near the end"
        let new = lines.joined(separator: "\n")
        let ours = UnifiedDiff.diff(old: old, new: new, oldPath: "a/big", newPath: "b/big")
        #expect(ours == (try GNUDiff.unified(Array(old.utf8), Array(new.utf8), label: "big")))
        #expect(ours.components(separatedBy: "\n@@").count == 5)
    }

    @Test func largeUnrelatedFilesDiffEveryLine() {
        let old = Self.numbered(1...20_000, prefix: "old")
        let new = Self.numbered(1...20_000, prefix: "new")
        let diff = UnifiedDiff.diff(old: old, new: new, oldPath: "a/big", newPath: "b/big")
        #expect(diff.hasPrefix("--- a/big\n+++ b/big\n@@ -1,20000 +1,20000 @@\n-old 1\n"))
        #expect(Self.editCount(diff) == 40_000)
    }

    @Test func largeFilesWithManyScatteredChangesApply() throws {
        var generator = SeededGenerator(seed: 7)
        let oldLines = (1...20_000).map { "value \($0 % 500)\n" }
        var newLines = oldLines
        for _ in 0..<200 { newLines[Int.random(in: 0..<newLines.count, using: &generator)] = "edited\n" }
        let diff = UnifiedDiff.diff(old: oldLines.joined(), new: newLines.joined(), oldPath: "a/f", newPath: "b/f")
        #expect(try Patch.apply(diff, to: oldLines.joined()) == newLines.joined())
    }

    static func editCount(_ diff: String) -> Int {
        diff.split(separator: "\n").filter { ($0.hasPrefix("-") && !$0.hasPrefix("---")) || ($0.hasPrefix("+") && !$0.hasPrefix("+++")) }.count
    }
}

/// Applies a unified diff with `/usr/bin/patch`.
enum Patch {
    static func apply(_ diff: String, to old: String) throws -> String {
        if diff.isEmpty { return old }
        let scratch = try ScratchDirectory()
        try scratch.write("f", old)
        try scratch.write("f.diff", diff)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        process.arguments = ["--quiet", "--force", "--no-backup-if-mismatch", scratch.url("f"), scratch.url("f.diff")]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return scratch.text("f") ?? ""
    }
}
