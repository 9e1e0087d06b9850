/// The parts of links the inline parser looks ahead for: an autolink's `<scheme:address>` and an
/// inline link's `(destination "title")` after its `]`.
///
/// A destination can run to the end of the text, and a text full of `](` would look ahead from
/// each; the looking ahead of all destinations together is bounded by `budget` (proportional to
/// the text), after which a `]` is only text: no input takes quadratic time.
struct MarkdownLinkSyntax {
    private let bytes: [UInt8]
    private var budget: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        budget = 8 * bytes.count + 1024
    }

    private func byte(_ index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// `<scheme:address>` at `start` (a `<`): the address and the index after `>`. The scheme is
    /// an ASCII letter and 1 to 31 letters, digits, `+`, `.` or `-`; the address holds no space,
    /// control character, `<` or `>`. Scanning stops at a `<`, so each byte is looked at once.
    func autolink(at start: Int) -> (String, Int)? {
        var index = start + 1
        guard let first = byte(index), MarkdownBytes.isASCIILetter(first) else { return nil }
        while let next = byte(index), MarkdownBytes.isASCIIAlphanumeric(next) || next == UInt8(ascii: "+")
            || next == UInt8(ascii: ".") || next == UInt8(ascii: "-")
        {
            index += 1
        }
        guard (2...32).contains(index - start - 1), byte(index) == UInt8(ascii: ":") else { return nil }
        while let next = byte(index), next != UInt8(ascii: ">"), next != UInt8(ascii: "<"), next > 0x20 {
            index += 1
        }
        guard byte(index) == UInt8(ascii: ">") else { return nil }
        return (String(decoding: bytes[(start + 1)..<index], as: UTF8.self), index + 1)
    }

    /// `(`, optional spaces, a destination (`<…>`, or without spaces with parentheses balanced
    /// to 32 deep), optional spaces and a title, `)` at `start`: the destination's range (escapes
    /// not yet resolved) and the index after `)`; nil when there is none or the budget is spent.
    mutating func destination(at start: Int) -> (range: Range<Int>, end: Int)? {
        guard byte(start) == UInt8(ascii: "("), budget > 0 else { return nil }
        var index = start + 1
        defer { budget -= index - start }
        func skipSpaces() {
            while let next = byte(index), next == 0x20 || next == 0x09 || next == 0x0A { index += 1 }
        }
        skipSpaces()
        let range: Range<Int>
        if byte(index) == UInt8(ascii: "<") {
            index += 1
            let open = index
            while let next = byte(index), next != UInt8(ascii: ">"), next != 0x0A, next != UInt8(ascii: "<") {
                index += next == UInt8(ascii: "\\") && byte(index + 1) != nil ? 2 : 1
                if index - start > budget { return nil }
            }
            guard byte(index) == UInt8(ascii: ">") else { return nil }
            range = open..<index
            index += 1
        } else {
            let open = index
            var depth = 0
            while let next = byte(index), next > 0x20, next != 0x7F {
                if next == UInt8(ascii: "\\"), let escaped = byte(index + 1), MarkdownBytes.isASCIIPunctuation(escaped) {
                    index += 2
                    continue
                }
                if next == UInt8(ascii: "(") {
                    depth += 1
                    if depth > 32 { return nil }
                } else if next == UInt8(ascii: ")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                index += 1
                if index - start > budget { return nil }
            }
            guard depth == 0 else { return nil }
            range = open..<index
        }
        let beforeTitle = index
        skipSpaces()
        if let open = byte(index), open == UInt8(ascii: "\"") || open == UInt8(ascii: "'") || open == UInt8(ascii: "("),
            index > beforeTitle
        {
            let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : open
            index += 1
            while let next = byte(index), next != close {
                if open == UInt8(ascii: "(") && next == UInt8(ascii: "(") { return nil }
                index += next == UInt8(ascii: "\\") && byte(index + 1) != nil ? 2 : 1
                if index - start > budget { return nil }
            }
            guard byte(index) == close else { return nil }
            index += 1
            skipSpaces()
        }
        guard byte(index) == UInt8(ascii: ")") else { return nil }
        index += 1
        return (range, index)
    }

    /// A page's looser form, for what CommonMark's does not take (`({{ link-console }})`, a
    /// template variable with spaces): `(` up to its `)` (parentheses nest, no line break), the
    /// destination its first word, `<…>` unwrapped.
    mutating func looseDestination(at start: Int) -> (range: Range<Int>, end: Int)? {
        guard byte(start) == UInt8(ascii: "("), budget > 0 else { return nil }
        var index = start + 1
        defer { budget -= index - start }
        var depth = 0
        while let next = byte(index), next != 0x0A {
            if next == UInt8(ascii: "(") { depth += 1 }
            if next == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            index += 1
            if index - start > budget { return nil }
        }
        guard byte(index) == UInt8(ascii: ")") else { return nil }
        var lower = start + 1
        while lower < index, MarkdownBytes.isSpaceOrTab(bytes[lower]) { lower += 1 }
        var upper = lower
        while upper < index, !MarkdownBytes.isSpaceOrTab(bytes[upper]) { upper += 1 }
        if upper - lower >= 2, bytes[lower] == UInt8(ascii: "<"), bytes[upper - 1] == UInt8(ascii: ">") {
            lower += 1
            upper -= 1
        }
        return (lower..<upper, index + 1)
    }
}
