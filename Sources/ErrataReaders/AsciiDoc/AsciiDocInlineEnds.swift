/// Where inline markup of AsciiDoc text can close: for a closing mark (`*`, `**`, `_`, `__`,
/// `` ` ``, ``` `` ```, `+`, `++`, `#`, `##`, `]`, `>>`) and a position, the first position at or
/// after it where the mark stands closing markup (not escaped by a backslash; for the constrained
/// single marks, after a character that is not a space and before one that is not a word
/// character). Worked out for every position in one pass from the end of the text, the first time
/// a mark is asked for.
///
/// `AsciiDocInline` asks it instead of scanning ahead from each opener, which would take time
/// quadratic in the length of a text full of unclosed openers (as the RST and Markdown cells once
/// did; see `RSTInlineEnds`, `MarkdownClosers`).
final class AsciiDocInlineEnds {
    /// A closing mark and whether it is constrained (a single mark bounded by words).
    struct Mark: Hashable {
        var text: String
        var constrained: Bool
    }

    private let chars: [Character]
    private var ends: [Mark: [Int32]] = [:]
    private var stops: [Int32]?
    /// How many passes over the text were made: one per mark asked for, one for the stops.
    private(set) var passes = 0

    init(_ chars: [Character]) {
        self.chars = chars
    }

    /// The first position at or after `position` where `mark` closes markup, or nil.
    func end(_ mark: Mark, atOrAfter position: Int) -> Int? {
        guard position < chars.count else { return nil }
        let table: [Int32]
        if let known = ends[mark] {
            table = known
        } else {
            table = compute(mark)
            ends[mark] = table
        }
        let found = table[position]
        return found < 0 ? nil : Int(found)
    }

    /// The first position at or after `position` holding whitespace or one of `[]<>"`: where a
    /// URL or a macro's target ends. The end of the text when there is none.
    func stop(atOrAfter position: Int) -> Int {
        guard position < chars.count else { return chars.count }
        if stops == nil {
            passes += 1
            var table = [Int32](repeating: Int32(chars.count), count: chars.count + 1)
            var index = chars.count - 1
            while index >= 0 {
                let char = chars[index]
                table[index] = char.isWhitespace || "[]<>\"".contains(char) ? Int32(index) : table[index + 1]
                index -= 1
            }
            stops = table
        }
        return Int(stops?[position] ?? Int32(chars.count))
    }

    /// For each position, the answer of `end(_:atOrAfter:)`, -1 for none.
    private func compute(_ mark: Mark) -> [Int32] {
        passes += 1
        let markChars = Array(mark.text)
        var table = [Int32](repeating: -1, count: chars.count + 1)
        var position = chars.count - 1
        while position >= 0 {
            table[position] = closes(markChars, constrained: mark.constrained, at: position) ? Int32(position) : table[position + 1]
            position -= 1
        }
        return table
    }

    private func closes(_ markChars: [Character], constrained: Bool, at position: Int) -> Bool {
        guard position + markChars.count <= chars.count else { return false }
        for offset in 0..<markChars.count where chars[position + offset] != markChars[offset] { return false }
        if position > 0, chars[position - 1] == "\\" { return false }
        guard constrained else { return true }
        guard position > 0, !chars[position - 1].isWhitespace else { return false }
        let after = position + markChars.count
        return after == chars.count || !Self.isWord(chars[after])
    }

    /// A letter, a digit or `_`: what constrained marks may not touch on their outer side.
    static func isWord(_ char: Character) -> Bool {
        char.isLetter || char.isNumber || char == "_"
    }
}
