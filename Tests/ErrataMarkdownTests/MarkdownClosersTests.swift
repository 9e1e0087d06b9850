@testable import ErrataMarkdown
import ErrataTestSupport
import Testing

/// `MarkdownClosers` finds in one pass what scanning ahead from each opener would find.
@Suite struct MarkdownClosersTests {
    /// On 3,000 random texts over the characters these constructs are made of, every closer is
    /// where scanning ahead from its opener finds it.
    @Test func closersAreWhereScanningAheadFindsThem() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("`a</>cCoOdDeE*}{/".utf8)
        for _ in 0..<3_000 {
            let bytes = (0..<Int(generator.next() % 28)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let closers = MarkdownClosers(bytes)
            let text = String(decoding: bytes, as: UTF8.self).debugDescription
            for index in bytes.indices {
                for length in 1...3 {
                    #expect(closers.backticks(length: length, from: index) == Self.scanBackticks(bytes, length, index), "\(text) ` \(length) \(index)")
                }
                #expect(closers.codeCloseTag(from: index) == Self.scan(Array("</code>".utf8), bytes, index), "\(text) </code> \(index)")
                #expect(closers.commentEnd(from: index) == Self.scan(Array("*/}".utf8), bytes, index), "\(text) */} \(index)")
            }
            #expect(closers.codeCloseTag(from: bytes.count) == nil)
        }
    }

    /// The first maximal run of exactly `length` backticks that starts at or after `start`.
    static func scanBackticks(_ bytes: [UInt8], _ length: Int, _ start: Int) -> Int? {
        var position = 0
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "`") else { position += 1; continue }
            var end = position
            while end < bytes.count, bytes[end] == UInt8(ascii: "`") { end += 1 }
            if end - position == length, position >= start { return position }
            position = end
        }
        return nil
    }

    static func scan(_ tag: [UInt8], _ bytes: [UInt8], _ start: Int) -> Int? {
        var position = start
        while position + tag.count <= bytes.count {
            let lowered = bytes[position..<(position + tag.count)].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            if lowered == tag { return position }
            position += 1
        }
        return nil
    }
}
