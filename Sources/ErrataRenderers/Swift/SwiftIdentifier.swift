import Foundation

/// Swift identifiers for codes and modules: derived from the wire text, or given by the spec.
///
/// Derivation (stable when messages change, since only the code is used):
/// 1. NFC-normalise, decompose and keep ASCII only: diacritics are stripped (`café` → `cafe`),
///    other non-ASCII letters become word breaks.
/// 2. Split into words at every character that is not an ASCII letter or digit.
/// 3. Join as lowerCamelCase: `AIS.0101` → `ais0101`, `ModelArts.4105` → `modelArts4105`,
///    `NoSuchBucket` → `noSuchBucket`, `INVALID_PARAM` → `invalidParam`. Two digit groups in a row
///    keep an underscore between them (`A.01.02` → `a01_02`).
/// 4. A bare integer becomes `code…` (`0101` → `code0101`, `-1` → `codeMinus1`); so does any name
///    that would start with a digit.
/// 5. Keywords and the generated types' own member names get a trailing underscore
///    (`default` → `default_`, `rawValue` → `rawValue_`), so no backticks are ever needed.
/// Text that leaves no letter or digit has no identifier: the spec must give `swiftName`.
enum SwiftIdentifier {
    /// The identifier for `text`, or nil when nothing usable remains.
    static func derive(from text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let integer = bareInteger(trimmed) {
            return "code" + (integer.negative ? "Minus" : "") + integer.digits
        }
        let words = words(in: trimmed)
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

    /// Members the generated code and module types declare or inherit.
    static let reservedMembers: Set<String> = [
        "rawValue", "description", "debugDescription", "info", "allDocumented", "module", "messages",
        "isDocumented", "hashValue", "hash", "encode", "allCases", "RawValue", "AllCases",
    ]

    private static func bareInteger(_ text: String) -> (negative: Bool, digits: String)? {
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return (negative, digits)
    }

    /// ASCII letter-and-digit runs of the NFC form with diacritics stripped.
    private static func words(in text: String) -> [String] {
        let decomposed = text.precomposedStringWithCanonicalMapping.decomposedStringWithCanonicalMapping
        var words: [String] = []
        var current = ""
        for scalar in decomposed.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // a stripped diacritic: the word goes on
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
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
