/// Where inline markup of an RST cell can end: for an end-string (`*`, `**`, `` ` ``, ``` `` ```)
/// and a position, the first position at or after it, walking as `RSTInline` scans (a backslash
/// and the character after it are skipped), where the end-string stands closing markup by the
/// docutils recognition rules. Worked out for every position in one pass from the end of the
/// text, the first time an end-string is asked for.
///
/// `RSTInline` once scanned ahead from each opener in turn, which takes time quadratic in the
/// length of a cell full of unclosed openers (20,000 `` `a `` took 33 s).
final class RSTInlineEnds {
    private let chars: [Character]
    private let endSuffixes: Set<Character>
    private var ends: [String: [Int]] = [:]

    init(_ chars: [Character], endSuffixes: Set<Character>) {
        self.chars = chars
        self.endSuffixes = endSuffixes
    }

    /// The first position at or after `position` where `end` closes markup, or nil.
    func end(_ end: String, atOrAfter position: Int) -> Int? {
        guard position < chars.count else { return nil }
        let table: [Int]
        if let known = ends[end] {
            table = known
        } else {
            table = compute(end)
            ends[end] = table
        }
        let found = table[position]
        return found < 0 ? nil : found
    }

    /// For each position, the answer of `end(_:atOrAfter:)`, -1 for none.
    private func compute(_ end: String) -> [Int] {
        let endChars = Array(end)
        var table = [Int](repeating: -1, count: chars.count + 2)
        var position = chars.count - 1
        while position >= 0 {
            if chars[position] == "\\" {
                table[position] = table[position + 2]
            } else if closes(endChars, at: position) {
                table[position] = position
            } else {
                table[position] = table[position + 1]
            }
            position -= 1
        }
        return table
    }

    /// Whether `endChars` stands at `position`, after a character that is not whitespace, and
    /// is followed by the end of the text, whitespace or an allowed character.
    private func closes(_ endChars: [Character], at position: Int) -> Bool {
        guard position > 0, position + endChars.count <= chars.count, !chars[position - 1].isWhitespace else { return false }
        for offset in 0..<endChars.count where chars[position + offset] != endChars[offset] { return false }
        let after = position + endChars.count
        return after == chars.count || chars[after].isWhitespace || endSuffixes.contains(chars[after])
            || (endChars == ["`"] && chars[after] == "_")
    }
}
