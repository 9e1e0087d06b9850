/// The inline parser's pieces while it reads a text, and how they become the tree: CommonMark's
/// delimiter runs and "process emphasis" (spec 0.31.2, 6.2), and the wrapping of a closed link,
/// image or (page dialect) HTML element around the pieces after its opener.
///
/// The pieces of the level being read are a flat list (`line`); a closed construct replaces
/// its opener and everything after it with one container, and a matched emphasis pair replaces
/// the pieces between its delimiters with one. Each piece is so moved into a container once,
/// and a failed search for an opener is never repeated (the openers-bottom bound): time linear
/// in the text. Markup that would nest deeper than `maxDepth` stays text (a transparent group
/// of the markup and its content), so the tree is at most `maxDepth` deep whatever the input.
struct MarkdownInlineArena {
    enum Wrap {
        case emphasis, strong
        case link(String), image(String)
        /// No markup: the children stand in their parent's place.
        case group
    }

    enum Kind {
        case node(MarkdownInlineNode)
        /// A `*` or `_` run; `count` says how many of its characters are left.
        case run(UInt8)
        /// The text of an opener that may still close: `[`, `![`, "" for a page's HTML tag.
        case opener(String)
        case container(Wrap, [Int])
    }

    struct Piece {
        var kind: Kind
        /// How deep the markup in it nests.
        var depth = 0
        var count = 0
        var originalCount = 0
        var canOpen = false
        var canClose = false
    }

    let maxDepth: Int
    private var pieces: [Piece] = []
    /// The pieces of the level being read, in order.
    private(set) var line: [Int] = []
    /// Positions in `line` of the runs that may open or close emphasis and are not yet processed.
    private var delimiters: [Int] = []

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    /// Where the next piece goes in `line`.
    var position: Int { line.count }

    mutating func append(_ kind: Kind) {
        line.append(pieces.count)
        pieces.append(Piece(kind: kind))
    }

    /// A delimiter run of `count` characters with what CommonMark's flanking rules let it do.
    mutating func appendRun(_ character: UInt8, count: Int, canOpen: Bool, canClose: Bool) {
        if canOpen || canClose { delimiters.append(line.count) }
        line.append(pieces.count)
        pieces.append(Piece(kind: .run(character), count: count, originalCount: count, canOpen: canOpen, canClose: canClose))
    }

    /// Closes the opener at `position` in `line`: processes the emphasis after it, then puts one
    /// piece in its place wrapping everything after it, between `before` and `after` (the markup
    /// as text) when that would nest deeper than `maxDepth`. Returns whether the markup was kept.
    @discardableResult
    mutating func close(opener position: Int, as wrap: Wrap, before: String, after: String) -> Bool {
        processEmphasis(above: position)
        let children = Array(line[(position + 1)...])
        line.removeSubrange(position...)
        let kept = add(wrap, children: children, before: before, after: after)
        line.append(kept.piece)
        return kept.wrapped
    }

    /// A new container of `children`, or a group with the markup as text when too deep.
    private mutating func add(_ wrap: Wrap, children: [Int], before: String, after: String) -> (piece: Int, wrapped: Bool) {
        let depth = 1 + (children.map { pieces[$0].depth }.max() ?? 0)
        if depth <= maxDepth {
            pieces.append(Piece(kind: .container(wrap, children), depth: depth))
            return (pieces.count - 1, true)
        }
        var group = children
        if !before.isEmpty {
            group.insert(pieces.count, at: 0)
            pieces.append(Piece(kind: .node(.text(before))))
        }
        if !after.isEmpty {
            group.append(pieces.count)
            pieces.append(Piece(kind: .node(.text(after))))
        }
        pieces.append(Piece(kind: .container(.group, group), depth: depth - 1))
        return (pieces.count - 1, false)
    }

    /// CommonMark's "process emphasis" over the delimiter runs after `line[bottom]`: each closer
    /// takes the nearest possible opener of its kind (rule of three included) and both lose one
    /// or two characters; the pieces between become the pair's one container, and the runs among
    /// them leave the delimiter list. Per kind, the openers-bottom position keeps a failed search
    /// from looking at the same runs again.
    mutating func processEmphasis(above bottom: Int) {
        var first = delimiters.count
        while first > 0, delimiters[first - 1] > bottom { first -= 1 }
        let runs = delimiters[first...].map { $0 - bottom - 1 }
        delimiters.removeSubrange(first...)
        guard !runs.isEmpty else { return }
        // The pieces after `bottom` as a singly linked list (`next`, -1 at the end) that grows by
        // the containers made, and the runs as a doubly linked list over positions in `runs`.
        var ids = Array(line[(bottom + 1)...])
        var next = Array(1..<ids.count) + [-1]
        var previousRun = Array(-1..<(runs.count - 1))
        var nextRun = Array(1...runs.count)
        func removeRun(_ position: Int) {
            let before = previousRun[position]
            let after = nextRun[position]
            if before >= 0 { nextRun[before] = after }
            if after < runs.count { previousRun[after] = before }
        }
        var openersBottom: [Int: Int] = [:]
        var closer = 0
        while closer < runs.count {
            let closing = pieces[ids[runs[closer]]]
            guard closing.canClose, case .run(let character) = closing.kind else {
                closer = nextRun[closer]
                continue
            }
            let key = (character == UInt8(ascii: "*") ? 0 : 6) + (closing.canOpen ? 3 : 0) + closing.originalCount % 3
            let floor = openersBottom[key] ?? -1
            var opener = previousRun[closer]
            var found = false
            while opener > floor {
                let candidate = pieces[ids[runs[opener]]]
                if candidate.canOpen, case .run(character) = candidate.kind, candidate.count > 0 {
                    let sum = candidate.originalCount + closing.originalCount
                    let ruleOfThree = (candidate.canClose || closing.canOpen) && sum % 3 == 0
                        && !(candidate.originalCount % 3 == 0 && closing.originalCount % 3 == 0)
                    if !ruleOfThree {
                        found = true
                        break
                    }
                }
                opener = previousRun[opener]
            }
            guard found else {
                openersBottom[key] = previousRun[closer]
                let after = nextRun[closer]
                if !closing.canOpen { removeRun(closer) }
                closer = after
                continue
            }
            let openingId = ids[runs[opener]]
            let closingId = ids[runs[closer]]
            let used = pieces[openingId].count >= 2 && closing.count >= 2 ? 2 : 1
            pieces[openingId].count -= used
            pieces[closingId].count -= used
            // The pieces between the pair go into its container.
            var children: [Int] = []
            var walk = next[runs[opener]]
            while walk != runs[closer] {
                children.append(ids[walk])
                walk = next[walk]
            }
            let markup = String(repeating: String(UnicodeScalar(character)), count: used)
            let made = add(used == 2 ? .strong : .emphasis, children: children, before: markup, after: markup).piece
            ids.append(made)
            next.append(runs[closer])
            next[runs[opener]] = ids.count - 1
            nextRun[opener] = closer
            previousRun[closer] = opener
            if pieces[openingId].count == 0 { removeRun(opener) }
            if pieces[closingId].count == 0 {
                let after = nextRun[closer]
                removeRun(closer)
                closer = after
            }
        }
        line.removeSubrange((bottom + 1)...)
        var walk = ids.isEmpty ? -1 : 0
        while walk >= 0 {
            line.append(ids[walk])
            walk = next[walk]
        }
    }

    /// The tree of the pieces in `line`, after processing the emphasis left.
    mutating func finish() -> [MarkdownInlineNode] {
        processEmphasis(above: -1)
        return nodes(line)
    }

    /// The nodes of `ids`: groups spliced in (with an explicit stack, as they may nest without
    /// bound), remaining delimiter characters and unclosed openers as text, adjacent texts merged.
    private func nodes(_ ids: [Int]) -> [MarkdownInlineNode] {
        var out: [MarkdownInlineNode] = []
        var text = ""
        func flush() {
            if !text.isEmpty { out.append(.text(text)) }
            text = ""
        }
        var stack = Array(ids.reversed())
        while let id = stack.popLast() {
            let piece = pieces[id]
            switch piece.kind {
            case .node(.text(let literal)):
                text += literal
            case .node(let node):
                flush()
                out.append(node)
            case .run(let character):
                text += String(repeating: String(UnicodeScalar(character)), count: piece.count)
            case .opener(let literal):
                text += literal
            case .container(.group, let children):
                stack.append(contentsOf: children.reversed())
            case .container(let wrap, let children):
                flush()
                let inner = nodes(children)
                switch wrap {
                case .emphasis: out.append(.emphasis(inner))
                case .strong: out.append(.strong(inner))
                case .link(let destination): out.append(.link(inner, destination: destination))
                case .image(let destination): out.append(.image(inner, destination: destination))
                case .group: break
                }
            }
        }
        flush()
        return out
    }
}
