/// The wire messages of a message cell.
///
/// A message cell of several paragraphs lists several messages the API sends for the same row
/// (OTC ELB: ELB.1202 "1.decoded token is null." / "2.checkEnterpriseProject is error."): each
/// paragraph is one message, with these exceptions:
/// - a paragraph that only continues the sentence of the one before (which ends without sentence
///   punctuation; it starts with a lowercase letter) is joined to it with a space: one message;
/// - a paragraph that explains the message ("For example, …", "Possible causes:", "Note …", a
///   lead-in ending in `:`) is no message: it and the paragraphs after it (the conditions it
///   lists) are the cell's `explanations`, which go at the start of the row's description;
/// - a paragraph that only says the list goes on ("etc.", "…", "...", "等") is no message
///   (`droppedContinuation` says one was left out, for a warning);
/// - when every message paragraph starts with an enumeration numbered from 1 in order ("1." "2.",
///   "1)" "2)", "(1)" "(2)", "1、" "2、"), the numbers are the page's, not the API's, and are dropped;
/// - a paragraph repeating an earlier one counts once.
/// A line break inside a paragraph stays in its message.
enum MessageCell {
    /// What a message cell says.
    struct Reading: Equatable {
        /// The wire messages, the first being the row's `message`; empty when no paragraph is one.
        var messages: [String] = []
        /// Paragraphs explaining the message, in order (plain text).
        var explanations: [String] = []
        /// An "etc." paragraph was left out.
        var droppedContinuation = false
    }

    /// The messages of a cell's text (`Cell.text`: paragraphs separated by a blank line), the first
    /// being the row's `message`; empty when no paragraph is a message.
    static func messages(_ text: String) -> [String] {
        read(text).messages
    }

    /// Reads a cell's text (`Cell.text`) into messages and explanations.
    static func read(_ text: String) -> Reading {
        // One paragraph (no LF LF in the bytes, so no "\n\n" of Characters either): the message
        // is the text, without splitting and enumerations, as `readParagraphs` would find it.
        guard holdsTwoLineFeeds(text) else {
            var reading = Reading()
            let message = text.trimmedForCell()
            if message.isEmpty { return reading }
            if isContinuation(message) {
                reading.droppedContinuation = true
            } else {
                reading.messages = [message]
            }
            return reading
        }
        return readParagraphs(text)
    }

    /// `read` for any text, paragraph by paragraph.
    static func readParagraphs(_ text: String) -> Reading {
        var reading = Reading()
        var paragraphs: [String] = []
        for paragraph in text.split(separator: "\n\n").map({ $0.trimmedForCell() }) where !paragraph.isEmpty {
            if isContinuation(paragraph) {
                reading.droppedContinuation = true
            } else if !reading.explanations.isEmpty || (!paragraphs.isEmpty && isExplanation(paragraph)) {
                reading.explanations.append(paragraph)
            } else if let last = paragraphs.last, continuesSentence(last, with: paragraph) {
                paragraphs[paragraphs.count - 1] = last + " " + paragraph
            } else {
                paragraphs.append(paragraph)
            }
        }
        if paragraphs.count >= 2, let stripped = withoutEnumeration(paragraphs) {
            let kept = stripped.filter { !$0.isEmpty && !isContinuation($0) }
            if kept.count < stripped.count { reading.droppedContinuation = true }
            paragraphs = kept
        }
        var seen: Set<String> = []
        reading.messages = paragraphs.filter { seen.insert($0).inserted }
        return reading
    }

    /// "…or contact" then "technical support.": the first ends without sentence punctuation and
    /// the second starts with a lowercase letter.
    static func continuesSentence(_ first: String, with second: String) -> Bool {
        guard let end = first.last, !".。!！?？:：;；…".contains(end), let start = second.first else { return false }
        return start.isLowercase
    }

    /// Openings of paragraphs that explain a message rather than being one (compared lowercased).
    private static let explanationOpenings = [
        "for example", "for instance", "e.g.", "example:", "possible cause", "possible reason", "causes:", "cause:",
        "reason:", "note", "例如", "比如", "可能原因", "原因：", "原因:", "注意", "说明：", "说明:",
    ]

    /// "For example, …", "Possible causes:", "Note: …", or a lead-in ending in `:` (a list follows).
    static func isExplanation(_ paragraph: String) -> Bool {
        if let last = paragraph.last, last == ":" || last == "：" { return true }
        let lowered = paragraph.lowercased()
        return explanationOpenings.contains { opening in
            guard lowered.hasPrefix(opening) else { return false }
            // "Note" as a word: "Notebook not found." is a message.
            guard opening == "note" else { return true }
            return lowered.dropFirst(4).first.map { !$0.isLetter } ?? true
        }
    }

    /// "etc.", "etc", "…", "...", "等", "等等", "and so on": a paragraph saying that more messages exist.
    static func isContinuation(_ paragraph: String) -> Bool {
        // ASCII with a byte that is neither an edge nor in a continuation word stays in what the
        // words are compared with (lowercasing changes only A-Z): not a continuation.
        if paragraph.utf8.allSatisfy({ $0 < 0x80 }),
           paragraph.utf8.contains(where: { !isContinuationByte($0) }) { return false }
        var text = Substring(paragraph.lowercased())
        let edges: Set<Character> = [".", "…", "。", " ", "\u{00A0}", ",", "，", ";", "；"]
        while let first = text.first, edges.contains(first) { text.removeFirst() }
        while let last = text.last, edges.contains(last) { text.removeLast() }
        return ["", "etc", "等", "等等", "and so on", "and more"].contains(String(text))
    }

    private static func holdsTwoLineFeeds(_ text: String) -> Bool {
        var previous: UInt8 = 0
        return text.utf8.contains { byte in
            defer { previous = byte }
            return byte == 0x0A && previous == 0x0A
        }
    }

    /// An ASCII edge (` `, `.`, `,`, `;`) or a letter of "etc", "and so on", "and more" in either case.
    private static func isContinuationByte(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {  // ASCII lowercase; the edges map to themselves
        case 0x20, 0x2C, 0x2E, 0x3B, 0x61, 0x63, 0x64, 0x65, 0x6D, 0x6E, 0x6F, 0x72, 0x73, 0x74: true
        default: false
        }
    }

    /// The paragraphs without their enumeration, when each starts with the next number (1, 2, …)
    /// followed by `.`, `)`, `、` or `．`, or enclosed as `(1)` / `（1）`, and no digit right after;
    /// nil otherwise.
    static func withoutEnumeration(_ paragraphs: [String]) -> [String]? {
        var result: [String] = []
        for (index, paragraph) in paragraphs.enumerated() {
            guard let rest = afterNumber(index + 1, in: paragraph) else { return nil }
            result.append(rest.trimmedForCell())
        }
        return result
    }

    private static func afterNumber(_ number: Int, in paragraph: String) -> Substring? {
        let digits = String(number)
        var text = Substring(paragraph)
        var closing: Set<Character> = [".", ")", "、", "．", "）"]
        if let first = text.first, first == "(" || first == "（" {
            text.removeFirst()
            closing = [first == "(" ? ")" : "）"]
        }
        guard text.hasPrefix(digits) else { return nil }
        text.removeFirst(digits.count)
        guard let mark = text.first, closing.contains(mark) else { return nil }
        text.removeFirst()
        // "1.5 seconds" is no enumeration (only digits count: 参 is a numeral too).
        if let next = text.first, ("0"..."9").contains(next) || ("０"..."９").contains(next) { return nil }
        return text
    }
}
