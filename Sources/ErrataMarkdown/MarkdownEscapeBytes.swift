/// `MarkdownText.escape` at the UTF-8 byte level, for text where every byte is one `Character`:
/// ASCII without carriage returns (CR LF is a single `Character`, so it stays on the
/// `Character`-level path). Gives exactly the bytes the `Character`-level escaping gives.
enum MarkdownEscapeBytes {
    /// Whether `bytes` can be escaped byte by byte.
    static func applies(to bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }

    /// Appends `bytes` escaped to `out`. `continuesLine`: the first line follows other markup (a
    /// non-word character), so line-start rules do not apply to it and `_` at its start sees a
    /// non-word neighbour. Requires `applies(to: bytes)`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, continuesLine: Bool, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count + 8)
        var lineStart = 0
        var firstLine = true
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if !firstLine { out.append(0x0A) }
            appendLine(bytes, lineStart, lineEnd, atLineStart: !(firstLine && continuesLine), to: &out)
            firstLine = false
            lineStart = lineEnd + 1
        }
    }

    private static func appendLine(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, atLineStart: Bool, to out: inout [UInt8]
    ) {
        // Where line-start markers may stand (`-1`: nowhere), and where the digits after it end.
        var firstNonSpace = -1
        var digitsEnd = -1
        if atLineStart {
            firstNonSpace = start
            while firstNonSpace < end, bytes[firstNonSpace] == 0x20 { firstNonSpace += 1 }
            digitsEnd = firstNonSpace
            while digitsEnd < end, isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
        }
        var index = start
        while index < end {
            let byte = bytes[index]
            let spaceFollows = index + 1 < end && bytes[index + 1] == 0x20
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "<"):
                out.append(0x5C)
            case UInt8(ascii: "_"):
                let before = index > start && isWord(bytes[index - 1])
                let after = index + 1 < end && isWord(bytes[index + 1])
                if !(before && after) { out.append(0x5C) }
            case UInt8(ascii: "#"), UInt8(ascii: ">"):
                if index == firstNonSpace { out.append(0x5C) }
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                if index == firstNonSpace && spaceFollows { out.append(0x5C) }
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                if firstNonSpace >= 0, index > firstNonSpace, index == digitsEnd, spaceFollows { out.append(0x5C) }
            default:
                break
            }
            out.append(byte)
            index += 1
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    private static func isWord(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
