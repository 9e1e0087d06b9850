/// The languages of a service's documentation, which of them a reader gets, and the translated
/// texts of every row.
///
/// `languages` are the documentation's own language first (its texts are the untranslated
/// ones), then its translations. A preferred language (a BCP 47 tag such as `zh-Hans-CN`, or a
/// `Locale` identifier such as `zh_Hans_CN` or `de_DE@calendar=gregorian`: `_` counts as `-`,
/// anything from `@` or `.` on and from an extension (`-u-…`, `-x-…`) on is ignored, case does
/// not matter) matches, in this order: the language with the same tag; else the first with the
/// same language and script, a missing script being implied for Chinese (`Hant` in `TW`, `HK`
/// and `MO`, `Hans` otherwise); else the first with the same language whose script, given or
/// implied, is not another one. Of a list of preferred languages, the first that matches wins.
///
/// The translations are a literal: `width` (one base-64 digit), then per code line of the
/// service's `ErrataCodeTable` `width` digits, where its line starts (from the first code line's
/// start), then one line per code: per variant, per translated language, a group
/// `flags␟[description␟][solution␟]` (flags: 1 a description follows, 2 a solution follows);
/// groups after the last one holding a text are left out.
public struct ErrataLocalization: @unchecked Sendable {
    // `bytes` point into a `StaticString` or a copy never freed nor written: safe to share.
    public let languages: [String]
    private let tags: [Tag]
    private let bytes: UnsafeBufferPointer<UInt8>
    private let width: Int
    private let rows: Int

    /// The languages and the translations' literal for a table of `lines` code lines.
    public init(languages: [String], texts: StaticString, lines: Int) {
        self.init(languages: languages, bytes: UnsafeBufferPointer(start: texts.utf8Start, count: texts.utf8CodeUnitCount), lines: lines)
    }

    /// The languages and translations built at run time (copied and kept for the program's life).
    public init(languages: [String], text: String, lines: Int) {
        let utf8 = Array(text.utf8)
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(utf8.count, 1))
        _ = copy.initialize(from: utf8)
        self.init(languages: languages, bytes: UnsafeBufferPointer(start: copy.baseAddress, count: utf8.count), lines: lines)
    }

    /// Calls `body` with the translations of `text`, whose bytes live only during the call
    /// (nothing is copied or kept): for tools that check many.
    public static func withLocalization<Result>(
        languages: [String], text: String, lines: Int, _ body: (ErrataLocalization) throws -> Result
    ) rethrows -> Result {
        var text = text
        return try text.withUTF8 { try body(ErrataLocalization(languages: languages, bytes: $0, lines: lines)) }
    }

    private init(languages: [String], bytes: UnsafeBufferPointer<UInt8>, lines: Int) {
        self.languages = languages
        tags = languages.map(Tag.init)
        self.bytes = bytes
        width = bytes.isEmpty ? 1 : Int(bytes[0] &- 48)
        rows = 2 + width * lines + 1
    }

    /// The index in `languages` for a reader preferring `preferredLanguages`, most preferred
    /// first; nil when none matches.
    public func language(preferring preferredLanguages: [String]) -> Int? {
        for preferred in preferredLanguages {
            let wanted = Tag(preferred)
            if let index = tags.firstIndex(where: { $0.text == wanted.text })
                ?? tags.firstIndex(where: { wanted.script != nil && $0.language == wanted.language && $0.script == wanted.script })
                ?? tags.firstIndex(where: {
                    $0.language == wanted.language && ($0.script == nil || wanted.script == nil || $0.script == wanted.script)
                })
            {
                return index
            }
        }
        return nil
    }

    /// The translated plain-text description of row `variant` of code line `line` in language
    /// `language`, or its solution with `solution`; nil for the documentation's own language
    /// and where the translation has no such text.
    public func text(line: Int, variant: Int, language: Int, solution: Bool) -> String? {
        guard language > 0, language < languages.count, rows <= bytes.count else { return nil }
        let group = variant * (languages.count - 1) + language - 1
        var reader = ErrataFieldReader(
            bytes: bytes, position: rows + ErrataCodeTable.number(in: bytes, at: 2 + line * width, width: width))
        var current = 0
        while !reader.atLineEnd {
            let flags = reader.number()
            let description = flags & 1 != 0 ? reader.next() : nil
            let solutionText = flags & 2 != 0 ? reader.next() : nil
            if current == group { return solution ? solutionText : description }
            current += 1
        }
        return nil
    }

    /// The translations' literal for `groups`: per code line, per variant, per translated
    /// language, its description and solution (nil where not translated).
    public static func build(_ groups: [[(description: String?, solution: String?)]]) -> String {
        var rows: [String] = []
        for line in groups {
            var kept = line
            while let last = kept.last, last.description == nil, last.solution == nil { kept.removeLast() }
            var row = ""
            for group in kept {
                row += String((group.description != nil ? 1 : 0) + (group.solution != nil ? 2 : 0)) + "␟"
                if let description = group.description { row += ErrataFieldReader.escaped(description) + "␟" }
                if let solution = group.solution { row += ErrataFieldReader.escaped(solution) + "␟" }
            }
            rows.append(row)
        }
        let (offsets, width) = ErrataCodeTable.offsets(of: rows, counting: 0)
        let header = String(Unicode.Scalar(UInt8(48 + width)))
        return ([header, offsets.map { ErrataCodeTable.digits($0, width: width) }.joined()] + rows).joined(separator: "\n")
    }

    /// A language tag as far as matching needs it: lowercased, `-` between subtags, up to the
    /// first extension; its language, and its script, given or implied.
    public struct Tag: Hashable, Sendable {
        public let text: String
        public let language: String
        public let script: String?

        public init(_ identifier: String) {
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
            for (index, subtag) in subtags.enumerated() {
                text += (index > 0 ? "-" : "") + String(decoding: subtag, as: UTF8.self)
                if index > 0, subtag.count == 4, script == nil, region == nil, Self.all(subtag, from: 0x61, to: 0x7A) {
                    script = String(decoding: subtag, as: UTF8.self)
                } else if index > 0, region == nil,
                    (subtag.count == 2 && Self.all(subtag, from: 0x61, to: 0x7A))
                        || (subtag.count == 3 && Self.all(subtag, from: 0x30, to: 0x39))
                {
                    region = String(decoding: subtag, as: UTF8.self)
                }
            }
            self.text = text
            language = subtags.isEmpty ? "" : String(decoding: subtags[0], as: UTF8.self)
            if script == nil, language == "zh" {
                script = region == "tw" || region == "hk" || region == "mo" ? "hant" : "hans"
            }
            self.script = script
        }

        private static func all(_ bytes: [UInt8], from low: UInt8, to high: UInt8) -> Bool {
            for byte in bytes where byte < low || byte > high { return false }
            return true
        }
    }
}

/// The texts generated errors show.
public enum ErrataText {
    /// `code: message`, plus the HTTP status when known.
    public static func errorDescription(code: String, message: String, httpStatus: Int?) -> String {
        let text = code + ": " + message
        guard let httpStatus else { return text }
        return text + " (HTTP " + String(httpStatus) + ")"
    }

    /// The status and the start (200 characters) of a body in no documented format.
    public static func unrecognizedDescription(httpStatus: Int?, body: String) -> String {
        let status = httpStatus.map { " (HTTP " + String($0) + ")" } ?? ""
        let start = body.count > 200 ? String(body.prefix(200)) + "…" : body
        return "unrecognized error response" + status + ": " + start
    }

    /// A row's text as `failureReason` gives it: the plain description, else the message; nil
    /// when both are empty.
    public static func failureReason(plainDescription: String, message: String) -> String? {
        let text = plainDescription.isEmpty ? message : plainDescription
        return text.isEmpty ? nil : text
    }
}
