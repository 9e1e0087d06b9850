/// The fuzz targets, and the check each one runs on an input.
///
/// A check returns the invariants the input violated (empty when all hold); a crash or a Swift
/// trap inside the product code is a finding too. The fuzzers (`Fuzz/`) turn a violation into
/// `fatalError`; the replay test (`FailCasesTests`) expects every stored failing input to pass.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case html, text, markdown, rst, asciidoc, spec
    /// Sample error bodies: any text as a page's code blocks, inferred into error body formats.
    case sample
    /// A catalog decoded from the bytes (`FuzzCatalogDecoder`), rendered as Swift and checked.
    case swift
    /// A response read by the generated libraries' runtime in every kind of body format (`BodyChecks`).
    case body

    /// Runs this target's check on one input and returns the violated invariants.
    public func check(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .html: ReaderChecks.html(bytes)
        case .text: ReaderChecks.textFormat(bytes, format: .text)
        case .markdown: ReaderChecks.textFormat(bytes, format: .markdown)
        case .rst: ReaderChecks.textFormat(bytes, format: .rst)
        case .asciidoc: ReaderChecks.textFormat(bytes, format: .asciidoc)
        case .spec: ReaderChecks.spec(bytes)
        case .sample: ReaderChecks.sample(bytes)
        case .swift: SwiftOutputChecks.check(FuzzCatalogDecoder.catalog(from: bytes))
        case .body: BodyChecks.check(bytes)
        }
    }

    /// Runs the check and stops the process on the first violation (what a fuzzer wants).
    public func trapOnViolation(_ bytes: [UInt8]) {
        if let violation = check(bytes).first {
            fatalError("\(rawValue): \(violation)")
        }
    }
}
