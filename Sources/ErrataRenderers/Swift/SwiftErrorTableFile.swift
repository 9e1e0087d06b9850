import ErrataMarkdown
import ErrataModel
import ErrataRuntimeCore

/// `PErrorTable.swift`: the service as the runtime's generic types take it (`ErrataService`), with
/// all per-code data in one string literal with a hash index, the runtime's `ErrataCodeTable`,
/// which writes it (`buildLines`) and reads it; each line's fields are an `ErrataCodeRecord`'s. Lines are decoded 256 codes at a time when a lookup first needs them,
/// into one `static let` per chunk (`ErrataLineChunk`); for a catalog with translations, the file
/// is followed by them and by `PLocalization` (`SwiftLocalization`).
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
///    literal text between placeholders (`ErrataMessageTemplate.segments(of:)`). Inside a field, `␛` (U+241B) escapes the next character: `␛␛`, `␛␟`,
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
    static func render(_ context: SwiftContext) -> String {
        let table = context.tableType
        let info = context.infoType
        let lines = tableLines(context.catalog.entries)
        let hashes = SwiftLiteral.rawDelimiterLength(lines)
        let delimiter = String(repeating: "#", count: hashes)
        let literal = lines.map { "        " + SwiftLiteral.rawEscaped($0, hashes: hashes) + "\n" }.joined()
        // With translations, the file also holds them (`SwiftLocalization`), which need Foundation.
        let imports = (context.hasLocales ? "import Foundation\n" : "") + context.runtimeImport
        let translations = context.hasLocales ? "\n" + SwiftLocalization.declarations(context) : ""
        let chunk = context.runtime("ErrataLineChunk")
        let a = context.access
        let localization = context.hasLocales ? "\(context.localizationType).localization" : "nil"
        let codeType = context.options.style == .enum ? context.codeType : "\(context.runtime("ErrataCode"))<\(table)>"
        return context.header + (imports.isEmpty ? "" : "\n" + imports) + """

            /// \(context.service) as the runtime's generic types take it (`\(context.errorType)` is
            /// `\(context.runtime("ErrataError"))<\(table)>`): the documentation of every code, one string with a
            /// hash index whose lines of a code's chunk are decoded on its first lookup and kept, and the
            /// documented body formats.
            \(a) enum \(table): \(context.runtime("ErrataService")) {
                \(a) typealias Code = \(codeType)
                \(a) typealias Module = \(context.moduleType)

                /// The table, the documented body formats and the translations, as the runtime reads them.
                \(a) static let errata = \(context.runtime("ErrataServiceData"))(
                    table: table, formats: \(context.bodyType).formats, localization: \(localization))

                /// Line `line`'s documentation, from its chunk.
                \(a) static func errataInfo(line: Int) -> \(info) {
                    chunk(line >> 8)[line]
                }

                static let table = \(context.runtime("ErrataCodeTable"))(literal)

                /// Line `line`'s documentation, made for its chunk.
                static func info(line: Int) -> \(info) {
                    \(info)(line: line)
                }

            \(chunks(lineCount: context.catalog.entries.count, type: "\(chunk)<\(info)>"))
                private static let literal: StaticString = \(delimiter)\"""
            \(literal)        \"""\(delimiter)
            }

            """ + translations
    }

    /// One `static let` per 256 lines (at least one), each initialised once, thread-safely, on
    /// first use, and `chunk(_:)` to pick one.
    static func chunks(lineCount: Int, type: String) -> String {
        let count = max(1, (lineCount + 255) / 256)
        var text = "    static func chunk(_ number: Int) -> \(type) {\n        switch number {\n"
        for number in 0..<(count - 1) { text += "        case \(number): chunk\(number)\n" }
        text += "        default: chunk\(count - 1)\n        }\n    }\n\n"
        for number in 0..<count { text += "    static let chunk\(number) = \(type)(\(number), lines: table.lines, make: info(line:))\n" }
        return text
    }

    // MARK: - The literal's lines

    /// The header, index and offset lines, then a line per code (`ErrataCodeTable.buildLines`).
    static func tableLines(_ entries: [Entry]) -> [String] {
        ErrataCodeTable.buildLines(entries.map { record($0).fields })
    }

    /// A code's documentation as its table line holds it: plain texts worked out here
    /// (`MarkdownPlainText`), messages split at their placeholders.
    static func record(_ entry: Entry) -> ErrataCodeRecord {
        ErrataCodeRecord(
            code: entry.code, module: entry.module ?? "", deprecated: entry.deprecated == true, retryable: entry.retryable == true,
            remarks: entry.remarks,
            variants: entry.variants.map { variant in
                ErrataVariantRecord(
                    message: variant.message, alternativeMessages: variant.alternativeMessages, description: variant.description,
                    solution: variant.solution, plainDescription: MarkdownPlainText.plain(variant.description),
                    plainSolution: MarkdownPlainText.plain(variant.solution), statuses: variant.statuses,
                    columns: variant.columns.map { ErrataColumn(name: $0.name, value: $0.value) },
                    segments: ErrataMessageTemplate.segments(of: variant.message),
                    alternativeSegments: variant.alternativeMessages.map(ErrataMessageTemplate.segments(of:)))
            })
    }
}
