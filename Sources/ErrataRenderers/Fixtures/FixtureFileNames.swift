import ErrataModel

/// File names of the fixtures, derived from the codes alone (not from their order), safe on every
/// filesystem and unique even where names are compared without case.
///
/// Encoding of a code:
/// - ASCII letters, digits, `-` and `.` stay; every other UTF-8 byte (including `_`) becomes `_` and
///   two uppercase hex digits: `APIG/0101` → `APIG_2F0101`, `错` → `_E9_94_99`, `a_b` → `a_5Fb`.
/// - A leading or trailing `.` is encoded too (`.x` → `_2Ex`), and so is the first character of a name
///   Windows reserves (`CON`, `NUL`, `COM1`, … also before a dot) or of `index` (the index's own name).
/// - The empty code is `_`.
/// - When codes differ only in ASCII letter case (`AIS.0101`, `ais.0101`), every one of them encodes its
///   uppercase letters (`_41_49_53.0101`, `ais.0101`), so no two names fold to the same name.
/// - Names longer than 200 bytes are cut at 180 and get `_h` + the code's 64-bit FNV-1a hash in hex.
///
/// Variant 1 of a code is `<name>.json`; variant n ≥ 2 is `<name>_v<n>.json` (`ModelArts.4105_v2.json`);
/// `.xml` instead of `.json` for a service whose error body is XML.
/// `_v` and `_h` can never come out of the encoding, whose `_` is always followed by two hex digits.
enum FixtureFileNames {
    static let indexFileName = "index.json"

    /// File name of each variant of each entry: `result[entry][variant]`.
    static func names(for entries: [Entry], extension fileExtension: String = "json") throws -> [[String]] {
        // Codes compare by bytes: "é" and "e\u{301}" are different codes with different names.
        var seenCodes = Set<[UInt8]>()
        for entry in entries where !seenCodes.insert(Array(entry.code.utf8)).inserted {
            throw Diagnostic.error("duplicate code \"\(entry.code)\": fixtures need one entry per code",
                                   at: entry.location)
        }
        var foldCounts: [[UInt8]: Int] = [:]
        for entry in entries { foldCounts[Array(asciiLowercased(entry.code).utf8), default: 0] += 1 }
        return entries.map { entry in
            let clashes = foldCounts[Array(asciiLowercased(entry.code).utf8)]! > 1
            let base = baseName(entry.code, encodeUppercase: clashes)
            return entry.variants.indices.map { index in
                index == 0 ? "\(base).\(fileExtension)" : "\(base)_v\(index + 1).\(fileExtension)"
            }
        }
    }

    /// The encoded name of `code`, without extension.
    static func baseName(_ code: String, encodeUppercase: Bool) -> String {
        let bytes = Array(code.utf8)
        guard !bytes.isEmpty else { return "_" }
        let forceFirst = isReserved(code)
        var name = ""
        for (index, byte) in bytes.enumerated() {
            let isEdgeDot = byte == UInt8(ascii: ".") && (index == 0 || index == bytes.count - 1)
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            if isKept(byte) && !isEdgeDot && !(forceFirst && index == 0) && !(encodeUppercase && isUpper) {
                name.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                name += "_" + hex(byte)
            }
        }
        return shortened(name, code: code)
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }

    private static let reservedStems: Set<String> = {
        var stems: Set<String> = ["con", "prn", "aux", "nul", "index"]
        for digit in 0...9 {
            stems.insert("com\(digit)")
            stems.insert("lpt\(digit)")
        }
        return stems
    }()

    /// The code's name, before any dot, is one Windows reserves (or the index's).
    private static func isReserved(_ code: String) -> Bool {
        let stem = code.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return reservedStems.contains(asciiLowercased(String(stem)))
    }

    private static let maxLength = 200
    private static let cutLength = 180

    private static func shortened(_ name: String, code: String) -> String {
        guard name.utf8.count > maxLength else { return name }
        var cut = Array(name.utf8.prefix(cutLength))
        // Do not cut an escape in half: drop a `_` or `_X` left at the end.
        if let underscore = cut.suffix(2).lastIndex(of: UInt8(ascii: "_")) { cut.removeSubrange(underscore...) }
        return String(decoding: cut, as: UTF8.self) + "_h" + fnv1a(code)
    }

    /// 64-bit FNV-1a of the code's UTF-8 bytes, 16 lowercase hex digits (stable across runs and platforms).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
