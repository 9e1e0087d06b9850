import Foundation

/// A page's title, and the service name it gives.
///
/// The title is the HTML `<title>` (else the first `<h1>`), the first Markdown heading (`# …` or a
/// setext heading), the first RST section title, or the first line of a text rendering. The
/// service name is the title without the words every error page has: of the title's parts
/// (split at ` - `, ` | `, ` — `, `: ` and `. `, and at `_` in a title of words joined by two or
/// more underscores, as portals write them), the first that is not only such words
/// ("Error Codes", "Errors", "Response and error codes", "错误码", …), or of a breadcrumb
/// (`AI Service > OCR > Document OCR > Error Code`) the last; such words are also trimmed from
/// its ends ("Acme Database Service error codes" → "Acme Database Service"), and `{{ … }}`
/// template placeholders removed; nil when nothing is left.
public enum PageTitle {
    /// The first heading of a Markdown page (YAML front matter's `title:` first).
    public static func markdown(_ text: String) -> String? {
        text.withLines { bytes, substring in
            var lines = UTF8Lines(bytes)
            var current = lines.next()
            if let first = current, substring(first) == "---" {
                current = lines.next()
                while let range = current, substring(range) != "---" {
                    let line = substring(range)
                    if line.hasPrefix("title:") { return cleaned(line.dropFirst(6)) }
                    current = lines.next()
                }
                current = lines.next()
            }
            // Only a line starting with `#` after its spaces, or one above a line of `=`, is looked at as characters.
            while let range = current {
                let next = lines.next()
                let first = UTF8Lines.afterSpaces(range, in: bytes)
                if first < range.upperBound, bytes[first] == UInt8(ascii: "#") {
                    let line = substring(range).drop { $0 == " " }
                    if line.hasPrefix("#") {
                        let text = line.drop { $0 == "#" }
                        if text.first == " " { return cleaned(text) }
                    }
                }
                if let next, UTF8Lines.isRun(of: UInt8(ascii: "="), next, in: bytes) {
                    let line = substring(range).drop { $0 == " " }
                    if !line.isEmpty, isUnderline(substring(next), of: "=") { return cleaned(line) }
                }
                current = next
            }
            return nil
        }
    }

    /// The first section title of an RST page: a line under (and maybe over) a line of `=`, `-`, `#`, `*`, `~`.
    public static func rst(_ text: String) -> String? {
        text.withLines { bytes, substring in
            var lines = UTF8Lines(bytes)
            guard var previous = lines.next() else { return nil }
            // Only a line above a line of one of the marks is looked at as characters.
            while let range = lines.next() {
                defer { previous = range }
                guard let mark = range.first.map({ bytes[$0] }), "=-#*~^".utf8.contains(mark),
                      UTF8Lines.isRun(of: mark, range, in: bytes) else { continue }
                let line = substring(previous)
                let underline = substring(range)
                guard !String(line).trimmedForCell().isEmpty, !line.hasPrefix(".."), !line.hasPrefix(" "),
                      let mark = underline.first, "=-#*~^".contains(mark),
                      isUnderline(underline, of: mark), underline.count >= String(line).trimmedForCell().count
                else { continue }
                if let title = cleaned(line) { return title }
            }
            return nil
        }
    }

    /// The document title of an AsciiDoc page (`= Title` after any front matter), else its first
    /// section title (`== Title`).
    public static func asciidoc(_ text: String) -> String? {
        let lines = TextLines.split(text)
        if let title = AsciiDocHeader.read(lines).title { return cleaned(Substring(title)) }
        for line in lines where line.hasPrefix("==") {
            let title = line.drop { $0 == "=" }
            if title.first == " ", let cleaned = cleaned(Substring(AsciiDocInline.plainText(String(title)))) { return cleaned }
        }
        return nil
    }

    /// The first non-empty line of a text rendering.
    public static func text(_ text: String) -> String? {
        text.withLines { bytes, substring in
            var lines = UTF8Lines(bytes)
            while let range = lines.next() {
                if !range.isEmpty, let title = cleaned(substring(range)) { return title }
            }
            return nil
        }
    }

    /// The service a title names, without the generic words of error pages; nil when only those.
    public static func serviceName(fromTitle title: String) -> String? {
        var text = title
        while let open = text.range(of: "{{"), let close = text.range(of: "}}", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        let crumbs = [" > ", " › ", " » "].first { text.contains($0) }
        var parts = [text]
        // Portal titles joined by underscores: "Error Codes_Optical Character Recognition_API Reference_Acme".
        let underscores = text.filter { $0 == "_" }.count >= 2 && text.contains(where: { $0 == " " || !$0.isASCII }) ? ["_"] : []
        for separator in [" - ", " | ", " — ", " – ", ": ", "：", ". ", "。"] + underscores + (crumbs.map { [$0] } ?? []) {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let named = parts.map { trimmedOfGenericWords($0.trimmedForCell()) }.filter { !$0.isEmpty && !isGeneric($0) }
        return crumbs == nil ? named.first : named.last
    }

    /// Without generic words at either end: "HTTP Status Codes of Shared Load Balancers" → "Shared Load Balancers".
    static func trimmedOfGenericWords(_ text: String) -> String {
        var words = text.split(separator: " ")
        while let first = words.first, isGeneric(String(first)) { words.removeFirst() }
        while let last = words.last, isGeneric(String(last)) { words.removeLast() }
        var result = words.joined(separator: " ")
        if result.hasPrefix("("), result.hasSuffix(")"), !result.dropFirst().contains("(") {
            result = String(result.dropFirst().dropLast())
        }
        return result
    }

    /// "Error Codes", "API error codes", "Response and error codes", "错误码": no service named.
    static func isGeneric(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        let generic: Set<Substring> = [
            "error", "errors", "code", "codes", "errorcodes", "response", "responses", "and", "status", "http",
            "common", "api", "reference", "list", "of", "the", "messages", "message", "appendix", "table",
        ]
        if !words.isEmpty, words.allSatisfy(generic.contains) { return true }
        let cjk: Set<String> = ["错误码", "错误代码", "错误码说明", "附录", "返回码", "状态码", "エラーコード", "오류 코드"]
        return cjk.contains(text)
    }

    private static func isUnderline(_ line: Substring, of mark: Character) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == mark }
    }

    /// Without markup that headings carry (`<a name=…></a>`, `{#anchor}`, `**`), trimmed; nil if empty.
    static func cleaned(_ text: Substring) -> String? {
        var result = ""
        var inTag = false
        var previous: Character = " "
        for character in text {
            if inTag {
                if character == ">" { inTag = false }
            } else if previous == "<", character.isLetter || character == "/" {
                result.removeLast()
                inTag = true
            } else {
                result.append(character)
            }
            previous = character
        }
        if let brace = result.range(of: " {#") { result = String(result[..<brace.lowerBound]) }
        result = result.replacingEvery("**", with: "").replacingEvery("`", with: "")
        result = result.trimmedForCell()
        if result.hasPrefix("\""), result.hasSuffix("\""), result.count > 1 { result = String(result.dropFirst().dropLast()) }
        return result.isEmpty ? nil : result
    }
}
