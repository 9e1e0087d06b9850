@testable import ErrataReaders
import Testing

/// `RichText.fold` and `RichText.containsWhitespace` take a byte path for ASCII text; it must
/// agree with the `Character` rules used for everything else.
@Suite struct RichTextWhitespaceTests {
    /// The Character-based definition the byte path stands in for.
    static func referenceFold(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let samples = [
        "", " ", "AIS.0101", "  a\tb\r\nc  ", "a\u{0B}b\u{0C}c", "x\u{1C}y\u{1F}z\u{7F}", "\r\n\r\n", "a  b   c",
        "café  crème", "a\u{00A0}b", "a\u{2028}b", "其他 错误码", "e\u{301} x", " \u{301}x",
    ]

    @Test(arguments: samples)
    func foldMatchesCharacters(_ text: String) {
        #expect(RichText.fold(text) == Self.referenceFold(text))
    }

    @Test(arguments: samples)
    func whitespaceMatchesCharacters(_ text: String) {
        #expect(RichText.containsWhitespace(text) == text.contains(where: \.isWhitespace))
    }

    @Test func everyASCIIByteAgrees() {
        for value in UInt8(0)..<0x80 {
            let text = "a" + String(UnicodeScalar(value)) + "b"
            #expect(RichText.fold(text) == Self.referenceFold(text), "byte \(value)")
            #expect(RichText.containsWhitespace(text) == text.contains(where: \.isWhitespace), "byte \(value)")
        }
    }

    @Test func noteLabelsStillFound() {
        for label in ["Other", "OTHERS.", "其他", "其他错误码", " other&nbsp;"] {
            #expect(CodeShape.isNoteLabel(label), "\(label)")
        }
        for text in ["AIS.0101", "Another", "0", "Ecs.1000"] {
            #expect(!CodeShape.isNoteLabel(text), "\(text)")
        }
    }
}
