/// Rules for telling an error-code cell from prose.
enum CodeShape {
    /// Labels of closing note rows ("Other | contact us").
    private static let noteLabels: Set<String> = ["other", "others", "其他", "其它", "其他错误码"]

    /// A code has no inner whitespace and is not a sentence: `AIS.0101`, `0`, `-1`,
    /// `NoSuchBucket`, `INVALID_PARAMETER`. A cell that is all inline code (`` `Precondition Failed` ``)
    /// is a code even with a space. "Other" and "其他" are note labels, not codes.
    static func looksLikeCode(_ cell: Cell) -> Bool {
        let text = cell.text
        guard !text.isEmpty else { return false }
        if isNoteLabel(text) { return false }
        if isWholeCodeSpan(cell.markdown), !text.contains("\n") { return true }
        if RichText.containsWhitespace(text) { return false }
        if let last = text.last, ".。!！?？".contains(last), text.index(after: text.startIndex) != text.endIndex { return false }
        return true
    }

    static func isNoteLabel(_ text: String) -> Bool {
        // Every label holds an "o" or a "其"; lowercasing makes no ASCII "o" from other letters.
        guard text.utf8.contains(where: { $0 == 0x6F || $0 == 0x4F || $0 == 0xE5 }) else { return false }
        return noteLabels.contains(HeaderName.key(text))
    }

    private static func isWholeCodeSpan(_ markdown: String) -> Bool {
        guard markdown.hasPrefix("`"), markdown.hasSuffix("`"), markdown.count >= 2 else { return false }
        let fence = markdown.prefix { $0 == "`" }
        let inner = markdown.dropFirst(fence.count).dropLast(fence.count)
        return markdown.hasSuffix(String(fence)) && !inner.contains(String(fence))
    }

    /// The shape of a code: letter runs become `A`, digit runs `9`, other characters stay
    /// (`AIS.0101` and `ModelArts.4105` are both `A.9`). Used to find the code among shifted cells.
    static func signature(_ text: String) -> String {
        if let ascii = asciiSignature(text) { return ascii }
        var out = ""
        for char in text {
            let mapped: Character = char.isLetter ? "A" : char.isNumber ? "9" : char.isWhitespace ? " " : char
            if (mapped == "A" || mapped == "9"), out.last == mapped { continue }
            out.append(mapped)
        }
        return out
    }

    /// `signature` of an ASCII text from its bytes (ASCII letters, digits and whitespace are the
    /// ASCII characters `isLetter`, `isNumber` and `isWhitespace` accept; CR LF is one character);
    /// nil for other text.
    private static func asciiSignature(_ text: String) -> String? {
        var out: [UInt8] = []
        var previous: UInt8 = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let mapped: UInt8 = switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(ascii: "A")
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(ascii: "9")
            case 0x09...0x0D, 0x20: UInt8(ascii: " ")
            default: byte
            }
            defer { previous = byte }
            if byte == 0x0A, previous == 0x0D { continue }  // CR LF: one whitespace character
            if mapped == UInt8(ascii: "A") || mapped == UInt8(ascii: "9"), out.last == mapped { continue }
            out.append(mapped)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
