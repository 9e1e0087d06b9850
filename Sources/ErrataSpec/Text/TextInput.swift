import ErrataModel

/// Bytes of a text input (text rendering, Markdown, RST, a YAML spec or `errata.yml`) as a String.
package enum TextInput {
    /// UTF-8 only: a byte-order mark is skipped; CRLF and lone CR line ends become LF. A NUL byte
    /// or a byte that is not UTF-8 is an error at its line and column (after the byte-order mark,
    /// as an editor counts them), its message giving the byte's offset in the file.
    package static func decode(_ data: [UInt8], path: String) throws -> String {
        let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        try data.withUnsafeBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(rebasing: buffer[start...])
            switch UTF8Validator.firstProblem(in: bytes) {
            case nil:
                return
            case .nul(let offset)?:
                throw Diagnostic.error(
                    "the input contains a NUL byte at offset \(start + offset); it is binary or damaged, not text",
                    at: TextPosition.location(of: offset, in: bytes, path: path))
            case .invalid(let offset)?:
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                throw Diagnostic.error(
                    "the input is not valid UTF-8: byte 0x\(byte) at offset \(start + offset)",
                    at: TextPosition.location(of: offset, in: bytes, path: path))
            }
        }
        // Validated above: decoding replaces nothing.
        return String(decoding: data[start...], as: UTF8.self).replacingCRLF()
    }
}

extension String {
    package func replacingCRLF() -> String {
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
