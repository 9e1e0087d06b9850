import ErrataMarkdown
import ErrataModel

/// `PErrorTable.swift`: all per-code data in one string literal with a hash index, decoded 256
/// codes at a time when a lookup first needs them; for a catalog with translations, followed by
/// them and by `PLocalization` (`SwiftLocalization`).
///
/// The literal (a `StaticString`, read as UTF-8 bytes in place) is lines separated by LF:
///
/// 1. a header: `width` in one digit, the number of code lines in `width` digits, `slotBits` in one;
/// 2. the hash index: `2^slotBits` slots, each a tag digit, then the line number plus one (0:
///    an empty slot) and the line's offset in `width` digits each. A code's 64-bit hash (`hash`:
///    its UTF-8 taken 8 bytes at a time, multiplied and mixed) gives its first slot (the top
///    `slotBits` bits) and its tag (bits 20 to 25); a slot with another code moves on to the next
///    (linear probing), and a slot whose tag differs is passed without decoding anything. At most
///    three codes for every four slots;
/// 3. the offsets: per code in document order, `width` digits, where its line starts counted in
///    UTF-8 bytes from the start of the first code line;
/// 4. one line per code, in document order, each field ended by `␟` (U+241F):
///    `code␟module␟flags␟[remarks␟]variant count␟` and per variant
///    `message␟description␟solution␟statuses␟extras␟[plain description␟][plain solution␟]segment count␟segment␟…`
///    then, when extras say so, `alternative count␟` and per alternative message
///    `message␟segment count␟segment␟…`, then `column count␟` and per column `name␟value␟`.
///    An empty module means none; statuses are the row's HTTP statuses in decimal, separated by `,`
///    (`400,500`), empty for none; flags is 1 for deprecated, plus 2 for retryable, plus
///    4 when a remarks field follows; extras is 1 when a plain description follows, plus 2 when a
///    plain solution follows (otherwise the plain text is the Markdown itself, so the table does not
///    hold every text twice), plus 4 when alternative messages follow, plus 8 when columns follow; segments are a message's
///    literal text between placeholders (`MessageTemplate`). Inside a field, `␛` (U+241B) escapes the next character: `␛␛`, `␛␟`,
///    and `␛n` for a line break.
///
/// Numbers in the index and offsets are base 64, most significant digit first, a digit being the
/// ASCII character `0` (0x30) plus its value (so `0`…`9`, `:`…`@`, `A`…`Z`, `[`…`` ` ``, `a`…`o`).
///
/// The lines sit in a raw multi-line literal whose `#` delimiter is longer than any `#` run after a
/// quote or backslash in them; invisible characters are `\#u{…}` escapes
/// (`SwiftLiteral.rawEscaped`), so any text round-trips.
///
/// Why this shape (docs/performance.md): a huge string literal compiles fast, unlike thousands of
/// struct or dictionary literals. The index is computed here, so nothing is built at run time: a
/// lookup hashes the code's bytes, reads its slot, and takes the documentation from the code's
/// chunk, a `static let` of 256 decoded lines that Swift initialises once, thread-safely, on first
/// use. So the first lookup decodes at most 256 lines (the whole table took 0.5 s at 20k codes),
/// and later lookups take no lock and are as fast as a `Dictionary`'s. Every other number the
/// runtime needs is in the literal, so the code around it depends only on the number of codes.
enum SwiftErrorTableFile {
    static let fieldEnd: Unicode.Scalar = "\u{241F}"
    static let escape: Unicode.Scalar = "\u{241B}"

    static func render(_ context: SwiftContext) -> String {
        let table = context.tableType
        let info = context.infoType
        let variant = context.variantType
        let lines = tableLines(context.catalog.entries)
        let hashes = SwiftLiteral.rawDelimiterLength(lines)
        let delimiter = String(repeating: "#", count: hashes)
        let literal = lines.map { "        " + SwiftLiteral.rawEscaped($0, hashes: hashes) + "\n" }.joined()
        // With translations, the file also holds them (`SwiftLocalization`), which need Foundation.
        let imports = context.hasLocales ? "\nimport Foundation\n" : ""
        let translations = context.hasLocales ? "\n" + SwiftLocalization.declarations(context) : ""
        return context.header + imports + """

            /// The documentation of every code: one string with a hash index; the lines of a code's
            /// chunk are decoded on its first lookup and kept.
            enum \(table) {
                /// The code's documentation; nil for an undocumented code.
                static func info(for rawValue: String) -> \(info)? {
                    let index = Self.index
                    var key = rawValue
                    let hash = key.withUTF8 { Self.hash($0) }
                    // The top bits are the first slot, six others the tag.
                    let tag = UInt8(truncatingIfNeeded: hash >> 20 & 63) &+ 48
                    var slot = Int(truncatingIfNeeded: hash >> (64 - index.slotBits))
                    while let entry = index.entry(slot) {
                        if entry.tag == tag {
                            let info = chunk(entry.line >> 8).infos[entry.line & 255]
                            if info.code.rawValue == rawValue { return info }
                        }
                        slot = (slot + 1) & index.mask
                    }
                    return nil
                }

                /// The length, then each 8-byte word (little-endian, the last one padded with zeros)
                /// xor-ed in and multiplied, then mixed.
                static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
                    var hash = UInt64(bytes.count) &* 0x9e37_79b9_7f4a_7c15
                    var start = 0
                    while start < bytes.count {
                        var word: UInt64 = 0
                        if bytes.count - start >= 8 {
                            word = UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: start, as: UInt64.self))
                        } else {
                            for index in start..<bytes.count { word |= UInt64(bytes[index]) << (8 * (index - start)) }
                        }
                        hash = (hash ^ word) &* 0x9e37_79b9_7f4a_7c15
                        hash ^= hash >> 32
                        start += 8
                    }
                    hash = (hash ^ hash >> 29) &* 0xbf58_476d_1ce4_e5b9
                    return hash ^ hash >> 32
                }

                /// Every code in document order, decoded on first use.
                static let shared = Codes()

                struct Codes: Sendable {
                    let codes: [\(context.codeType)]

                    @_optimize(none)
                    init() {
                        let index = \(table).index
                        var codes: [\(context.codeType)] = []
                        codes.reserveCapacity(index.lines)
                        for line in 0..<index.lines {
                            var reader = FieldReader(index, at: index.lineStart(line))
                            codes.append(\(context.codeType)(rawValue: reader.next()))
                        }
                        self.codes = codes
                    }
                }

                /// The documentation of 256 lines (line `number << 8` on), decoded together on first use.
                struct Chunk: Sendable {
                    let infos: [\(info)]

                    @_optimize(none)
                    init(_ number: Int) {
                        var infos: [\(info)] = []
                        for line in (number << 8)..<min((number + 1) << 8, \(table).index.lines) {
                            infos.append(\(table).decode(line: line))
                        }
                        self.infos = infos
                    }
                }

            \(chunks(lineCount: context.catalog.entries.count))
                /// The table's bytes and where its sections start, from its header.
                // `bytes` is the literal in the program's constant data: immutable, so safe to share.
                struct Index: @unchecked Sendable {
                    let bytes: UnsafeBufferPointer<UInt8>
                    let lines: Int
                    let slotBits: Int
                    let mask: Int
                    let width: Int
                    /// Where the slots, the offsets and the code lines start.
                    let slots: Int
                    let offsets: Int
                    let rows: Int

                    @_optimize(none)
                    init() {
                        bytes = UnsafeBufferPointer(start: \(table).table.utf8Start, count: \(table).table.utf8CodeUnitCount)
                        // The header: the width, the number of lines in `width` digits, slotBits in one.
                        width = Self.number(in: bytes, at: 0, width: 1)
                        lines = Self.number(in: bytes, at: 1, width: width)
                        slotBits = Self.number(in: bytes, at: width + 1, width: 1)
                        mask = 1 << slotBits - 1
                        slots = width + 3
                        offsets = slots + (2 * width + 1) << slotBits + 1
                        rows = offsets + width * lines + 1
                    }

                    /// The `width` base-64 digits at `position`.
                    static func number(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, width: Int) -> Int {
                        var value = 0
                        for index in position..<(position + width) { value = value << 6 | Int(bytes[index] &- 48) }
                        return value
                    }

                    func number(at position: Int) -> Int {
                        Self.number(in: bytes, at: position, width: width)
                    }

                    /// The tag and line of a slot; nil for an empty slot.
                    func entry(_ slot: Int) -> (tag: UInt8, line: Int)? {
                        let position = slots + slot * (2 * width + 1)
                        let line = number(at: position + 1)
                        return line == 0 ? nil : (bytes[position], line - 1)
                    }

                    /// Where line `line` starts.
                    func lineStart(_ line: Int) -> Int {
                        rows + number(at: offsets + line * width)
                    }
                }

                static let index = Index()

                /// Reads the fields of a line: `␟` (E2 90 9F) ends a field, `␛` (E2 90 9B) escapes the
                /// next character, `␛n` is a line break.
                struct FieldReader {
                    let bytes: UnsafeBufferPointer<UInt8>
                    var position: Int

                    init(_ index: Index, at position: Int) {
                        bytes = index.bytes
                        self.position = position
                    }

                    @_optimize(none)
                    mutating func next() -> String {
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
                                field.append(bytes[position] == 110 ? 10 : bytes[position])
                                position += 1
                            } else {
                                field.append(byte)
                            }
                        }
                        preconditionFailure("The generated error table is corrupt")
                    }

                    /// A field of decimal digits.
                    mutating func number() -> Int {
                        var value = 0
                        while position < bytes.count, bytes[position] != 0xE2 {
                            value = value &* 10 &+ Int(bytes[position] &- 48)
                            position += 1
                        }
                        position += 3
                        return value
                    }

                    /// A field of decimal numbers separated by commas.
                    mutating func numbers() -> [Int] {
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
                }

                /// Line `line`: `code␟module␟flags␟[remarks␟]count␟` and per variant
                /// `message␟description␟solution␟statuses␟extras␟[plain description␟][plain solution␟]count␟segment␟…`
                /// `[count␟(message␟count␟segment␟…)…][count␟(name␟value␟)…]`.
                // Runs once per code. Left unoptimised on purpose: optimising decoders cost more compile
                // time than the whole rest of the library (docs/performance.md).
                @_optimize(none)
                static func decode(line: Int) -> \(info) {
                    var reader = FieldReader(index, at: index.lineStart(line))
                    let code = reader.next()
                    let module = reader.next()
                    let flags = reader.number()
                    let remarks = flags & 4 != 0 ? reader.next() : nil
                    var variants: [\(variant)] = []
                    for _ in 0..<reader.number() {
                        let message = reader.next()
                        let description = reader.next()
                        let solution = reader.next()
                        let statuses = reader.numbers()
                        let extras = reader.number()
                        let plainDescription = extras & 1 != 0 ? reader.next() : description
                        let plainSolution = extras & 2 != 0 ? reader.next() : solution
                        var segments: [String] = []
                        for _ in 0..<reader.number() { segments.append(reader.next()) }
                        var alternativeMessages: [String] = []
                        var alternativeSegments: [[String]] = []
                        if extras & 4 != 0 {
                            for _ in 0..<reader.number() {
                                alternativeMessages.append(reader.next())
                                var segments: [String] = []
                                for _ in 0..<reader.number() { segments.append(reader.next()) }
                                alternativeSegments.append(segments)
                            }
                        }
                        var columns: [\(context.columnType)] = []
                        if extras & 8 != 0 {
                            for _ in 0..<reader.number() {
                                let name = reader.next()
                                columns.append(\(context.columnType)(name: name, value: reader.next()))
                            }
                        }
                        variants.append(\(variant)(
                            message: message, alternativeMessages: alternativeMessages, description: description,
                            solution: solution, plainDescription: plainDescription, plainSolution: plainSolution,
                            statuses: statuses, columns: columns, segments: segments, alternativeSegments: alternativeSegments))
                    }
                    return \(info)(
                        code: \(context.codeType)(rawValue: code),
                        module: module.isEmpty ? nil : \(context.moduleType)(rawValue: module),
                        variants: variants, deprecated: flags & 1 != 0, retryable: flags & 2 != 0, remarks: remarks)
                }

                private static let table: StaticString = \(delimiter)\"""
            \(literal)        \"""\(delimiter)
            }

            """ + translations
    }

    /// One `static let` per 256 lines (at least one), each initialised once, thread-safely, on
    /// first use, and `chunk(_:)` to pick one.
    static func chunks(lineCount: Int) -> String {
        let count = max(1, (lineCount + 255) / 256)
        var text = "    static func chunk(_ number: Int) -> Chunk {\n        switch number {\n"
        for number in 0..<(count - 1) { text += "        case \(number): chunk\(number)\n" }
        text += "        default: chunk\(count - 1)\n        }\n    }\n\n"
        for number in 0..<count { text += "    static let chunk\(number) = Chunk(\(number))\n" }
        return text
    }

    // MARK: - The literal's lines

    /// The header, index and offset lines, then a line per code.
    static func tableLines(_ entries: [Entry]) -> [String] {
        let rows = entries.map(row)
        var offsets: [Int] = []
        var total = 0
        for row in rows {
            offsets.append(total)
            total += row.utf8.count + 1
        }
        var slotBits = 0
        while 3 << slotBits < 4 * rows.count { slotBits += 1 }
        var width = 1
        while max(total, rows.count) >> (6 * width) > 0 { width += 1 }
        func digits(_ value: Int) -> String { Self.digits(value, width: width) }
        var slots = [(tag: Int, line: Int)](repeating: (0, 0), count: 1 << slotBits)
        var indexed = Set<String>()
        for (line, entry) in entries.enumerated() where indexed.insert(entry.code).inserted {
            let (first, tag) = slot(entry.code, bits: slotBits)
            var slot = first
            while slots[slot].line != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (tag, line + 1)
        }
        let index = slots.map { slot in
            String(Unicode.Scalar(UInt8(48 + slot.tag))) + digits(slot.line) + digits(slot.line == 0 ? 0 : offsets[slot.line - 1])
        }
        let header = String(Unicode.Scalar(UInt8(48 + width))) + digits(rows.count) + String(Unicode.Scalar(UInt8(48 + slotBits)))
        return [header, index.joined(), offsets.map(digits).joined()] + rows
    }

    /// `value` in `width` base-64 digits, most significant first (a digit is `0` plus its value).
    static func digits(_ value: Int, width: Int) -> String {
        String(String.UnicodeScalarView((0..<width).reversed().map { Unicode.Scalar(UInt8(48 + (value >> (6 * $0)) & 63)) }))
    }

    /// The first slot of `code` among `2^bits` and its tag: the top `bits` bits of `hash` and bits
    /// 20 to 25.
    static func slot(_ code: String, bits: Int) -> (slot: Int, tag: Int) {
        let hash = hash(Array(code.utf8))
        return (Int(truncatingIfNeeded: hash >> UInt64(64 - bits)), Int(hash >> 20 & 63))
    }

    /// The hash the generated `hash(_:)` computes: the length, then each 8-byte word of the UTF-8
    /// (little-endian, the last one padded with zeros) xor-ed in and multiplied, then mixed.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash = UInt64(bytes.count) &* 0x9e37_79b9_7f4a_7c15
        for start in stride(from: 0, to: bytes.count, by: 8) {
            var word: UInt64 = 0
            for index in start..<min(start + 8, bytes.count) { word |= UInt64(bytes[index]) << UInt64(8 * (index - start)) }
            hash = (hash ^ word) &* 0x9e37_79b9_7f4a_7c15
            hash ^= hash >> 32
        }
        hash = (hash ^ hash >> 29) &* 0xbf58_476d_1ce4_e5b9
        return hash ^ hash >> 32
    }

    private static func row(_ entry: Entry) -> String {
        let flags = (entry.deprecated == true ? 1 : 0) + (entry.retryable == true ? 2 : 0) + (entry.remarks != nil ? 4 : 0)
        var fields = [entry.code, entry.module ?? "", String(flags)]
        if let remarks = entry.remarks { fields.append(remarks) }
        fields.append(String(entry.variants.count))
        for variant in entry.variants {
            let segments = MessageTemplate(variant.message).segments
            let plainDescription = MarkdownPlainText.plain(variant.description)
            let plainSolution = MarkdownPlainText.plain(variant.solution)
            let describes = plainDescription != variant.description
            let solves = plainSolution != variant.solution
            fields += [
                variant.message, variant.description, variant.solution, variant.statuses.map(String.init).joined(separator: ","),
                String((describes ? 1 : 0) + (solves ? 2 : 0) + (variant.alternativeMessages.isEmpty ? 0 : 4)
                    + (variant.columns.isEmpty ? 0 : 8)),
            ]
            if describes { fields.append(plainDescription) }
            if solves { fields.append(plainSolution) }
            fields.append(String(segments.count))
            fields += segments
            if !variant.alternativeMessages.isEmpty {
                fields.append(String(variant.alternativeMessages.count))
                for message in variant.alternativeMessages {
                    let segments = MessageTemplate(message).segments
                    fields += [message, String(segments.count)] + segments
                }
            }
            if !variant.columns.isEmpty {
                fields.append(String(variant.columns.count))
                for column in variant.columns { fields += [column.name, column.value] }
            }
        }
        return fields.map { field($0) }.joined()
    }

    /// A field with its end mark, `␛` before `␛` and `␟`, and `␛n` for a line break.
    static func field(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case escape, fieldEnd:
                result.append(escape)
                result.append(scalar)
            case "\n":
                result.append(escape)
                result.append("n")
            default:
                result.append(scalar)
            }
        }
        result.append(fieldEnd)
        return String(result)
    }
}
