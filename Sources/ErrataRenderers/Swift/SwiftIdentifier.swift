import Foundation

/// Swift identifiers for codes and modules: derived from the wire text, or given by the spec.
///
/// Derivation (stable when messages change, since only the code is used):
/// 1. NFC-normalise, decompose and keep ASCII only: diacritics are stripped (`café` → `cafe`).
/// 2. Split into words at every character that is not an ASCII letter or digit.
/// 3. Join as lowerCamelCase: `AIS.0101` → `ais0101`, `ModelArts.4105` → `modelArts4105`,
///    `NoSuchBucket` → `noSuchBucket`, `INVALID_PARAM` → `invalidParam`. Two digit groups in a row
///    keep an underscore between them (`A.01.02` → `a01_02`).
/// 4. A bare integer becomes `code…` (`0101` → `code0101`, `-1` → `codeMinus1`); so does any name
///    that would start with a digit.
/// 5. Keywords and the generated types' own member names get a trailing underscore
///    (`default` → `default_`, `rawValue` → `rawValue_`), so no backticks are ever needed.
///
/// Text from any language: when a letter or digit other than ASCII remains after step 1 (a letter
/// of another script, or a Latin letter with no ASCII base such as `ß` or `Ł`), the whole text is
/// transliterated first with ICU's transforms `Any-Latin`, then diacritics stripped, modifier
/// letters such as the soft sign's `ʹ` dropped, then `Latin-ASCII`; steps 1–5 apply to the result.
/// `平台` → `pingTai`, `错误码.001` → `cuoWuMa001`, `モジュール` → `mojuru`, `Модуль` → `modul`,
/// `Ελληνικά` → `ellenika`, `모듈` → `modyul`, `خطأ` → `khta`, `Straße` → `strasse`. Chinese
/// characters get their Mandarin reading, also in Japanese text (`日本` → `riBen`). Text whose
/// letters are all ASCII (after stripping diacritics) is never transliterated, so `AIS.0101`,
/// `café` and `Ärger-Fall` keep the names above.
/// A letter or digit ICU leaves without a transliteration (e.g. Yi) is spelt by its code point, `u`
/// and at least four upper-case hex digits, a run of them making one word (`ꆈꌠ` → `uA188uA320`); when
/// transliteration leaves nothing at all, or is unavailable, the original text's letters are spelt so
/// (`平台` → `u5E73u53F0`). The transforms are locale-independent; their result depends only on
/// ICU's data, so the renderer warns for every name made this way (`Method`), naming the spec line.
/// Only text with no letter or digit at all has no identifier: the spec must give `swiftName`.
enum SwiftIdentifier {
    /// How a derived name was made from the text.
    enum Method: Equatable, Sendable {
        /// The text's letters are ASCII (diacritics stripped): steps 1–5 only.
        case ascii
        /// The text was transliterated to Latin first.
        case transliterated
        /// Some letters (or all, when transliteration gave nothing) are spelt by their code points.
        case codePoints
    }

    /// A derived name and how it was made.
    struct Derivation: Equatable, Sendable {
        var name: String
        var method: Method
    }

    /// The identifier for `text`, or nil when nothing usable remains.
    static func derive(from text: String) -> String? {
        derivation(of: text)?.name
    }

    /// The identifier for `text` and how it was made, or nil when the text has no letter or digit.
    static func derivation(of text: String) -> Derivation? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let integer = bareInteger(trimmed) {
            return Derivation(name: "code" + (integer.negative ? "Minus" : "") + integer.digits, method: .ascii)
        }
        let decomposed = decompose(trimmed)
        guard decomposed.unicodeScalars.contains(where: isForeignLetterOrDigit) else {
            return identifier(from: words(in: decomposed, spellingForeign: false).words).map { Derivation(name: $0, method: .ascii) }
        }
        if let latin = latinTransliteration(of: trimmed) {
            let found = words(in: decompose(latin), spellingForeign: true)
            if let name = identifier(from: found.words) {
                return Derivation(name: name, method: found.spelt ? .codePoints : .transliterated)
            }
        }
        // Nothing usable: spell the original's letters (there is at least one) by their code points.
        return identifier(from: words(in: decomposed, spellingForeign: true).words).map { Derivation(name: $0, method: .codePoints) }
    }

    /// Words joined as lowerCamelCase, made a valid non-reserved identifier; nil for no words.
    private static func identifier(from words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        var name = ""
        for (index, word) in words.enumerated() {
            if index == 0 {
                name = lowerFirstWord(word)
            } else {
                if name.last?.isASCIIDigit == true, word.first?.isASCIIDigit == true { name += "_" }
                name += upperWord(word)
            }
        }
        if name.first?.isASCIIDigit == true { name = "code" + name }
        return isReserved(name) ? name + "_" : name
    }

    /// Why `name` cannot be used as a `swiftName`, or nil when it can.
    static func problem(with name: String) -> String? {
        guard let first = name.unicodeScalars.first else { return "swiftName is empty" }
        let isIdentifier = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            && !("0"..."9").contains(first)
        guard isIdentifier, name != "_" else {
            return "swiftName \(name.debugDescription) is not an ASCII Swift identifier (letters, digits, underscores; not starting with a digit)"
        }
        if keywords.contains(name) { return "swiftName \(name.debugDescription) is a Swift keyword" }
        if reservedMembers.contains(name) {
            return "swiftName \(name.debugDescription) is the name of a member of the generated type"
        }
        return nil
    }

    static func isReserved(_ name: String) -> Bool {
        keywords.contains(name) || reservedMembers.contains(name)
    }

    /// Keywords (and names such as `none` that would be ambiguous next to `Optional`).
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "switch", "where", "while", "as", "Any", "await", "false", "is", "nil", "self", "Self", "super",
        "throw", "throws", "true", "try", "_", "async", "actor", "any", "some", "package", "borrowing",
        "consuming", "each", "macro", "nonisolated", "isolated", "sending", "Type", "Protocol", "none",
    ]

    /// Members the generated code and module types declare or inherit, in either Swift style
    /// (`undocumented` is the enum style's case for other codes).
    static let reservedMembers: Set<String> = [
        "rawValue", "description", "debugDescription", "info", "allDocumented", "module", "messages",
        "isDocumented", "hashValue", "hash", "encode", "allCases", "RawValue", "AllCases", "undocumented",
    ]

    private static func bareInteger(_ text: String) -> (negative: Bool, digits: String)? {
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return (negative, digits)
    }

    /// The NFC form, decomposed (so diacritics are separate nonspacing marks).
    private static func decompose(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.decomposedStringWithCanonicalMapping
    }

    /// A letter (of any kind, modifier letters included), letter number or decimal digit that is not ASCII.
    private static func isForeignLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber,
            .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// `Latin-ASCII` applied to `Any-Latin` with diacritics and modifier letters removed; nil when
    /// the platform cannot transliterate. Modifier letters left by `Any-Latin` (`ʹ`, `ʺ` of Cyrillic
    /// soft and hard signs, `ʾ` of Arabic hamza) are dropped rather than made into apostrophes.
    private static func latinTransliteration(of text: String) -> String? {
        guard let latin = text.applyingTransform(.toLatin, reverse: false) else { return nil }
        let stripped = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: stripped.unicodeScalars.filter { $0.properties.generalCategory != .modifierLetter })
        let withoutModifiers = String(kept)
        return withoutModifiers.applyingTransform(latinToASCII, reverse: false) ?? withoutModifiers
    }

    /// ICU's `Latin-ASCII`: `ß` → `ss`, `Ł` → `L`, `Æ` → `AE`, full-width `Ａ１` → `A1`.
    private static let latinToASCII = StringTransform(rawValue: "Latin-ASCII")

    /// Letter-and-digit runs of decomposed `text`: ASCII letters and digits make words, nonspacing
    /// marks (stripped diacritics) are skipped within a word. Other letters and digits break words,
    /// or with `spellingForeign` make words of their own spelt by code point (`平台` → `u5E73u53F0`);
    /// `spelt` tells whether any was.
    private static func words(in text: String, spellingForeign: Bool) -> (words: [String], spelt: Bool) {
        var words: [String] = []
        var current = ""
        var currentIsSpelt = false
        var spelt = false
        func finishWord() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if currentIsSpelt { finishWord() }
                currentIsSpelt = false
                current.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // a stripped diacritic: the word goes on
            } else if spellingForeign, isForeignLetterOrDigit(scalar) {
                if !currentIsSpelt { finishWord() }
                currentIsSpelt = true
                spelt = true
                current += codePoint(scalar)
            } else {
                finishWord()
            }
        }
        finishWord()
        return (words, spelt)
    }

    /// `u` and the scalar's value in at least four upper-case hex digits: `平` → `u5E73`.
    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `AIS` → `ais`, `ModelArts` → `modelArts`, `URLError` → `urlError`.
    private static func lowerFirstWord(_ word: String) -> String {
        let characters = Array(word)
        guard characters.contains(where: \.isLowercase) else { return word.lowercased() }
        var upperRun = 0
        while upperRun < characters.count, characters[upperRun].isUppercase { upperRun += 1 }
        // Keep the last capital of a run when it starts the next word: URLError → url + Error.
        let lowered = upperRun > 1 && upperRun < characters.count && characters[upperRun].isLowercase ? upperRun - 1 : upperRun
        return String(characters[..<lowered]).lowercased() + String(characters[lowered...])
    }

    /// `INVALID` → `Invalid`, `modelArts` → `ModelArts`, `0101` → `0101`.
    private static func upperWord(_ word: String) -> String {
        let base = word.contains(where: \.isLowercase) ? word : word.lowercased()
        return base.prefix(1).uppercased() + base.dropFirst()
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
