/// A cell that gives HTTP statuses by itself: `404`, `404 Not Found`, `400/500`,
/// `500, 502, 504 - Server Errors`. What the builder goes by to find a status column by its
/// content, and to read a table whose only identifier is the status.
enum StatusCell {
    /// The statuses the text starts with (three digits each, 100–599, separated by `,` `/` `;`
    /// `、` or spaces) and the name after them (`-`, `–`, `—`, `:` before it dropped); nil when
    /// the text does not start so, or a number of the list is not an HTTP status.
    static func parse(_ text: String) -> (statuses: [Int], name: String)? {
        var statuses: [Int] = []
        var rest = Substring(text)
        while true {
            while let first = rest.first, first == " " || first == "\u{00A0}" { rest.removeFirst() }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard digits.count == 3, let value = Int(digits), (100...599).contains(value) else {
                // A list ends where a name starts ("404 Not Found"); a number that is no status spoils it.
                if statuses.isEmpty || !digits.isEmpty { return nil }
                break
            }
            rest = rest.dropFirst(3)
            if let next = rest.first, next.isLetter || next.isNumber { return nil }
            if !statuses.contains(value) { statuses.append(value) }
            while let first = rest.first, " \u{00A0},/;、|".contains(first) { rest.removeFirst() }
            guard rest.first?.isNumber == true else { break }
        }
        while let first = rest.first, " \u{00A0}-–—:：".contains(first) { rest.removeFirst() }
        return (statuses, String(rest).trimmedForCell())
    }
}
