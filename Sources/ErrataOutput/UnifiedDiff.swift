/// Line-based unified diffs in the format of `diff -u` (GNU diffutils).
public enum UnifiedDiff {
    /// The unified diff turning `old` into `new`: `--- <oldPath>` / `+++ <newPath>` headers (the
    /// labels are printed as given, e.g. `a/Gen/Codes.swift`), `@@ -a,b +c,d @@` hunks with
    /// `context` lines of context, hunks closer than `2 * context` lines merged, and
    /// `\ No newline at end of file` after a last line without a newline.
    ///
    /// Returns `""` when the inputs are equal, and `Binary files <oldPath> and <newPath> differ\n`
    /// when either is not valid UTF-8. Lines are compared byte for byte, so `\r\n` and `\n`
    /// endings differ.
    public static func diff(old: [UInt8], new: [UInt8], oldPath: String, newPath: String, context: Int = 3) -> String {
        if old == new { return "" }
        guard String(validating: old, as: UTF8.self) != nil, String(validating: new, as: UTF8.self) != nil else {
            return "Binary files \(oldPath) and \(newPath) differ\n"
        }
        let oldLines = lines(of: old), newLines = lines(of: new)
        var ids: [ArraySlice<UInt8>: Int] = [:]
        let oldIDs = oldLines.map { line in ids[line] ?? { ids[line] = ids.count; return ids.count - 1 }() }
        let newIDs = newLines.map { line in ids[line] ?? { ids[line] = ids.count; return ids.count - 1 }() }
        let matcher = LineMatcher(old: oldIDs, new: newIDs)
        let blocks = changeBlocks(deleted: matcher.deleted, inserted: matcher.inserted)
        var output: [UInt8] = Array("--- \(oldPath)\n+++ \(newPath)\n".utf8)
        for hunk in hunks(of: blocks, oldCount: oldLines.count, context: max(0, context)) {
            render(hunk, old: oldLines, new: newLines, into: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// ``diff(old:new:oldPath:newPath:context:)`` for text.
    public static func diff(old: String, new: String, oldPath: String, newPath: String, context: Int = 3) -> String {
        diff(old: Array(old.utf8), new: Array(new.utf8), oldPath: oldPath, newPath: newPath, context: context)
    }

    /// A run of deleted lines and the inserted lines that replace them (either may be empty).
    struct Block {
        var oldStart: Int, oldCount: Int, newStart: Int, newCount: Int
    }

    struct Hunk {
        var blocks: [Block]
        var oldStart: Int, oldEnd: Int, newStart: Int, newEnd: Int
    }

    /// Splits after each `\n`; the last line may lack one.
    static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    static func changeBlocks(deleted: [Bool], inserted: [Bool]) -> [Block] {
        var blocks: [Block] = []
        var i = 0, j = 0
        while i < deleted.count || j < inserted.count {
            if (i < deleted.count && deleted[i]) || (j < inserted.count && inserted[j]) {
                let (oldStart, newStart) = (i, j)
                while i < deleted.count && deleted[i] { i += 1 }
                while j < inserted.count && inserted[j] { j += 1 }
                blocks.append(Block(oldStart: oldStart, oldCount: i - oldStart, newStart: newStart, newCount: j - newStart))
            } else {
                i += 1
                j += 1
            }
        }
        return blocks
    }

    static func hunks(of blocks: [Block], oldCount: Int, context: Int) -> [Hunk] {
        var hunks: [Hunk] = []
        for block in blocks {
            if var last = hunks.last, let previous = last.blocks.last,
               block.oldStart - (previous.oldStart + previous.oldCount) <= 2 * context {
                last.blocks.append(block)
                hunks[hunks.count - 1] = last
            } else {
                hunks.append(Hunk(blocks: [block], oldStart: 0, oldEnd: 0, newStart: 0, newEnd: 0))
            }
        }
        return hunks.map { hunk in
            var hunk = hunk
            let first = hunk.blocks[0], last = hunk.blocks[hunk.blocks.count - 1]
            let before = min(context, first.oldStart)
            let after = min(context, oldCount - (last.oldStart + last.oldCount))
            hunk.oldStart = first.oldStart - before
            hunk.newStart = first.newStart - before
            hunk.oldEnd = last.oldStart + last.oldCount + after
            hunk.newEnd = last.newStart + last.newCount + after
            return hunk
        }
    }

    private static func render(_ hunk: Hunk, old: [ArraySlice<UInt8>], new: [ArraySlice<UInt8>], into output: inout [UInt8]) {
        let header = "@@ -\(range(hunk.oldStart, hunk.oldEnd - hunk.oldStart)) +\(range(hunk.newStart, hunk.newEnd - hunk.newStart)) @@\n"
        output += header.utf8
        var i = hunk.oldStart
        for block in hunk.blocks {
            while i < block.oldStart { emit(UInt8(ascii: " "), old[i], into: &output); i += 1 }
            for line in old[block.oldStart..<block.oldStart + block.oldCount] { emit(UInt8(ascii: "-"), line, into: &output) }
            for line in new[block.newStart..<block.newStart + block.newCount] { emit(UInt8(ascii: "+"), line, into: &output) }
            i = block.oldStart + block.oldCount
        }
        while i < hunk.oldEnd { emit(UInt8(ascii: " "), old[i], into: &output); i += 1 }
    }

    private static func emit(_ marker: UInt8, _ line: ArraySlice<UInt8>, into output: inout [UInt8]) {
        output.append(marker)
        output += line
        if line.last != 0x0A { output += "\n\\ No newline at end of file\n".utf8 }
    }

    /// `start,count` as `diff -u` prints it: 1-based, `,1` omitted, an empty range names the line before.
    private static func range(_ start: Int, _ count: Int) -> String {
        switch count {
        case 0: return "\(start),0"
        case 1: return "\(start + 1)"
        default: return "\(start + 1),\(count)"
        }
    }
}
