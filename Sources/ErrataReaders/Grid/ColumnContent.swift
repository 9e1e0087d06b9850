/// What a column's body cells hold, counted over at most `sampleSize` of them: what the builder
/// goes by when no header names a column's role. Counting a sample keeps the guess cheap on
/// 100,000-row pages.
struct ColumnContent {
    /// Body cells looked at per column.
    static let sampleSize = 300
    /// Cells longer than this are not codes.
    static let longestCode = 64

    /// Filled cells looked at (empty cells and span copies are not counted).
    private(set) var filled = 0
    /// Cells that are HTTP statuses (`StatusCell`), and how many of them name the status too.
    private(set) var statuses = 0
    private(set) var namedStatuses = 0
    /// Code-shaped cells (`CodeShape.looksLikeCode`, at most `longestCode` characters).
    private(set) var codes = 0
    /// The code-shaped cells are all different.
    private(set) var distinct = true
    /// How many code-shaped cells share the most common shape (`coarseShape`).
    private(set) var commonShape = 0
    /// Code-shaped cells holding a digit (`AIS.0101`, `E1`, `404`).
    private(set) var withDigits = 0
    /// Code-shaped cells shaped as error names: `NoSuchKey`, `INVALID_ARGUMENT`,
    /// `InvalidZoneId.NotFound`, `ns:Name`, `IGN-CMN-65535`.
    private(set) var errorNames = 0
    /// Code-shaped cells that are lower camelCase or snake_case identifiers (`rateLimitExceeded`,
    /// `quota_exceeded`): codes only where the table has statuses or messages too.
    private(set) var lowerIdentifiers = 0
    /// Code-shaped cells that are one lowercase word (`unauthorized`): codes among snake_case ones.
    private(set) var lowerWords = 0
    /// Cells naming a data type (`String`, `Integer`, `Boolean`): a parameter table's column.
    private(set) var typeNames = 0
    /// Cells that are not codes: words, sentences.
    private(set) var prose = 0
    /// Cells of several paragraphs or sentences.
    private(set) var longProse = 0
    /// Cells written as sentences: ending in sentence punctuation, or of four words or more
    /// (a label such as "API team" or "Client error" is not one).
    private(set) var sentences = 0
    /// Characters in the filled cells.
    private(set) var length = 0

    private static let types: Set<String> = [
        "string", "integer", "int", "long", "boolean", "bool", "object", "array", "number", "float", "double",
        "int32", "int64", "list", "map", "date", "datetime", "timestamp", "enum",
    ]

    init(_ body: ArraySlice<[Cell]>, column: Int) {
        var seen: Set<String> = []
        var shapes: [String: Int] = [:]
        for row in body where column < row.count {
            let cell = row[column]
            guard !cell.isEmpty, !cell.isSpanCopy else { continue }
            filled += 1
            let text = cell.text
            length += text.count
            if let status = StatusCell.parse(text) {
                statuses += 1
                if !status.name.isEmpty { namedStatuses += 1 }
            }
            if Self.types.contains(text.lowercased()) { typeNames += 1 }
            if text.count <= Self.longestCode, CodeShape.looksLikeCode(cell) {
                codes += 1
                if !seen.insert(text).inserted { distinct = false }
                shapes[Self.coarseShape(text), default: 0] += 1
                if text.contains(where: \.isNumber) { withDigits += 1 }
                if Self.isErrorName(text) {
                    errorNames += 1
                } else if Self.isLowerIdentifier(text) {
                    lowerIdentifiers += 1
                } else if text.allSatisfy({ $0.isLetter && $0.isLowercase }) {
                    lowerWords += 1
                }
            } else {
                // Words, or a sentence written without spaces ("参数格式不正确。").
                prose += 1
                if text.contains("\n") || Self.sentences(in: text) > 1 { longProse += 1 }
                if let last = text.last, ".。!！?？".contains(last) { sentences += 1 } else if text.split(separator: " ").count >= 4 { sentences += 1 }
            }
            if filled == Self.sampleSize { break }
        }
        commonShape = shapes.values.max() ?? 0
    }

    /// Mean length of the filled cells.
    var averageLength: Int { filled == 0 ? 0 : length / filled }

    /// Nine in ten cells are HTTP statuses (at least two cells).
    var isStatuses: Bool { filled >= 2 && statuses * 10 >= filled * 9 }

    /// Short distinct identifiers of mostly one shape: nine in ten cells code-shaped, most holding
    /// a digit or all error names; camelCase and snake_case names only when `supported` (the table
    /// has statuses or messages besides, single lowercase words among them (`unauthorized` beside
    /// `not_found`). Parameter names (`project_id`, `name`) are none of these.
    func isCodes(supported: Bool) -> Bool {
        guard filled >= 2, codes * 10 >= filled * 9, distinct, typeNames == 0 else { return false }
        if withDigits * 2 >= codes || errorNames == codes { return commonShape * 2 > codes }
        return supported && lowerIdentifiers > 0 && errorNames + lowerIdentifiers + lowerWords == codes
    }

    /// Most cells are words rather than codes or type names.
    var isProse: Bool { filled >= 1 && prose * 2 >= filled && typeNames == 0 }

    /// Most cells are sentences, as messages are.
    var isSentences: Bool { isProse && sentences * 2 >= filled }

    /// The cells read as descriptions: several sentences or paragraphs in one in three, or long.
    var isLongProse: Bool { longProse * 3 >= filled || averageLength >= 120 }

    /// `NoSuchKey` (two capitals and a lowercase letter), `INVALID_ARGUMENT` (capitals joined by
    /// `_`, `-` or `.`), `InvalidZoneId.NotFound`, `ns:Name`.
    static func isErrorName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        if text.contains(":") || text.contains(".") { return true }
        let letters = text.filter(\.isLetter)
        if letters.allSatisfy(\.isUppercase) { return text.contains { "_-".contains($0) } || letters.count >= 4 }
        return first.isUppercase && text.dropFirst().contains(where: \.isUppercase) && text.contains(where: \.isLowercase)
    }

    /// The kinds of characters a code is made of: letters, digits, and which other characters
    /// (`AIS.0101` → `A9.`, `not_found` and `too_many_requests` → `A_`), so codes of one family
    /// share it whatever the length of their parts.
    static func coarseShape(_ text: String) -> String {
        var letters = false, digits = false
        var others: Set<Character> = []
        for char in text {
            if char.isLetter { letters = true } else if char.isNumber { digits = true } else { others.insert(char) }
        }
        return (letters ? "A" : "") + (digits ? "9" : "") + String(others.sorted())
    }

    /// `rateLimitExceeded`, `quota_exceeded`: lowercase first, then a capital or an underscore.
    static func isLowerIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isLowercase else { return false }
        return text.contains(where: \.isUppercase) || text.contains("_")
    }

    /// Sentences in a paragraph: a sentence end, a space, then more text starts another
    /// ("Retry. Or wait." is two; "1.5" and "e.g.," are one).
    private static func sentences(in text: String) -> Int {
        var count = 1
        var state = 0  // 1: after a sentence end, 2: and a space after it
        for char in text {
            if ".。!！?？".contains(char) {
                state = 1
            } else if char.isWhitespace {
                state = state == 0 ? 0 : 2
            } else {
                if state == 2 { count += 1 }
                state = 0
            }
        }
        return count
    }
}
