/// Finds a minimal set of deleted and inserted lines between two sequences of line ids.
///
/// Myers' O(ND) algorithm in its linear-space form (the "middle snake" divide and conquer, as in
/// GNU diff, without its too-expensive heuristic). Lines that occur nowhere in the other sequence
/// are marked first and left out of the search, which keeps unrelated files cheap. Change groups
/// are then slid to canonical positions like GNU diff's `shift_boundaries`, so runs of equal lines
/// produce the same hunks as `diff -u`.
struct LineMatcher {
    private(set) var deleted: [Bool]
    private(set) var inserted: [Bool]

    private let a: [Int]
    private let b: [Int]
    /// Furthest-reaching x per diagonal for the forward and backward searches, offset by `offset`.
    private var forward: [Int]
    private var backward: [Int]
    private let offset: Int
    private var deletedKept: [Bool]
    private var insertedKept: [Bool]

    init(old: [Int], new: [Int]) {
        let inNew = Set(new), inOld = Set(old)
        let onlyOld = old.map { !inNew.contains($0) }
        let onlyNew = new.map { !inOld.contains($0) }
        let keptOld = old.indices.filter { !onlyOld[$0] }
        let keptNew = new.indices.filter { !onlyNew[$0] }
        deleted = onlyOld
        inserted = onlyNew
        a = keptOld.map { old[$0] }
        b = keptNew.map { new[$0] }
        offset = b.count + 1
        forward = Array(repeating: 0, count: a.count + b.count + 3)
        backward = forward
        deletedKept = Array(repeating: false, count: a.count)
        insertedKept = Array(repeating: false, count: b.count)
        compare(0, a.count, 0, b.count)
        for (index, line) in keptOld.enumerated() where deletedKept[index] { deleted[line] = true }
        for (index, line) in keptNew.enumerated() where insertedKept[index] { inserted[line] = true }
        forward = []
        backward = []
        Self.shiftBoundaries(&deleted, other: inserted, ids: old)
        Self.shiftBoundaries(&inserted, other: deleted, ids: new)
    }

    private mutating func compare(_ xStart: Int, _ xEnd: Int, _ yStart: Int, _ yEnd: Int) {
        var (xoff, xlim, yoff, ylim) = (xStart, xEnd, yStart, yEnd)
        while xoff < xlim && yoff < ylim && a[xoff] == b[yoff] { xoff += 1; yoff += 1 }
        while xlim > xoff && ylim > yoff && a[xlim - 1] == b[ylim - 1] { xlim -= 1; ylim -= 1 }
        if xoff == xlim {
            for y in yoff..<ylim { insertedKept[y] = true }
        } else if yoff == ylim {
            for x in xoff..<xlim { deletedKept[x] = true }
        } else {
            let (xmid, ymid) = split(xoff, xlim, yoff, ylim)
            compare(xoff, xmid, yoff, ymid)
            compare(xmid, xlim, ymid, ylim)
        }
    }

    /// A point on an optimal edit path, about halfway in edit cost, found by searching from both
    /// ends until the paths overlap. Both ends must already differ (common ends trimmed).
    private mutating func split(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int) -> (Int, Int) {
        let dmin = xoff - ylim, dmax = xlim - yoff
        let fmid = xoff - yoff, bmid = xlim - ylim
        var fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid
        let odd = (fmid - bmid) & 1 != 0
        let o = offset
        forward[o + fmid] = xoff
        backward[o + bmid] = xlim
        while true {
            if fmin > dmin { fmin -= 1; forward[o + fmin - 1] = -1 } else { fmin += 1 }
            if fmax < dmax { fmax += 1; forward[o + fmax + 1] = -1 } else { fmax -= 1 }
            var d = fmax
            while d >= fmin {
                let low = forward[o + d - 1], high = forward[o + d + 1]
                var x = low < high ? high : low + 1
                var y = x - d
                while x < xlim && y < ylim && a[x] == b[y] { x += 1; y += 1 }
                forward[o + d] = x
                if odd && bmin <= d && d <= bmax && backward[o + d] <= x { return (x, y) }
                d -= 2
            }
            if bmin > dmin { bmin -= 1; backward[o + bmin - 1] = Int.max } else { bmin += 1 }
            if bmax < dmax { bmax += 1; backward[o + bmax + 1] = Int.max } else { bmax -= 1 }
            d = bmax
            while d >= bmin {
                let low = backward[o + d - 1], high = backward[o + d + 1]
                var x = low < high ? low : high - 1
                var y = x - d
                while x > xoff && y > yoff && a[x - 1] == b[y - 1] { x -= 1; y -= 1 }
                backward[o + d] = x
                if !odd && fmin <= d && d <= fmax && x <= forward[o + d] { return (x, y) }
                d -= 2
            }
        }
    }

    /// Slides each run of changed lines over equal neighbours: merges adjacent runs, moves a run
    /// as far down as possible, then back up to line up with a change in the other file.
    private static func shiftBoundaries(_ flags: inout [Bool], other otherFlags: [Bool], ids: [Int]) {
        guard !flags.isEmpty else { return }
        // Index 0 and count + 1 are sentinels, so `changed[i + 1]` is line i.
        var changed = [false] + flags + [false]
        let other = [false] + otherFlags + [false]
        let end = flags.count
        var i = 0, j = 0
        while true {
            while i < end && !changed[i + 1] {
                while other[j + 1] { j += 1 }
                j += 1
                i += 1
            }
            if i == end { break }
            var start = i
            i += 1
            while changed[i + 1] { i += 1 }
            while other[j + 1] { j += 1 }
            var corresponding: Int
            var runLength: Int
            repeat {
                runLength = i - start
                while start > 0 && ids[start - 1] == ids[i - 1] {
                    start -= 1; changed[start + 1] = true
                    i -= 1; changed[i + 1] = false
                    while changed[start] { start -= 1 }
                    j -= 1
                    while other[j + 1] { j -= 1 }
                }
                corresponding = other[j] ? i : end
                while i != end && ids[start] == ids[i] {
                    changed[start + 1] = false; start += 1
                    changed[i + 1] = true; i += 1
                    while changed[i + 1] { i += 1 }
                    j += 1
                    while other[j + 1] { j += 1; corresponding = i }
                }
            } while runLength != i - start
            while corresponding < i {
                start -= 1; changed[start + 1] = true
                i -= 1; changed[i + 1] = false
                j -= 1
                while other[j + 1] { j -= 1 }
            }
        }
        flags = Array(changed[1...end])
    }
}
