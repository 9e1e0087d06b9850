import ErrataModel

/// Bytes of a text-format input (text rendering, Markdown, RST) as a String.
enum TextInput {
    /// UTF-8 only; a byte-order mark is skipped; CRLF and lone CR line ends become LF.
    static func decode(_ data: [UInt8], path: String) throws -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            throw Diagnostic.error("the input contains a NUL byte at offset \(nul - bytes.startIndex)", at: SourceLocation(path: path))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Diagnostic.error("the input is not valid UTF-8", at: SourceLocation(path: path))
        }
        return text.replacingCRLF()
    }
}

extension String {
    func replacingCRLF() -> String {
        guard contains("\r") else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
