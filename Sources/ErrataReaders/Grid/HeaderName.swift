/// How header names, captions and a recipe's names are compared: without case, spaces,
/// underscores, hyphens or punctuation, camelCase split into words, so `HttpCode`, `HTTP_CODE`,
/// `Http Status`, `http-status` and `http status` are one name.
enum HeaderName {
    /// The words of a name, lowercased: letter and digit runs, a new word at a lowercase→uppercase
    /// step (`HttpCode` → `http`, `code`) and between letters and digits (`表3` → `表`, `3`);
    /// `&nbsp;` is a space. Everything else (spaces, `_`, `-`, punctuation) separates words.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var previous: Character?
        for char in text.replacingEvery("&nbsp;", with: " ") {
            guard char.isLetter || char.isNumber else {
                if !word.isEmpty { words.append(word) }
                word = ""
                previous = nil
                continue
            }
            if let previous, !word.isEmpty,
               (previous.isLowercase && char.isUppercase) || (previous.isNumber != char.isNumber) {
                words.append(word)
                word = ""
            }
            word += char.lowercased()
            previous = char
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The name as one comparable key: its words joined (`HTTP_CODE` → `httpcode`).
    static func key(_ text: String) -> String {
        words(text).joined()
    }

    /// Whether `part` names `text`: the same key, or `part`'s words found together, in order,
    /// among `text`'s words ("Error codes" names "Table 3 Error codes of the API").
    static func names(_ text: String, _ part: String) -> Bool {
        let whole = words(text)
        let wanted = words(part)
        guard !wanted.isEmpty else { return false }
        if whole.joined() == wanted.joined() { return true }
        guard wanted.count <= whole.count else { return false }
        return (0...(whole.count - wanted.count)).contains { start in
            whole[start..<(start + wanted.count)].elementsEqual(wanted)
        }
    }
}
