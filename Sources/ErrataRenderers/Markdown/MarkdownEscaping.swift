import ErrataMarkdown

/// How the Markdown renderer writes text into the page so that no text can change the page's
/// structure (CommonMark 0.31 + GitHub Flavored Markdown tables).
///
/// - Wire text (messages, codes) is shown literally in code spans whose backtick fence outruns any
///   backtick run inside; multi-line messages become fenced code blocks.
/// - Plain text in headings, links and labels (service, module and note names) gets a backslash before
///   every character that could start inline markup.
/// - Markdown fragments (descriptions, solutions, notes, remarks) keep their formatting, but raw HTML is
///   shown as text (see `neutralizeHTML`). The page places every fragment inside a list item, so a
///   fenced code block left open in a fragment is closed by the end of the item.
/// - Table cells: every line break (LF, CR, CRLF, VT, FF, U+0085, U+2028, U+2029) becomes one space and
///   `|` becomes `\|`, so a cell can never add a row or change the column count.
enum MarkdownEscaping {
    /// Characters treated as line breaks anywhere on the page.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The text with every line break (CRLF counting as one) replaced by `replacement`.
    static func replacingLineBreaks(_ text: String, with replacement: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if isLineBreak(scalar) {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The text on one line: line breaks collapsed to single spaces.
    static func singleLine(_ text: String) -> String {
        replacingLineBreaks(text, with: " ")
    }

    // MARK: Wire text

    /// `text` as a code span showing it literally, or `nil` when it is empty (CommonMark has no empty
    /// code span). Line breaks become spaces.
    static func codeSpan(_ text: String) -> String? {
        let line = singleLine(text)
        guard !line.isEmpty else { return nil }
        return MarkdownInlineForms.codeSpan(line)
    }

    /// Wire text for a table cell, optionally as a link to `anchor`: a code span (pipes escaped), or
    /// backslash-escaped text when the text holds a backslash right before a pipe, which a table cell
    /// cannot carry inside a code span. Empty text shows as *(empty)*.
    static func tableWireText(_ text: String, linkingTo anchor: String? = nil) -> String {
        let line = singleLine(text)
        let shown: String
        if line.contains("\\|") {
            shown = plainText(line)  // escapes `|` and `\` itself
        } else if let span = codeSpan(line) {
            shown = tableCell(span)
        } else {
            shown = "*(empty)*"
        }
        guard let anchor else { return shown }
        return "[\(shown)](#\(anchor))"
    }

    /// A fenced code block showing `text` literally, one line per line of the text (every line break
    /// counts, unless `onlyLF`).
    static func codeBlock(_ text: String, info: String = "", onlyLF: Bool = false) -> [String] {
        let normalized = onlyLF ? text : replacingLineBreaks(text, with: "\n")
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: text) + 1))
        return [fence + info] + lines.map(String.init) + [fence]
    }

    // MARK: Plain text

    /// Plain text for inline positions (headings, link text, labels, cells): shown literally, on one
    /// line (`MarkdownText.escapeInline`).
    static func plainText(_ text: String) -> String {
        MarkdownText.escapeInline(singleLine(text))
    }

    /// Already-inline Markdown made safe for a table cell: line breaks become spaces, `|` becomes `\|`.
    static func tableCell(_ inline: String) -> String {
        singleLine(inline).replacingOccurrences(of: "|", with: "\\|")
    }

    /// A relative path (a file name of the generated pages) as a link destination: every byte of
    /// its UTF-8 other than an ASCII letter, digit, `-`, `.`, `_`, `~` or `/` percent-encoded, so no
    /// name can end the link or need angle brackets (`my errors.md` → `my%20errors.md`).
    static func linkDestination(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    // MARK: Markdown fragments

    /// A Markdown fragment (canonical Markdown from the readers, or hand-written remarks) with its
    /// formatting kept and raw HTML neutralized: every `<` becomes `&lt;`, and every `&` that would start
    /// an entity becomes `&amp;`, so `<script>` and `&lt;` both show as typed.
    ///
    /// Code spans are left alone (their text is literal already) only where their extent is certain:
    /// inside a paragraph-like run of lines with no block markers and no `|`. Anywhere else — fenced or
    /// indented code blocks included — `<` is escaped too, which at worst shows `&lt;` in code.
    /// Line breaks are normalized to LF; leading and trailing blank lines are dropped.
    static func neutralizeHTML(_ markdown: String) -> String {
        let normalized = replacingLineBreaks(markdown, with: "\n")
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var chunk: [String] = []
        func flush() {
            guard !chunk.isEmpty else { return }
            out.append(contentsOf: escapeChunk(chunk))
            chunk.removeAll()
        }
        for line in lines {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                flush()
                out.append("")
            } else {
                chunk.append(line)
            }
        }
        flush()
        while out.first == "" { out.removeFirst() }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }

    /// Escapes one run of non-blank lines, honouring code spans only when the run is a plain paragraph.
    private static func escapeChunk(_ lines: [String]) -> [String] {
        let honourCodeSpans = lines.allSatisfy(isPlainParagraphLine)
        let escaped = escapeInline(Array(lines.joined(separator: "\n")), honourCodeSpans: honourCodeSpans)
        return escaped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A line that cannot start or end a block, so a run of them is one paragraph whose inline content
    /// (and so its code spans) is exactly the run's text.
    static func isPlainParagraphLine(_ line: String) -> Bool {
        if line.contains("|") || line.contains("\t") { return false }
        let indent = line.prefix { $0 == " " }.count
        if indent >= 4 { return false }
        let rest = line.dropFirst(indent)
        guard let first = rest.first else { return false }
        if "-+*_>#=~<[".contains(first) { return false }
        if rest.hasPrefix("```") { return false }
        if first.isASCII && first.isNumber { return false }
        return true
    }

    private static func escapeInline(_ chars: [Character], honourCodeSpans: Bool) -> String {
        var out = ""
        var index = 0
        var honourCodeSpans = honourCodeSpans
        while index < chars.count {
            let char = chars[index]
            switch char {
            case "\\" where index + 1 < chars.count && chars[index + 1] == "<":
                // `\<` means a literal `<`, but GFM's extended autolinks may swallow the backslash
                // (`http://x\<b>`): write the entity instead.
                out.append("&lt;")
                index += 2
                continue
            case "\\" where index + 1 < chars.count:
                // A backslash escape: copy the pair, so an escaped backtick never opens a code span.
                out.append(char)
                out.append(chars[index + 1])
                index += 2
                continue
            case "`" where honourCodeSpans && mayBeInAutolink(chars, before: index):
                // GFM's extended autolinks run on to the next space and could swallow this run: from
                // here on, where spans start is uncertain, so escape everything.
                honourCodeSpans = false
                continue
            case "`" where honourCodeSpans:
                let run = chars[index...].prefix { $0 == "`" }.count
                if let close = closingRun(of: run, in: chars, from: index + run) {
                    out.append(contentsOf: chars[index..<(close + run)])
                    index = close + run
                } else {
                    out.append(contentsOf: chars[index..<(index + run)])
                    index += run
                }
                continue
            case "<":
                out.append("&lt;")
            case "&" where startsEntity(chars, at: index):
                out.append("&amp;")
            default:
                out.append(char)
            }
            index += 1
        }
        return out
    }

    /// The word just before `index` could be an extended autolink (`http://…`, `www.…`, `a@b.c`).
    private static func mayBeInAutolink(_ chars: [Character], before index: Int) -> Bool {
        let word = String(chars[..<index].reversed().prefix { !$0.isWhitespace }.reversed()).lowercased()
        return word.contains(":") || word.contains("@") || word.contains("www.")
    }

    /// Start of the first backtick run of exactly `length` at or after `start`.
    private static func closingRun(of length: Int, in chars: [Character], from start: Int) -> Int? {
        var index = start
        while index < chars.count {
            guard chars[index] == "`" else {
                index += 1
                continue
            }
            let run = chars[index...].prefix { $0 == "`" }.count
            if run == length { return index }
            index += run
        }
        return nil
    }

    /// `&name;`, `&#digits;` or `&#xhex;` starts at `index` (the shapes CommonMark reads as entities).
    static func startsEntity(_ chars: [Character], at index: Int) -> Bool {
        var cursor = index + 1
        guard cursor < chars.count else { return false }
        let isAllowed: (Character) -> Bool
        var maxLength = 32
        if chars[cursor] == "#" {
            cursor += 1
            if cursor < chars.count, chars[cursor] == "x" || chars[cursor] == "X" {
                cursor += 1
                isAllowed = { $0.isHexDigit }
                maxLength = 6
            } else {
                isAllowed = { $0.isASCII && $0.isNumber }
                maxLength = 7
            }
        } else {
            isAllowed = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        let start = cursor
        while cursor < chars.count, isAllowed(chars[cursor]) { cursor += 1 }
        let length = cursor - start
        return length > 0 && length <= maxLength && cursor < chars.count && chars[cursor] == ";"
    }

    // MARK: Helpers

    static func longestRun(of char: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for c in text {
            current = c == char ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
