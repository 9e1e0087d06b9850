@testable import ErrataMarkdown
import Testing

/// The byte-level escaping must give exactly what the `Character`-level definition gives.
@Suite struct MarkdownEscapeBytesTests {
    /// Deterministic pseudo-random strings over the characters escaping cares about.
    private static func samples(count: Int) -> [String] {
        let alphabet = Array("ab_1 2.)#>-+*`[]<\\\n!9x")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var result: [String] = []
        for _ in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59)
            var text = ""
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            result.append(text)
        }
        return result
    }

    @Test func escapeMatchesTheCharacterDefinition() {
        for text in Self.samples(count: 20_000) {
            #expect(MarkdownText.escape(text) == MarkdownText.escapeByCharacter(text), "\(text.debugDescription)")
        }
    }

    /// Runs as the HTML reader makes them: whitespace is folded, so no line breaks and no leading space.
    @Test func runEscapingMatchesTheCharacterDefinition() {
        let runs = Self.samples(count: 5_000).filter { !$0.contains("\n") && !$0.hasPrefix(" ") }
        #expect(runs.count > 1_000)
        for text in runs {
            for atLineStart in [true, false] {
                var markdown: [UInt8] = []
                MarkdownRun.append(escaping: Array(text.utf8), atLineStart: atLineStart, to: &markdown)
                let expected = atLineStart
                    ? MarkdownText.escapeByCharacter(text)
                    : String(MarkdownText.escapeByCharacter("!" + text).dropFirst())
                #expect(String(decoding: markdown, as: UTF8.self) == expected, "\(text.debugDescription) \(atLineStart)")
            }
        }
    }

    @Test(arguments: ["a\r\n- b", "é_x", "1.\r\n# h", "_é_"])
    func textThatIsNotPlainASCIIKeepsTheCharacterPath(text: String) {
        #expect(MarkdownText.escape(text) == MarkdownText.escapeByCharacter(text))
    }
}
