import ErrataSpec
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ErrataModel

/// Brings a page's bytes to what the parser is given: UTF-8 without BOM or NUL bytes.
///
/// A page in UTF-8 (declared, or declaring nothing) is checked, not copied. A page that declares
/// another charset (or starts with a UTF-16 BOM) is converted with iconv.
enum HTMLInputDecoder {
    static let maxInputBytes = 256 * 1024 * 1024

    enum Decoded {
        /// The input itself is UTF-8; parse it from `start` (after a BOM).
        case original(start: Int)
        /// The input converted to UTF-8.
        case converted([UInt8])
    }

    static func decode(_ data: [UInt8], path: String) throws -> Decoded {
        guard data.count <= maxInputBytes else {
            throw Diagnostic.error(
                "input is \(data.count) bytes; the HTML reader accepts at most 256 MB",
                at: SourceLocation(path: path))
        }
        return try data.withUnsafeBufferPointer { bytes in
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                try check(bytes, from: 3, path: path)
                return .original(start: 3)
            }
            if bytes.starts(with: [0xFF, 0xFE]) {
                return .converted(try convert(bytes, from: 2, charset: "UTF-16LE", label: "UTF-16LE", path: path))
            }
            if bytes.starts(with: [0xFE, 0xFF]) {
                return .converted(try convert(bytes, from: 2, charset: "UTF-16BE", label: "UTF-16BE", path: path))
            }
            let label = HTMLCharsetSniffer.declaredCharset(in: bytes)
            guard let label, let charset = iconvName(forLabel: label) else {
                try check(bytes, from: 0, path: path)
                return .original(start: 0)
            }
            try checkNoNUL(bytes, path: path)
            return .converted(try convert(bytes, from: 0, charset: charset, label: label, path: path))
        }
    }

    /// The iconv name for a declared charset label, or nil when the page is to be read as UTF-8
    /// (WHATWG: a UTF-16 label on an ASCII-compatible page means UTF-8).
    static func iconvName(forLabel label: String) -> String? {
        let label = label.trimmingHTMLWhitespace()
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
            "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff",
            "unicodefffe":
            return nil
        case "gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58",
            "x-gbk", "gb18030":
            return "GB18030"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252",
            "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "iso88591", "iso_8859-1:1987":
            return "WINDOWS-1252"
        case "shift_jis", "shift-jis", "sjis", "ms_kanji", "x-sjis", "windows-31j", "csshiftjis", "ms932":
            return "CP932"
        case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5":
            return "BIG5-HKSCS"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr":
            return "CP949"
        default:
            return label.uppercased()
        }
    }

    private static func check(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, path: String) throws {
        let body = UnsafeBufferPointer(rebasing: bytes[start...])
        switch UTF8Validator.firstProblem(in: body) {
        case nil:
            return
        case .invalid(let offset)?:
            let position = start + offset
            throw Diagnostic.error(
                "invalid UTF-8 at byte offset \(position) (byte 0x\(hex(bytes[position]))); "
                    + "declare the page's encoding with <meta charset> if it is not UTF-8",
                at: TextPosition.location(of: position, in: bytes, path: path))
        case .nul(let offset)?:
            let position = start + offset
            throw nulError(at: position, in: bytes, path: path)
        }
    }

    private static func checkNoNUL(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws {
        if let position = bytes.firstIndex(of: 0) {
            throw nulError(at: position, in: bytes, path: path)
        }
    }

    private static func nulError(at position: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String) -> Diagnostic {
        Diagnostic.error(
            "NUL byte at byte offset \(position); the input is binary or damaged, not an HTML page",
            at: TextPosition.location(of: position, in: bytes, path: path))
    }

    /// Converts `bytes[start...]` from `charset` to UTF-8.
    private static func convert(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, charset: String, label: String, path: String
    ) throws -> [UInt8] {
        let converter = iconv_open("UTF-8", charset)
        guard let converter, Int(bitPattern: converter) != -1 else {
            throw Diagnostic.error("the page declares charset \"\(label)\", which this system cannot convert",
                at: SourceLocation(path: path))
        }
        defer { iconv_close(converter) }
        let inputCount = bytes.count - start
        var output = [UInt8](repeating: 0, count: inputCount + inputCount / 2 + 16)
        var produced = 0
        var consumed = 0
        guard let base = bytes.baseAddress else { return [] }
        while consumed < inputCount {
            if output.count - produced < 16 { output.append(contentsOf: repeatElement(0, count: output.count)) }
            var inLeft = inputCount - consumed
            var outLeft = output.count - produced
            let result: Int = output.withUnsafeMutableBufferPointer { out in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base + start + consumed)
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress! + produced)
                    .assumingMemoryBound(to: CChar.self)
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result
            }
            let before = inputCount - consumed
            consumed += before - inLeft
            produced = output.count - outLeft
            if result == -1 {
                let error = errno
                if error == E2BIG {
                    output.append(contentsOf: repeatElement(0, count: output.count))
                    continue
                }
                let position = start + consumed
                throw Diagnostic.error(
                    "byte 0x\(hex(bytes[min(position, bytes.count - 1)])) at byte offset \(position) is not valid "
                        + "in the page's declared charset \"\(label)\"",
                    at: TextPosition.location(of: position, in: bytes, path: path))
            }
        }
        output.removeSubrange(produced...)
        if let nul = output.firstIndex(of: 0) {
            throw output.withUnsafeBufferPointer { nulError(at: nul, in: $0, path: path) }
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
