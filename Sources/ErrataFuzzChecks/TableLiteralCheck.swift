import ErrataMarkdown
import ErrataModel
import ErrataRenderers

/// The generated error table (`PErrorTable.swift`'s raw literal) decodes to exactly the catalog's
/// data, and its hash index finds every code.
///
/// Decoded here independently of the renderer, by the format's rules (`SwiftErrorTableFile`):
/// lines separated by LF: a header (`width` in one base-64 digit, the number of code lines in
/// `width` digits, `slotBits` in one digit; a digit is `0` plus its value), the index (`2^slotBits`
/// slots of a tag digit, line plus one and line offset in `width` digits each), the offsets (per
/// line, `width` digits), then a line per code. In a code line every field is ended by `␟`
/// (U+241F) and `␛` (U+241B) escapes the next character (`␛n` a line break); a line is
/// `code␟module␟flags␟[remarks␟]variant count␟` and per variant
/// `message␟description␟solution␟statuses␟extras␟[plain description␟][plain solution␟]segment count␟segment␟…`
/// and, when extras has 4, `alternative count␟` (at least 1) and per alternative message
/// `message␟segment count␟segment␟…`, then, when extras has 8, `column count␟` (at least 1) and per
/// column `name␟value␟`; statuses are decimal numbers separated by `,` (empty: none).
enum TableLiteralCheck {
    static func problems(_ table: String, catalog: Catalog) -> [String] {
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        guard lines.count >= 3 else { return ["the error table has no header, index and offsets"] }
        let header = lines[0]
        guard let width = header.first.map(digit), width >= 1, header.count == width + 2 else {
            return ["the error table's header \(String(decoding: header, as: UTF8.self).debugDescription) does not parse"]
        }
        let lineCount = number(header[1...width])
        let slotBits = digit(header[width + 1])
        let rows = Array(lines.dropFirst(3))
        guard lineCount == catalog.entries.count, rows.count == catalog.entries.count else {
            return ["the error table has \(rows.count) lines (header: \(lineCount)) for \(catalog.entries.count) codes"]
        }
        let slotSize = 2 * width + 1
        guard slotBits < 32, lines[1].count == slotSize << slotBits, lines[2].count == width * lineCount else {
            return ["the error table's index or offsets have the wrong length"]
        }
        var offset = 0
        for (line, row) in rows.enumerated() {
            if number(lines[2][(line * width)..<((line + 1) * width)]) != offset {
                return ["the offset of line \(line) of the error table is wrong"]
            }
            offset += row.count + 1
        }
        let fieldLines = rows.map { decode(String(decoding: $0, as: UTF8.self)) }
        for (fields, entry) in zip(fieldLines, catalog.entries) {
            guard let (decoded, flags) = parse(fields) else {
                return ["the table line of \(entry.code.debugDescription) does not parse: \(fields.map(\.debugDescription))"]
            }
            let expectedFlags = (entry.deprecated == true ? 1 : 0) + (entry.retryable == true ? 2 : 0)
            if decoded.code != entry.code { return ["table code \(decoded.code.debugDescription) should be \(entry.code.debugDescription)"] }
            if decoded.module != entry.module { return ["table module of \(entry.code.debugDescription) is wrong"] }
            if flags != expectedFlags { return ["table flags of \(entry.code.debugDescription) are \(flags)"] }
            if decoded.remarks != entry.remarks { return ["table remarks of \(entry.code.debugDescription) are wrong"] }
            // Translations are not in this table (`TranslationLiteralCheck`).
            if decoded.variants.map(\.variant) != entry.variants.map(untranslated) { return ["a table variant of \(entry.code.debugDescription) does not round-trip"] }
            for (variant, plain) in zip(entry.variants, decoded.variants.map(\.plain)) {
                if plain.description != MarkdownPlainText.plain(variant.description)
                    || plain.solution != MarkdownPlainText.plain(variant.solution)
                {
                    return ["a plain text of \(entry.code.debugDescription) is not its Markdown's"]
                }
            }
        }
        return indexProblems(lines[1], width: width, slotBits: slotBits, offsets: lines[2], catalog: catalog)
    }

    /// The variant without its translations.
    private static func untranslated(_ variant: Variant) -> Variant {
        var variant = variant
        variant.localized = [:]
        return variant
    }

    /// Every code is found from its hash slot by linear probing, with its tag, line and offset; no
    /// other slot is taken.
    private static func indexProblems(_ index: [UInt8], width: Int, slotBits: Int, offsets: [UInt8], catalog: Catalog) -> [String] {
        let slotSize = 2 * width + 1
        func slot(_ position: Int) -> (tag: Int, line: Int, offset: Int) {
            let start = position * slotSize
            return (digit(index[start]), number(index[(start + 1)...(start + width)]), number(index[(start + 1 + width)..<(start + slotSize)]))
        }
        var seen = Set<String>()
        for (line, entry) in catalog.entries.enumerated() where seen.insert(entry.code).inserted {
            let mixed = hash(Array(entry.code.utf8))
            var position = Int(truncatingIfNeeded: mixed >> UInt64(64 - slotBits))
            var probes = 0
            while true {
                let found = slot(position)
                if found.line == 0 || probes > 1 << slotBits { return ["the error table's index does not find \(entry.code.debugDescription)"] }
                if found.line == line + 1 {
                    let tag = Int((mixed >> 20) & 63)
                    let offset = number(offsets[(line * width)..<((line + 1) * width)])
                    if found.tag != tag || found.offset != offset { return ["the index slot of \(entry.code.debugDescription) is wrong"] }
                    break
                }
                position = (position + 1) & ((1 << slotBits) - 1)
                probes += 1
            }
        }
        let taken = (0..<(1 << slotBits)).filter { slot($0).line != 0 }.count
        return taken == seen.count ? [] : ["the error table's index has \(taken) codes for \(seen.count)"]
    }

    /// The length, then each 8-byte word (little-endian, zero-padded) xor-ed in, multiplied and
    /// folded, then mixed: what the generated `hash(_:)` computes.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash = UInt64(bytes.count) &* 0x9e37_79b9_7f4a_7c15
        var words = bytes[...]
        while !words.isEmpty {
            let word = words.prefix(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            words = words.dropFirst(8)
            hash = (hash ^ word) &* 0x9e37_79b9_7f4a_7c15
            hash ^= hash >> 32
        }
        hash = (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }

    private static func digit(_ byte: UInt8) -> Int { Int(byte) - 48 }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int {
        digits.reduce(0) { $0 * 64 + digit($1) }
    }

    /// The fields of a code line.
    static func decode(_ line: String) -> [String] {
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var escaped = false
        for scalar in line.unicodeScalars {
            if escaped {
                field.append(scalar == "n" ? "\n" : scalar)
                escaped = false
            } else if scalar == "\u{241B}" {
                escaped = true
            } else if scalar == "\u{241F}" {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else {
                field.append(scalar)
            }
        }
        if !field.isEmpty || escaped { fields.append(String(field) + "\u{FFFD}") }
        return fields
    }

    private struct DecodedVariant {
        var variant: Variant
        var plain: (description: String, solution: String)
    }

    private struct DecodedEntry {
        var code: String
        var module: String?
        var remarks: String?
        var variants: [DecodedVariant]
    }

    /// `400,500` as `[400, 500]`, empty as `[]`; nil for anything else (a stray comma, a sign).
    private static func statuses(_ field: String) -> [Int]? {
        guard !field.isEmpty else { return [] }
        var statuses: [Int] = []
        for part in field.split(separator: ",", omittingEmptySubsequences: false) {
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part) else { return nil }
            statuses.append(value)
        }
        return statuses
    }

    private static func parse(_ fields: [String]) -> (DecodedEntry, Int)? {
        var rest = fields[...]
        func next() -> String? { rest.popFirst() }
        guard let code = next(), let module = next(), let flags = next().flatMap({ Int($0) }), (0...7).contains(flags) else { return nil }
        var remarks: String?
        if flags & 4 != 0 {
            guard let text = next() else { return nil }
            remarks = text
        }
        guard let count = next().flatMap({ Int($0) }), count >= 0 else { return nil }
        var variants: [DecodedVariant] = []
        for _ in 0..<count {
            guard let message = next(), let description = next(), let solution = next(), let statusField = next(),
                let statuses = Self.statuses(statusField),
                let plain = next().flatMap({ Int($0) }), (0...15).contains(plain)
            else { return nil }
            var plainDescription = description
            var plainSolution = solution
            if plain & 1 != 0 {
                guard let text = next(), text != description else { return nil }
                plainDescription = text
            }
            if plain & 2 != 0 {
                guard let text = next(), text != solution else { return nil }
                plainSolution = text
            }
            guard let segments = next().flatMap({ Int($0) }), segments >= 0, rest.count >= segments else { return nil }
            rest = rest.dropFirst(segments)
            var alternatives: [String] = []
            if plain & 4 != 0 {
                // Present only when there is at least one.
                guard let count = next().flatMap({ Int($0) }), count >= 1 else { return nil }
                for _ in 0..<count {
                    guard let alternative = next(), let segments = next().flatMap({ Int($0) }), segments >= 0, rest.count >= segments
                    else { return nil }
                    rest = rest.dropFirst(segments)
                    alternatives.append(alternative)
                }
            }
            var columns: [Column] = []
            if plain & 8 != 0 {
                guard let count = next().flatMap({ Int($0) }), count >= 1 else { return nil }
                for _ in 0..<count {
                    guard let name = next(), let value = next() else { return nil }
                    columns.append(Column(name: name, value: value))
                }
            }
            variants.append(DecodedVariant(
                variant: Variant(
                    message: message, description: description, solution: solution, statuses: statuses,
                    alternativeMessages: alternatives, columns: columns),
                plain: (plainDescription, plainSolution)))
        }
        guard rest.isEmpty else { return nil }
        return (DecodedEntry(code: code, module: module.isEmpty ? nil : module, remarks: remarks, variants: variants), flags & 3)
    }
}
