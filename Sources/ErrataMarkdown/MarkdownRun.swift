/// Escapes a run of literal text for Markdown with `MarkdownText.escape`, skipping the call
/// when the run holds nothing that escaping could change (the common case).
public enum MarkdownRun {
    /// Appends `run` escaped to `markdown`. `atLineStart` says whether the run begins a line
    /// (so line-start markers such as `- ` or `1. ` must be escaped) or follows other markup.
    public static func append(escaping run: [UInt8], atLineStart: Bool, to markdown: inout [UInt8]) {
        if !needsEscaping(run, atLineStart: atLineStart) {
            markdown.append(contentsOf: run)
            return
        }
        let handled = run.withUnsafeBufferPointer { bytes in
            guard MarkdownEscapeBytes.applies(to: bytes) else { return false }
            MarkdownEscapeBytes.append(bytes, continuesLine: !atLineStart, to: &markdown)
            return true
        }
        if handled { return }
        let literal = String(decoding: run, as: UTF8.self)
        if atLineStart {
            markdown.append(contentsOf: MarkdownText.escape(literal).utf8)
        } else {
            // A leading "!" (never escaped, not a word character) stands for the markup before
            // the run, so line-start rules do not apply and `_` sees a non-word neighbour.
            let escaped = MarkdownText.escape("!" + literal)
            markdown.append(contentsOf: escaped.utf8.dropFirst())
        }
    }

    /// False only when `MarkdownText.escape` would certainly return the run unchanged.
    private static func needsEscaping(_ run: [UInt8], atLineStart: Bool) -> Bool {
        if atLineStart, let first = run.first {
            switch first {
            case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                break
            }
        }
        for byte in run {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "_"):
                return true
            default:
                continue
            }
        }
        return false
    }
}
