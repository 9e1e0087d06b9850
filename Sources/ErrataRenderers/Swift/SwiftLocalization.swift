import ErrataMarkdown
import ErrataModel
import ErrataRuntimeCore

/// The translations part of `PErrorTable.swift`, generated only for a catalog with translations
/// (`locales`): `PLocalization`, the runtime's `ErrataLocalization` over the translated plain
/// texts of every row, which also picks the language a reader gets. It goes into an existing file, not a file of its own, so
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
///    (`␛` before `␛` and `␟`, `␛n` for a line break); `ErrataLocalization.build(_:)` writes it.
///
/// A code's line is found through the error table's hash index (`PErrorTable.table.line(for:)`), so the
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
                /// The languages and the translated texts.
                static let localization = \(context.runtime("ErrataLocalization"))(languages: [\(list)], texts: texts, lines: \(table).table.lines)

                /// The documentation's own language, then the languages it is translated into.
                static var languages: [String] { localization.languages }

                /// The index in `languages` for a reader whose preferred languages are
                /// `preferredLanguages`, most preferred first; nil when none matches.
                static func language(preferring preferredLanguages: [String]) -> Int? {
                    localization.language(preferring: preferredLanguages)
                }

                /// The index in `languages` for `locale`; 0 when none matches.
                static func language(for locale: Locale) -> Int {
                    localization.language(for: locale)
                }

                /// The index in `languages` for the user's preferred languages (`Locale.preferredLanguages`,
                /// read on every call); 0 when none matches.
                static var preferredLanguage: Int { localization.preferredLanguage }

                /// The plain-text description of row `variant` of the code `rawValue` in language
                /// `language` (an index in `languages`), or its solution with `solution`; nil for the
                /// documentation's own language and where the translation has no such text.
                static func text(of rawValue: String, variant: Int, language: Int, solution: Bool) -> String? {
                    guard let line = \(table).table.line(for: rawValue) else { return nil }
                    return localization.text(line: line, variant: variant, language: language, solution: solution)
                }

                private static let texts: StaticString = \(delimiter)\"""
            \(literal)        \"""\(delimiter)
            }

            """
    }

    // MARK: - The literal's lines

    /// The width line, the offsets line, then a line per code (`ErrataLocalization.build`).
    static func tableLines(_ catalog: Catalog) -> [String] {
        let tags = catalog.localeTags
        let groups = catalog.entries.map { entry in
            entry.variants.flatMap { variant in
                tags.map { tag -> (description: String?, solution: String?) in
                    let translation = variant.localized[tag]
                    let description = translation?.description.map(MarkdownPlainText.plain) ?? ""
                    let solution = translation?.solution.map(MarkdownPlainText.plain) ?? ""
                    // An empty translated text counts as none.
                    return (description.isEmpty ? nil : description, solution.isEmpty ? nil : solution)
                }
            }
        }
        return ErrataLocalization.build(groups).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
