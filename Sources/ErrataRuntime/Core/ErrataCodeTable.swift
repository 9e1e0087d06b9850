/// The documentation of every code of a service: one string literal with a hash index.
///
/// The layout, lines separated by LF:
///
/// 1. a header: `width` in one base-64 digit, the number of code lines in `width` digits,
///    `slotBits` in one digit (a base-64 digit is `0` plus its value);
/// 2. the hash index: `2^slotBits` slots, each a tag digit, then the line number plus one (0:
///    an empty slot) and the line's offset, `width` digits each. A code's first slot is the top
///    `slotBits` bits of `hash(code)` and its tag bits 20 to 25; an occupied slot with another
///    code moves on to the next (linear probing), and a slot whose tag differs is passed without
///    reading its line;
/// 3. the offsets: per line, `width` digits, where it starts, counted in UTF-8 bytes from the
///    start of the first line;
/// 4. one line per code, in document order: fields, each ended by `␟` (E2 90 9F), the first
///    being the code; `␛` (E2 90 9B) escapes the next character and `␛n` is a line break.
///
/// `ErrataCodeTable.build(_:)` writes the layout, `ErrataCodeTable(_:)` reads it; what a line
/// holds after its code is up to its user (`ErrataCodeRecord` reads the generated libraries'
/// lines).
public struct ErrataCodeTable: @unchecked Sendable {
    // `bytes` point into a `StaticString` (the program's constant data) or into a copy that is
    // never freed nor written: immutable, so safe to share.
    /// The table's UTF-8 bytes.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The number of code lines.
    public let lines: Int
    private let slotBits: Int
    private let mask: Int
    private let width: Int
    private let slots: Int
    private let offsets: Int
    private let rows: Int

    /// The table of a literal in the generated code. A literal that is not a table stops the
    /// program: it is the generator's output, never input.
    public init(_ literal: StaticString) {
        precondition(literal.hasPointerRepresentation, "an error table is a string literal")
        self.init(bytes: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// The table of text built at run time, e.g. `build(_:)`'s result. Its bytes are copied
    /// and kept for the life of the program: such tables are made once, by tests and tools.
    public init(text: String) {
        let utf8 = Array(text.utf8)
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(utf8.count, 1))
        _ = copy.initialize(from: utf8)
        self.init(bytes: UnsafeBufferPointer(start: copy.baseAddress, count: utf8.count))
    }

    /// Calls `body` with the table of `text`, whose bytes live only during the call (nothing is
    /// copied or kept): for tools that check many tables.
    public static func withTable<Result>(text: String, _ body: (ErrataCodeTable) throws -> Result) rethrows -> Result {
        var text = text
        return try text.withUTF8 { try body(ErrataCodeTable(bytes: $0)) }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        precondition(bytes.count >= 3, "The generated error table is corrupt")
        width = Int(bytes[0] &- 48)
        precondition(width > 0 && bytes.count >= width + 2, "The generated error table is corrupt")
        lines = Self.number(in: bytes, at: 1, width: width)
        slotBits = Self.number(in: bytes, at: width + 1, width: 1)
        mask = (1 << slotBits) - 1
        slots = width + 3
        let index: Int = (2 * width + 1) << slotBits
        offsets = slots + index + 1
        rows = offsets + width * lines + 1
        precondition(rows <= bytes.count, "The generated error table is corrupt")
    }

    // MARK: Lookup

    /// The line of `code`; nil for a code the table does not hold. Inlined into the caller for a
    /// string whose UTF-8 is contiguous (the usual case); any other is copied here, in the runtime.
    @inlinable
    public func line(for code: String) -> Int? {
        if let line = code.utf8.withContiguousStorageIfAvailable({ line(forUTF8: $0) }) { return line }
        return line(forCopied: code)
    }

    /// The line of `code`, its UTF-8 copied first.
    public func line(forCopied code: String) -> Int? {
        var key = code
        return key.withUTF8 { line(forUTF8: $0) }
    }

    /// The line of the code whose UTF-8 is `code`; nil for a code the table does not hold.
    public func line(forUTF8 code: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(code)
        let tag = UInt8(truncatingIfNeeded: hash >> 20 & 63) &+ 48
        var slot = Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
        while true {
            let position = slots + slot * (2 * width + 1)
            let stored = number(at: position + 1)
            if stored == 0 { return nil }
            if bytes[position] == tag, codeField(atLine: stored - 1, equals: code) { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether line `line`'s first field is `code`: compared in place, and decoded only when the
    /// field holds an escape (a code with a line break, `␟` or `␛`).
    private func codeField(atLine line: Int, equals code: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = lineStart(line)
        var index = 0
        while index < code.count, start + index < bytes.count, bytes[start + index] == code[index] { index += 1 }
        let end = start + index
        if index == code.count, end + 2 < bytes.count, bytes[end] == 0xE2, bytes[end + 1] == 0x90, bytes[end + 2] == 0x9F {
            return true
        }
        var position = start
        while position + 2 < bytes.count, bytes[position] != 10 {
            if bytes[position] == 0xE2, bytes[position + 1] == 0x90 {
                if bytes[position + 2] == 0x9F { return false }
                if bytes[position + 2] == 0x9B { return self.code(atLine: line).utf8.elementsEqual(code) }
            }
            position += 1
        }
        return false
    }

    /// Where line `line` starts.
    public func lineStart(_ line: Int) -> Int {
        rows + number(at: offsets + line * width)
    }

    /// A reader at the start of line `line`.
    public func reader(atLine line: Int) -> ErrataFieldReader {
        ErrataFieldReader(bytes: bytes, position: lineStart(line))
    }

    /// The code of line `line`.
    public func code(atLine line: Int) -> String {
        var reader = reader(atLine: line)
        return reader.next()
    }

    /// Every code, in line order.
    public var codes: [String] {
        var codes: [String] = []
        codes.reserveCapacity(lines)
        for line in 0..<lines { codes.append(code(atLine: line)) }
        return codes
    }

    private func number(at position: Int) -> Int {
        Self.number(in: bytes, at: position, width: width)
    }

    /// The `width` base-64 digits at `position`.
    public static func number(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, width: Int) -> Int {
        var value = 0
        for index in position..<(position + width) { value = value << 6 | Int(bytes[index] &- 48) }
        return value
    }

    // MARK: Codes in JSON

    /// A code as JSON holds it, a string or an integer (a generated code type's `init(from:)`);
    /// never fails on an unknown code.
    public static func code(from decoder: any Decoder) throws -> String {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) { return text }
        return String(try container.decode(Int.self))
    }

    /// Encodes a code as a JSON string (a generated code type's `encode(to:)`).
    public static func encode(code: String, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    // MARK: The hash

    /// The length, then each 8-byte word (little-endian, the last one padded with zeros)
    /// xor-ed in and multiplied, then mixed.
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(bytes.count) &* 0x9e37_79b9_7f4a_7c15
        var start = 0
        while start < bytes.count {
            var word: UInt64 = 0
            if bytes.count - start >= 8 {
                word = UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: start, as: UInt64.self))
            } else {
                for index in start..<bytes.count { word |= UInt64(bytes[index]) << UInt64(8 * (index - start)) }
            }
            hash = (hash ^ word) &* 0x9e37_79b9_7f4a_7c15
            hash ^= hash >> 32
            start += 8
        }
        hash = (hash ^ hash >> 29) &* 0xbf58_476d_1ce4_e5b9
        return hash ^ hash >> 32
    }

    /// `hash` of a string's UTF-8.
    public static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    // MARK: Writing

    /// The table's text for `lines`, each a code's fields (the code first), not yet escaped:
    /// the header, the index, the offsets and the escaped lines, joined by LF, without a final
    /// line break. A code given twice is indexed at its first line.
    public static func build(_ lines: [[String]]) -> String {
        buildLines(lines).joined(separator: "\n")
    }

    /// `build(_:)`'s lines: header, index, offsets, then one per code.
    public static func buildLines(_ lines: [[String]]) -> [String] {
        let rows = lines.map { fields in fields.map { ErrataFieldReader.escaped($0) + "␟" }.joined() }
        let (offsets, width) = offsets(of: rows, counting: rows.count)
        var slotBits = 0
        while 3 << slotBits < 4 * rows.count { slotBits += 1 }
        var slots = [(tag: Int, line: Int)](repeating: (0, 0), count: 1 << slotBits)
        var indexed = Set<String>()
        for (line, fields) in lines.enumerated() {
            let code = fields.first ?? ""
            guard indexed.insert(code).inserted else { continue }
            let hash = Self.hash(code)
            var slot = Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
            while slots[slot].line != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (Int(hash >> 20 & 63), line + 1)
        }
        var index = ""
        for slot in slots {
            index.unicodeScalars.append(Unicode.Scalar(UInt8(48 + slot.tag)))
            index += digits(slot.line, width: width) + digits(slot.line == 0 ? 0 : offsets[slot.line - 1], width: width)
        }
        var header = String(Unicode.Scalar(UInt8(48 + width)))
        header += digits(rows.count, width: width)
        header.unicodeScalars.append(Unicode.Scalar(UInt8(48 + slotBits)))
        return [header, index, offsets.map { digits($0, width: width) }.joined()] + rows
    }

    /// Where each row starts (rows joined by LF), and the base-64 digits a number needs to hold
    /// every offset, the total and `count`.
    static func offsets(of rows: [String], counting count: Int) -> (offsets: [Int], width: Int) {
        var offsets: [Int] = []
        var total = 0
        for row in rows {
            offsets.append(total)
            total += row.utf8.count + 1
        }
        var width = 1
        while max(total, count) >> (6 * width) > 0 { width += 1 }
        return (offsets, width)
    }

    /// `value` in `width` base-64 digits, most significant first.
    public static func digits(_ value: Int, width: Int) -> String {
        var text = ""
        for shift in (0..<width).reversed() {
            let digit: Int = (value >> (6 * shift)) & 63
            text.unicodeScalars.append(Unicode.Scalar(UInt8(48 + digit)))
        }
        return text
    }
}

/// Reads the fields of a table line: `␟` (E2 90 9F) ends a field, `␛` (E2 90 9B) escapes the
/// next byte, `␛n` is a line break.
public struct ErrataFieldReader {
    /// The bytes read.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next field starts.
    public var position: Int

    public init(bytes: UnsafeBufferPointer<UInt8>, position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// Whether the reader is at the end of its line (or of the bytes).
    public var atLineEnd: Bool { position >= bytes.count || bytes[position] == 10 }

    /// The next field as text.
    public mutating func next() -> String {
        var field: [UInt8] = []
        while position + 2 < bytes.count, bytes[position] != 10 {
            let byte = bytes[position]
            position += 1
            if byte != 0xE2 || bytes[position] != 0x90 {
                field.append(byte)
            } else if bytes[position + 1] == 0x9F {
                position += 2
                return String(decoding: field, as: UTF8.self)
            } else if bytes[position + 1] == 0x9B {
                position += 2
                guard position < bytes.count else { break }
                field.append(bytes[position] == 110 ? 10 : bytes[position])
                position += 1
            } else {
                field.append(byte)
            }
        }
        preconditionFailure("The generated error table is corrupt")
    }

    /// A field of decimal digits.
    public mutating func number() -> Int {
        var value = 0
        while position < bytes.count, bytes[position] != 0xE2 {
            value = value &* 10 &+ Int(bytes[position] &- 48)
            position += 1
        }
        position += 3
        return value
    }

    /// A field of decimal numbers separated by commas.
    public mutating func numbers() -> [Int] {
        var values: [Int] = []
        var value = 0
        var digits = false
        while position < bytes.count, bytes[position] != 0xE2 {
            if bytes[position] == 44 {
                values.append(value)
                value = 0
                digits = false
            } else {
                value = value &* 10 &+ Int(bytes[position] &- 48)
                digits = true
            }
            position += 1
        }
        position += 3
        if digits { values.append(value) }
        return values
    }

    /// `text` as a field holds it: `␛` before `␛` and `␟`, `␛n` for a line break.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "␛", "␟": out += "␛"; out.unicodeScalars.append(scalar)
            case "\n": out += "␛n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
