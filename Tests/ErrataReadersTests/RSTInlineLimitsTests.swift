@testable import ErrataReaders
import ErrataTestSupport
import Testing

/// RST inline markup in cells full of openers without their closers. Each opener used to scan
/// the rest of the cell for its end-string: time quadratic in the cell's length (20,000 `` `a ``
/// took 33 s, 20,000 `:r:`a` 100 s in a release build). Where markup can end is now worked out
/// in one pass per end-string (`RSTInlineEnds`).
@Suite struct RSTInlineLimitsTests {
    /// Cells of 200,000 characters of unclosed openers of each kind are their own text.
    @Test(arguments: ["*a ", "**a ", "`a ", "``a ", "`a <", ":r:`a "])
    func manyUnclosedOpenersStayText(opener: String) {
        let text = String(repeating: opener, count: 200_000 / opener.count)
        let cell = RichText.cell([.paragraph(RSTInline.parse(text))])
        #expect(cell.text == RichText.fold(text))
    }

    /// The scan `RSTInline` made from each opener before, kept here as the reference.
    static func scan(_ chars: [Character], _ end: String, from start: Int) -> Int? {
        let endChars = Array(end)
        var position = start
        while position + endChars.count <= chars.count {
            if chars[position] == "\\" { position += 2; continue }
            if position > 0, Array(chars[position..<(position + endChars.count)]) == endChars, !chars[position - 1].isWhitespace {
                let after = position + endChars.count
                if after == chars.count || chars[after].isWhitespace || RSTInlineLimitsTests.endSuffixes.contains(chars[after])
                    || (end == "`" && chars[after] == "_") {
                    return position
                }
            }
            position += 1
        }
        return nil
    }

    static let endSuffixes = Set<Character>("-.,:;!?\\/'\")]}>”’»")

    /// On 3,000 random texts over the characters markup is made of, every end-string from every
    /// position is where the reference scan finds it.
    @Test func endsAreWhereTheScanFindsThem() {
        var generator = SeededGenerator(seed: 41)
        let alphabet = Array("*`\\_ a.:<>")
        for _ in 0..<3_000 {
            let chars = (0..<Int(generator.next() % 24)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let ends = RSTInlineEnds(chars, endSuffixes: Self.endSuffixes)
            for end in ["*", "**", "`", "``"] {
                for position in 0...chars.count {
                    #expect(ends.end(end, atOrAfter: position) == Self.scan(chars, end, from: position),
                            "\(String(chars).debugDescription) \(end) \(position)")
                }
            }
        }
    }
}
