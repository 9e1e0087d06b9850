import ErrataModel

/// Line and column (1-based, column counted in bytes) of a byte offset, for diagnostics. A line
/// ends at LF, CRLF or a lone CR, as the text readers count lines.
package enum TextPosition {
    package static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where isLineEnd(at: index, in: bytes) {
            line += 1
            lineStart = index + 1
        }
        return SourceLocation(path: path, line: line, column: offset - lineStart + 1)
    }

    private static func isLineEnd(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes[index] {
        case 0x0A: true
        case 0x0D: index + 1 == bytes.count || bytes[index + 1] != 0x0A
        default: false
        }
    }
}
