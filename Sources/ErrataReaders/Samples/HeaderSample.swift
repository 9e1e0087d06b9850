import ErrataModel
import ErrataRuntime

/// A response header line in a code block that carries the error code, as a page shows a sample
/// response: `x-ms-error-code: QuotaExceeded`, `X-Amzn-Errortype: ValidationException`.
///
/// The line is `name: value`, the name an HTTP header name with a `-` and `error` in it (a line
/// `error_code: …` is a field of a text sample, not a header), and the value is one of the
/// table's codes, as shown or as a shape name (`namespace#Name:url` → `Name`), or the name says
/// it is the error code or type (`…-error-code`, `…-errortype`).
struct HeaderSample: Hashable, Sendable {
    var name: String
    /// The value as the block shows it.
    var code: String
    /// Whether the code is read as a shape name: the value is written so, or the header is an
    /// error type header, whose values are.
    var isShapeName: Bool
    var location: SourceLocation

    /// The first such line of `block`.
    static func find(in block: CodeBlock, codes: Set<String>) -> HeaderSample? {
        for (offset, line) in block.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces.union(.newlines))
            let words = ErrorBodyInference.normalized(name)
            guard !value.isEmpty, name.contains("-"), words.contains("error"), ErrorBodyFormat.isHeaderName(name) else { continue }
            let isTypeHeader = words.hasSuffix("errortype")
            let shapeName = ErrataBody.reduced(value, .shapeName)
            let namedLikeACode = isTypeHeader || words.hasSuffix("errorcode")
            guard codes.contains(value) || codes.contains(shapeName) || namedLikeACode else { continue }
            var location = block.location
            if offset > 0 {
                location.line = (location.line ?? 1) + offset
                location.column = nil
            }
            return HeaderSample(
                name: name, code: value, isShapeName: isTypeHeader || (shapeName != value && !codes.contains(value)),
                location: location)
        }
        return nil
    }
}
