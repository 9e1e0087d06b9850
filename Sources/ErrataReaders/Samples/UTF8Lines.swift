/// The lines of a page's text, found in its UTF-8 bytes: what the finders of code blocks and
/// titles walk through, so that a page costs one pass over its bytes and only the few lines that
/// may matter (a fence, a heading, a directive) are made into `Substring`s and looked at as
/// `Character`s.
///
/// The lines are those of `split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)`:
/// a line ends at LF, CR, CRLF (one break), VT, FF, NEL, LS or PS. Each of these is a `Character`
/// of its own (a grapheme cluster breaks before and after a control or a separator, CR LF being
/// one), so the bytes between two of them are exactly the characters between them. Bytes that are
/// not UTF-8 never form a line break, whether or not they were decoded first (decoding replaces
/// them with U+FFFD and leaves every valid break and every ASCII byte where it was).
struct UTF8Lines {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next line starts; past the end once the last line has been given.
    private var start = 0
    /// The 0-based number of the next line.
    private(set) var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next line's bytes (without its break), nil after the last line. A text has one line
    /// more than it has breaks: an empty text is one empty line, a text ending in a break ends
    /// with an empty line.
    mutating func next() -> Range<Int>? {
        guard start <= bytes.count else { return nil }
        var position = start
        while position < bytes.count {
            // Eight bytes at a time while none is below 0x0E or above 0x7F (no break starts there);
            // else those eight one by one.
            var end = bytes.count
            if position + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let below = (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080
                if high | below == 0 {
                    position += 8
                    continue
                }
                end = position + 8
            }
            while position < end {
                let breakLength = Self.breakLength(bytes, at: position)
                if breakLength > 0 {
                    let line = start..<position
                    start = position + breakLength
                    index += 1
                    return line
                }
                position += 1
            }
        }
        let line = start..<bytes.count
        start = bytes.count + 1
        index += 1
        return line
    }

    /// The length of the line break at `position`, 0 when none starts there.
    @inline(__always)
    private static func breakLength(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int {
        let byte = bytes[position]
        if byte <= 0x0D {
            guard byte >= 0x0A else { return 0 }
            return byte == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A ? 2 : 1
        }
        if byte == 0xC2 {  // NEL, U+0085
            return position + 1 < bytes.count && bytes[position + 1] == 0x85 ? 2 : 0
        }
        if byte == 0xE2 {  // LS and PS, U+2028 and U+2029
            return position + 2 < bytes.count && bytes[position + 1] == 0x80
                && (bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9) ? 3 : 0
        }
        return 0
    }

    /// Whether every byte of `line` is `byte` (and there is at least one).
    static func isRun(of byte: UInt8, _ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !line.isEmpty && line.allSatisfy { bytes[$0] == byte }
    }

    /// Where `line`'s first byte that is not a space (0x20) is; `line.upperBound` when none.
    static func afterSpaces(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var position = line.lowerBound
        while position < line.upperBound, bytes[position] == 0x20 { position += 1 }
        return position
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes and a function making the `Substring` of a byte
    /// range (a range of `UTF8Lines` lines, whose ends are character boundaries).
    func withLines<Result>(
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ substring: (Range<Int>) -> Substring) -> Result
    ) -> Result {
        var text = self
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            let utf8 = text.utf8
            return body(bytes) { range in
                let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                let upper = utf8.index(lower, offsetBy: range.count)
                return text[lower..<upper]
            }
        }!
    }
}
