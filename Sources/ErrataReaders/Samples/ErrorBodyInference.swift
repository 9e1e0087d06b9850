import ErrataModel

/// Infers the error body format from the sample responses a page shows.
///
/// In each sample (a JSON object or an XML document in a code block), the code is the value that
/// is one of the table's codes, else the value whose key is named like a code (`code`,
/// `error_code`, `errorCode`, `Code`, `resultCode`, …); the message is the value that is one of
/// the table's messages, else the value whose key is named like a message (`message`, `msg`,
/// `error_msg`, `Message`, `errorMessage`, `detail`, …). Every other scalar of the sample is kept
/// as an extra field under its key (its path when two keys are alike). A sample without a code
/// or a message is not an error body. Formats come in page order; a later sample with the same
/// syntax and code path adds nothing.
public enum ErrorBodyInference {
    public struct Result: Sendable {
        /// Empty when the page shows no sample error body.
        public var formats: [ErrorBodyFormat]
        /// Where each format was found, for reports.
        public var sources: [SourceLocation]

        public init(formats: [ErrorBodyFormat] = [], sources: [SourceLocation] = []) {
            self.formats = formats
            self.sources = sources
        }
    }

    static let codeNames: Set<String> = ["code", "errorcode", "errcode", "resultcode", "errorno", "errno", "errortype", "type"]
    static let messageNames: Set<String> = [
        "message", "msg", "errormsg", "errmsg", "errormessage", "resultmessage", "detail", "details",
        "description", "errordescription", "reason",
    ]

    public static func infer(from blocks: [CodeBlock], catalog: Catalog) -> Result {
        // Without a sample there is nothing to infer: the catalog's codes and messages are not gathered.
        guard !blocks.isEmpty else { return Result() }
        let codes = Set(catalog.entries.map(\.code))
        let messages = Set(catalog.entries.flatMap { $0.variants.flatMap(\.messages) })
        var result = Result(formats: [], sources: [])
        for block in blocks {
            for sample in BodySample.samples(in: block) {
                guard let format = format(of: sample, codes: codes, messages: messages) else { continue }
                if result.formats.contains(where: { $0.syntax == format.syntax && $0.code == format.code }) { continue }
                result.formats.append(format)
                result.sources.append(sample.location)
            }
        }
        return result
    }

    static func format(of sample: BodySample, codes: Set<String>, messages: Set<String>) -> ErrorBodyFormat? {
        let leaves = sample.leaves
        let code = leaves.firstIndex { codes.contains($0.value.trimmedForCell()) }
            ?? leaves.firstIndex { codeNames.contains(normalized($0.path.last)) && normalized($0.path.last) != "type" }
            ?? leaves.firstIndex { normalized($0.path.last).hasSuffix("code") && !normalized($0.path.last).contains("status") }
        guard let code else { return nil }
        let others = leaves.indices.filter { $0 != code }
        let message = others.first { messages.contains(leaves[$0].value) }
            ?? others.first { messageNames.contains(normalized(leaves[$0].path.last)) }
        guard let message else { return nil }
        // A path inside another (markup recovered from errors can repeat an element) cannot hold text.
        func clashes(_ path: FieldPath, _ other: FieldPath) -> Bool { path.hasPrefix(other) || other.hasPrefix(path) }
        guard !clashes(leaves[code].path, leaves[message].path) else { return nil }
        var taken = [leaves[code].path, leaves[message].path]
        var fields: [BodyField] = []
        for index in others where index != message {
            let path = leaves[index].path
            guard !taken.contains(where: { clashes(path, $0) }) else { continue }
            taken.append(path)
            let nameTaken = fields.contains { $0.name == path.last } || ["code", "message"].contains(path.last)
            let name = nameTaken ? path.steps.compactMap(\.key).joined(separator: "_") : path.last
            guard !fields.contains(where: { $0.name == name }), name != "code", name != "message" else { continue }
            fields.append(BodyField(name: name, path: path))
        }
        return ErrorBodyFormat(
            syntax: sample.syntax, code: leaves[code].path, message: leaves[message].path,
            codeType: leaves[code].isNumber && Int(leaves[code].value) != nil ? .integer : .string,
            fields: fields, location: sample.location)
    }

    /// `error_code` → `errorcode`, `ErrorCode` → `errorcode`.
    static func normalized(_ key: String) -> String {
        String(key.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
