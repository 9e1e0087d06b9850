import ErrataMarkdown
import ErrataModel

/// The translations part of `PErrorTable.swift`, generated only for a catalog with translations
/// (`locales`): `PLocalization`, which of the documentation's languages a reader gets, and the
/// translated plain texts of every row. It goes into an existing file, not a file of its own, so
/// the files of a library are the same whatever its spec holds: the build-tool plugin declares
/// them before it reads the spec.
///
/// The one place the generated code decides on a language: `PError.failureReason(for:)`,
/// `recoverySuggestion(for:)`, `PModule.displayName(for:)` and their properties (which follow
/// `Locale.preferredLanguages`) all ask `PLocalization` for an index into `languages` (0: the
/// documentation's own language, whose texts are the untranslated ones).
///
/// The translations are one raw string literal, like the error table (`SwiftErrorTableFile`) and
/// for the same reason (a literal costs the compiler almost nothing, per-row literals and
/// dictionaries cost a lot): lines separated by LF,
///
/// 1. `width`, one base-64 digit;
/// 2. the offsets: per code in document order (the error table's lines), `width` digits, where its
///    line starts, counted in UTF-8 bytes from the start of the first code line;
/// 3. one line per code: per variant, per translated language (`languages[1...]`), a group
///    `flags␟[description␟][solution␟]`, flags being 1 when a description follows plus 2 when a
///    solution follows. The texts are plain text (`MarkdownPlainText`), as `failureReason` and
///    `recoverySuggestion` give them. Groups after the last one that holds a text are left out, so a
///    code without translations has an empty line. Fields are escaped as in the error table
///    (`␛` before `␛` and `␟`, `␛n` for a line break) and read with its `FieldReader`.
///
/// A code's line is found through the error table's hash index (`PErrorTable.line(for:)`), so the
/// translations add no index of their own. Nothing is decoded ahead of use: a lookup reads one
/// line up to the group it needs.
enum SwiftLocalization {
    /// The declarations, to follow the error table in its file (which then imports Foundation).
    static func declarations(_ context: SwiftContext) -> String {
        let type = context.localizationType
        let table = context.tableType
        let languages = context.languages
        let lines = tableLines(context.catalog)
        let hashes = SwiftLiteral.rawDelimiterLength(lines)
        let delimiter = String(repeating: "#", count: hashes)
        // A code without translations has an empty line: written without indentation, which a
        // multi-line literal allows for a blank line, so the file has no trailing spaces.
        let literal = lines.map { $0.isEmpty ? "\n" : "        " + SwiftLiteral.rawEscaped($0, hashes: hashes) + "\n" }.joined()
        let list = languages.map(SwiftLiteral.string).joined(separator: ", ")
        let spelled = languages.map { "`" + SwiftDocComment.inline($0) + "`" }.joined(separator: ", ")
        return """
            /// The languages of the documentation of \(context.service), and which of them a reader gets.
            ///
            /// `languages` are \(spelled): the documentation's own language first (its texts are the
            /// untranslated ones), then its translations. A preferred language (a BCP 47 tag such as
            /// `zh-Hans-CN`, or a `Locale` identifier such as `zh_Hans_CN` or `de_DE@calendar=gregorian`:
            /// `_` counts as `-`, anything from `@` or `.` on and from an extension (`-u-…`, `-x-…`) on is
            /// ignored, case does not matter) matches, in this order:
            ///
            /// 1. the language with the same tag;
            /// 2. else the first with the same language and script, a missing script being implied for
            ///    Chinese: `Hant` in `TW`, `HK` and `MO`, `Hans` otherwise (`zh-Hans-CN` and `zh-CN` match
            ///    `zh-Hans`; `zh-TW` matches `zh-Hant`);
            /// 3. else the first with the same language whose script, given or implied, is not another
            ///    one (`de-AT` matches `de`, `en-001` matches `en`, `sr` matches `sr-Latn`; `zh-TW` and
            ///    `zh-Hant` never match `zh-Hans`, and `zh` never matches `zh-Hant`).
            ///
            /// Of a list of preferred languages, the first that matches a language wins; when none
            /// does, the documentation's own language is used. Where a translation lacks a text, the
            /// text in the documentation's own language stands in.
            enum \(type) {
                /// The documentation's own language, then the languages it is translated into.
                static let languages: [String] = [\(list)]

                /// `languages`, read as tags once.
                static let tags = languages.map(Tag.init)

                /// The index in `languages` for a reader whose preferred languages are
                /// `preferredLanguages`, most preferred first; nil when none matches.
                // Runs when a text is shown. Like every function of the translations, left unoptimised:
                // optimising them cost about 0.4 s of compile time (docs/performance.md).
                @_optimize(none)
                static func language(preferring preferredLanguages: [String]) -> Int? {
                    let available = tags
                    for preferred in preferredLanguages {
                        let wanted = Tag(preferred)
                        if let index = available.firstIndex(where: { $0.text == wanted.text })
                            ?? available.firstIndex(where: { wanted.script != nil && $0.language == wanted.language && $0.script == wanted.script })
                            ?? available.firstIndex(where: {
                                $0.language == wanted.language && ($0.script == nil || wanted.script == nil || $0.script == wanted.script)
                            })
                        {
                            return index
                        }
                    }
                    return nil
                }

                /// The index in `languages` for `locale`; 0 when none matches.
                @_optimize(none)
                static func language(for locale: Locale) -> Int {
                    language(preferring: [locale.identifier]) ?? 0
                }

                /// The index in `languages` for the user's preferred languages (`Locale.preferredLanguages`,
                /// read on every call); 0 when none matches.
                @_optimize(none)
                static var preferredLanguage: Int {
                    language(preferring: Locale.preferredLanguages) ?? 0
                }

                /// A language tag as far as matching needs it: lowercased, `-` between subtags, up to
                /// the first extension; its language, and its script, given or implied.
                struct Tag: Sendable {
                    let text: String
                    let language: String
                    let script: String?

                    // Bytes, not the standard library's generic string algorithms: they would be
                    // compiled into the library (docs/performance.md, compile time). A tag is ASCII.
                    @_optimize(none)
                    init(_ identifier: String) {
                        var parts: [[UInt8]] = [[]]
                        for byte in identifier.utf8 {
                            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: ".") { break }
                            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                                parts.append([])
                            } else {
                                parts[parts.count - 1].append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                            }
                        }
                        var subtags: [[UInt8]] = []
                        for part in parts where !part.isEmpty {
                            if part.count == 1 { break }
                            subtags.append(part)
                        }
                        var text = ""
                        var script: String?
                        var region: String?
                        var index = 0
                        while index < subtags.count {
                            let subtag = subtags[index]
                            text += (index > 0 ? "-" : "") + String(decoding: subtag, as: UTF8.self)
                            if index > 0, subtag.count == 4, script == nil, region == nil, Self.all(subtag, from: 0x61, to: 0x7A) {
                                script = String(decoding: subtag, as: UTF8.self)
                            } else if index > 0, region == nil,
                                (subtag.count == 2 && Self.all(subtag, from: 0x61, to: 0x7A))
                                    || (subtag.count == 3 && Self.all(subtag, from: 0x30, to: 0x39))
                            {
                                region = String(decoding: subtag, as: UTF8.self)
                            }
                            index += 1
                        }
                        self.text = text
                        language = subtags.isEmpty ? "" : String(decoding: subtags[0], as: UTF8.self)
                        if script == nil, language == "zh" {
                            script = region == "tw" || region == "hk" || region == "mo" ? "hant" : "hans"
                        }
                        self.script = script
                    }

                    /// Whether every byte is in `low...high`.
                    @_optimize(none)
                    static func all(_ bytes: [UInt8], from low: UInt8, to high: UInt8) -> Bool {
                        for byte in bytes where byte < low || byte > high { return false }
                        return true
                    }
                }

                /// The plain-text description of row `variant` of the code `rawValue` in language
                /// `language` (an index in `languages`), or its solution with `solution`; nil for the
                /// documentation's own language and where the translation has no such text.
                @_optimize(none)
                static func text(of rawValue: String, variant: Int, language: Int, solution: Bool) -> String? {
                    guard language > 0, language < languages.count, let line = \(table).line(for: rawValue) else { return nil }
                    return text(line: line, group: variant * (languages.count - 1) + language - 1, solution: solution)
                }

                /// Group `group` of line `line`: `flags␟[description␟][solution␟]`.
                @_optimize(none)
                static func text(line: Int, group: Int, solution: Bool) -> String? {
                    let texts = Self.texts
                    var reader = \(table).FieldReader(bytes: texts.bytes, position: texts.lineStart(line))
                    var current = 0
                    while reader.position < texts.bytes.count, texts.bytes[reader.position] != 10 {
                        let flags = reader.number()
                        let description = flags & 1 != 0 ? reader.next() : nil
                        let solutionText = flags & 2 != 0 ? reader.next() : nil
                        if current == group { return solution ? solutionText : description }
                        current += 1
                    }
                    return nil
                }

                /// The translations' bytes and where their code lines start.
                // `bytes` is the literal in the program's constant data: immutable, so safe to share.
                struct Texts: @unchecked Sendable {
                    let bytes: UnsafeBufferPointer<UInt8>
                    let width: Int
                    let rows: Int

                    @_optimize(none)
                    init() {
                        bytes = UnsafeBufferPointer(start: \(type).table.utf8Start, count: \(type).table.utf8CodeUnitCount)
                        width = Int(bytes[0] &- 48)
                        rows = 2 + width * \(table).index.lines + 1
                    }

                    /// Where line `line` starts.
                    @_optimize(none)
                    func lineStart(_ line: Int) -> Int {
                        rows + \(table).Index.number(in: bytes, at: 2 + line * width, width: width)
                    }
                }

                static let texts = Texts()

                private static let table: StaticString = \(delimiter)\"""
            \(literal)        \"""\(delimiter)
            }

            extension \(table) {
                /// The line of the code `rawValue`; nil for an undocumented code.
                @_optimize(none)
                static func line(for rawValue: String) -> Int? {
                    let index = Self.index
                    var key = rawValue
                    let hash = key.withUTF8 { Self.hash($0) }
                    let tag = UInt8(truncatingIfNeeded: hash >> 20 & 63) &+ 48
                    var slot = Int(truncatingIfNeeded: hash >> (64 - index.slotBits))
                    while let entry = index.entry(slot) {
                        if entry.tag == tag, chunk(entry.line >> 8).infos[entry.line & 255].code.rawValue == rawValue {
                            return entry.line
                        }
                        slot = (slot + 1) & index.mask
                    }
                    return nil
                }
            }

            extension \(table).FieldReader {
                @_optimize(none)
                init(bytes: UnsafeBufferPointer<UInt8>, position: Int) {
                    self.bytes = bytes
                    self.position = position
                }
            }

            """
    }

    // MARK: - The literal's lines

    /// The width line, the offsets line, then a line per code.
    static func tableLines(_ catalog: Catalog) -> [String] {
        let tags = catalog.localeTags
        let rows = catalog.entries.map { row($0, tags: tags) }
        var offsets: [Int] = []
        var total = 0
        for row in rows {
            offsets.append(total)
            total += row.utf8.count + 1
        }
        var width = 1
        while total >> (6 * width) > 0 { width += 1 }
        let header = String(Unicode.Scalar(UInt8(48 + width)))
        return [header, offsets.map { SwiftErrorTableFile.digits($0, width: width) }.joined()] + rows
    }

    /// Per variant, per locale, `flags␟[description␟][solution␟]`; groups after the last one with
    /// a text left out. An empty translated text counts as none.
    static func row(_ entry: Entry, tags: [String]) -> String {
        var groups: [String] = []
        var used = 0
        for variant in entry.variants {
            for tag in tags {
                let translation = variant.localized[tag]
                let description = translation?.description.map(MarkdownPlainText.plain) ?? ""
                let solution = translation?.solution.map(MarkdownPlainText.plain) ?? ""
                var group = SwiftErrorTableFile.field(String((description.isEmpty ? 0 : 1) + (solution.isEmpty ? 0 : 2)))
                if !description.isEmpty { group += SwiftErrorTableFile.field(description) }
                if !solution.isEmpty { group += SwiftErrorTableFile.field(solution) }
                groups.append(group)
                if !description.isEmpty || !solution.isEmpty { used = groups.count }
            }
        }
        return groups.prefix(used).joined()
    }
}
