import ErrataTestSupport
import Foundation
import Testing

@testable import ErrataReaders

/// The row reader answers some questions about a cell from its bytes when the text is ASCII (or
/// has no blank line); on random texts the answers are those of the `Character` rules written
/// below as they were.
@Suite struct ASCIIFastPathTests {
    static let pieces = [
        "a", "Z", "etc", "ETC", "and so on", "And More", "等", "…", ".", "...", ",", ";", " ", "\u{00A0}", "\t",
        "\r", "\n", "\r\n", "\n\n", "1.", "2)", "(1)", "0", "42", "AIS.", "_", "-", "é", "\u{301}", "q", "\u{0E}",
    ]

    static func randomTexts(seed: UInt64, count: Int) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int(generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func signaturesAreTheCharacterSignatures() {
        for text in Self.randomTexts(seed: 5, count: 20_000) {
            #expect(CodeShape.signature(text) == Self.signature(text), "\(text.debugDescription)")
        }
    }

    /// The one-paragraph shortcut of `MessageCell.read` gives what reading paragraph by paragraph gives.
    @Test func continuationsAndMessagesAreTheCharacterOnes() {
        for text in Self.randomTexts(seed: 6, count: 20_000) {
            #expect(MessageCell.isContinuation(text) == Self.isContinuation(text), "\(text.debugDescription)")
            #expect(MessageCell.read(text) == MessageCell.readParagraphs(text), "\(text.debugDescription)")
        }
        #expect(MessageCell.isContinuation(" Etc. "))
        #expect(MessageCell.isContinuation("and so on..."))
        #expect(!MessageCell.isContinuation("and so on, retry"))
    }

    @Test func spacesAreFoundAsFoundationFindsThem() {
        for text in Self.randomTexts(seed: 8, count: 20_000) {
            #expect(RowInterpreter.containsSpace(text) == text.contains(" "), "\(text.debugDescription)")
        }
    }

    // MARK: The Character rules

    static func signature(_ text: String) -> String {
        var out = ""
        for char in text {
            let mapped: Character = char.isLetter ? "A" : char.isNumber ? "9" : char.isWhitespace ? " " : char
            if (mapped == "A" || mapped == "9"), out.last == mapped { continue }
            out.append(mapped)
        }
        return out
    }

    static func isContinuation(_ paragraph: String) -> Bool {
        var text = Substring(paragraph.lowercased())
        let edges: Set<Character> = [".", "…", "。", " ", "\u{00A0}", ",", "，", ";", "；"]
        while let first = text.first, edges.contains(first) { text.removeFirst() }
        while let last = text.last, edges.contains(last) { text.removeLast() }
        return ["", "etc", "等", "等等", "and so on", "and more"].contains(String(text))
    }
}
