import ErrataModel

/// Line and column (1-based, column counted in bytes) of a byte offset, for diagnostics.
enum TextPosition {
    static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return SourceLocation(path: path, line: line, column: offset - lineStart + 1)
    }
}
