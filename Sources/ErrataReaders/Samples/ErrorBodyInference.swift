import ErrataModel
import ErrataRuntime

/// Infers the error body format from the sample responses a page shows.
///
/// In each sample (a JSON object or an XML document in a code block), the code is the value that
/// is one of the table's codes, else the value whose key is named like a code (`code`,
/// `error_code`, `errorCode`, `Code`, `resultCode`, …); the message is the value that is one of
/// the table's messages, else the value whose key is named like a message (`message`, `msg`,
/// `error_msg`, `Message`, `errorMessage`, `detail`, …). Every other scalar of the sample is kept
/// as an extra field under its key (its path when two keys are alike). A sample without a code
/// or a message is not an error body. Beyond that:
///
/// - a code in a list of errors (`{"errors": [{"code": …}]}`, GraphQL's
///   `errors[].extensions.code`) is read in every element (`errors[].code`);
/// - a code that is the `reason` of a structured entry (`"@type": "….ErrorInfo"`) in a list of
///   details is such an entry's reason (kind `errorInfo`);
/// - a body whose only top-level key is one of the table's codes is keyed by its code (kind
///   `rootKey`, `{"itemNotFound": {"code": 404, "message": …}}`);
/// - a body with a top-level `type` and a `title` or `detail` is RFC 9457 problem details (kind
///   `problemDetails`): the code is the top-level member holding a table code, else `type`, read
///   whole or by its last path segment, whichever is a table code;
/// - a header line in the block naming the code (`HeaderSample`) makes a format of its own, tried
///   before the body's, reading the message from the block's body.
///
/// Formats come in page order; a later sample finding the code where an earlier one does adds
/// nothing.
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
    /// The members RFC 9457 defines.
    static let problemMembers: Set<String> = ["type", "title", "detail", "status", "instance"]

    public static func infer(from blocks: [CodeBlock], catalog: Catalog) -> Result {
        // Without a sample there is nothing to infer: the catalog's codes and messages are not gathered.
        guard !blocks.isEmpty else { return Result() }
        let codes = Set(catalog.entries.map(\.code))
        let messages = Set(catalog.entries.flatMap { $0.variants.flatMap(\.messages) })
        var result = Result(formats: [], sources: [])
        func add(_ format: ErrorBodyFormat) {
            guard !result.formats.contains(where: { $0.findsCodeLike(format) }), let location = format.location else { return }
            result.formats.append(format)
            result.sources.append(location)
        }
        for block in blocks {
            let samples = BodySample.samples(in: block)
            if let header = HeaderSample.find(in: block, codes: codes) {
                add(format(of: header, body: samples.first, messages: messages))
            }
            for sample in samples {
                if let format = format(of: sample, codes: codes, messages: messages) { add(format) }
            }
        }
        return result
    }

    static func format(of sample: BodySample, codes: Set<String>, messages: Set<String>) -> ErrorBodyFormat? {
        let leaves = sample.leaves
        func isCode(_ leaf: BodySample.Leaf) -> Bool { codes.contains(leaf.value.trimmedForCell()) }
        if let rootKey = sample.rootKey, codes.contains(rootKey), !leaves.contains(where: isCode) {
            // The key is the code: the paths are inside it.
            let inside = leaves.map { BodySample.Leaf(path: FieldPath(steps: Array($0.path.steps.dropFirst())), value: $0.value, isNumber: $0.isNumber) }
            var format = ErrorBodyFormat(kind: .rootKey, code: [], message: ["message"], location: sample.location)
            guard let message = messageIndex(in: inside, besides: [], messages: messages) else { return nil }
            format.message = inside[message].path
            format.fields = fields(of: inside, besides: [message], taken: [inside[message].path])
            return format
        }
        if sample.syntax == .json, let problem = problemDetails(sample, codes: codes, messages: messages) { return problem }
        let code = leaves.firstIndex(where: isCode)
            ?? leaves.firstIndex { codeNames.contains(normalized($0.path.last)) && normalized($0.path.last) != "type" }
            ?? leaves.firstIndex { normalized($0.path.last).hasSuffix("code") && !normalized($0.path.last).contains("status") }
        guard let code else { return nil }
        let codePath = leaves[code].path
        // Values in a list are read as the code's list only.
        let readable = leaves.indices.filter { $0 != code && (leaves[$0].path.listPrefix == nil || leaves[$0].path.listPrefix == codePath.listPrefix) }
        guard let message = messageIndex(in: leaves, besides: [code], among: readable, messages: messages) else { return nil }
        // A path inside another (markup recovered from errors can repeat an element) cannot hold text.
        guard !clashes(codePath, leaves[message].path) else { return nil }
        let isEntry = codePath.steps.contains(BodySample.errorInfoStep) && codePath.last == "reason"
        let entryFields = readable.filter { $0 != message && !(isEntry && leaves[$0].path.steps.contains(BodySample.errorInfoStep)) }
        return ErrorBodyFormat(
            syntax: sample.syntax, kind: isEntry ? .errorInfo : .plain, code: codePath, message: leaves[message].path,
            codeType: leaves[code].isNumber && Int(leaves[code].value) != nil ? .integer : .string,
            fields: fields(of: leaves, besides: [], among: entryFields, taken: [codePath, leaves[message].path]),
            location: sample.location)
    }

    /// RFC 9457 problem details: a top-level `type` and a `title` or `detail`.
    private static func problemDetails(_ sample: BodySample, codes: Set<String>, messages: Set<String>) -> ErrorBodyFormat? {
        let top = sample.leaves.indices.filter { sample.leaves[$0].path.steps.count == 1 }
        func member(_ name: String) -> Int? { top.first { sample.leaves[$0].path.last == name } }
        guard let type = member("type"), member("title") != nil || member("detail") != nil else { return nil }
        var format = ErrorBodyFormat(kind: .problemDetails, code: ["type"], message: ["detail"], location: sample.location)
        var code = type
        if let extensionCode = top.first(where: { !problemMembers.contains(sample.leaves[$0].path.last) && codes.contains(sample.leaves[$0].value) }) {
            code = extensionCode
            format.code = sample.leaves[code].path
        } else if !codes.contains(sample.leaves[type].value),
                  codes.contains(ErrataBody.reduced(sample.leaves[type].value, .lastPathSegment)) {
            format.codeForm = .lastPathSegment
        }
        let message = messageIndex(in: sample.leaves, besides: [code], among: top.filter { $0 != code }, messages: messages) ?? member("detail") ?? member("title")
        if let message { format.message = sample.leaves[message].path }
        let rest = top.filter { $0 != code && $0 != message }
        format.fields = fields(of: sample.leaves, besides: [], among: rest, taken: [format.code, format.message])
        return format
    }

    /// The header format a block's header line shows; the message and fields from the block's
    /// body (leaving out the value that repeats the code), `message` when it has none.
    static func format(of header: HeaderSample, body: BodySample?, messages: Set<String>) -> ErrorBodyFormat {
        var format = ErrorBodyFormat(
            syntax: body?.syntax ?? .json, header: header.name, code: [], message: ["message"],
            codeForm: header.isShapeName ? .shapeName : .asIs, location: header.location)
        guard let body else { return format }
        let leaves = body.leaves
        let readable = leaves.indices.filter { leaves[$0].path.listPrefix == nil && leaves[$0].value != header.code }
        guard let message = messageIndex(in: leaves, besides: [], among: readable, messages: messages) else { return format }
        format.message = leaves[message].path
        format.fields = fields(of: leaves, besides: [], among: readable.filter { $0 != message }, taken: [format.message])
        return format
    }

    /// The leaf that is a table message, else the first named like a message.
    private static func messageIndex(
        in leaves: [BodySample.Leaf], besides excluded: [Int], among candidates: [Int]? = nil, messages: Set<String>
    ) -> Int? {
        let others = (candidates ?? Array(leaves.indices)).filter { !excluded.contains($0) }
        return others.first { messages.contains(leaves[$0].value) }
            ?? others.first { messageNames.contains(normalized(leaves[$0].path.last)) }
    }

    private static func clashes(_ path: FieldPath, _ other: FieldPath) -> Bool { path.hasPrefix(other) || other.hasPrefix(path) }

    /// The leaves as fields, named by their last key (by their keys joined with `_` when two are
    /// alike), leaving out paths inside `taken` ones.
    private static func fields(
        of leaves: [BodySample.Leaf], besides excluded: [Int], among candidates: [Int]? = nil, taken: [FieldPath]
    ) -> [BodyField] {
        var taken = taken
        var fields: [BodyField] = []
        for index in (candidates ?? Array(leaves.indices)) where !excluded.contains(index) {
            let path = leaves[index].path
            guard !taken.contains(where: { clashes(path, $0) }) else { continue }
            taken.append(path)
            let nameTaken = fields.contains { $0.name == path.last } || ["code", "message"].contains(path.last)
            let name = nameTaken ? path.steps.compactMap(\.key).joined(separator: "_") : path.last
            guard !fields.contains(where: { $0.name == name }), name != "code", name != "message" else { continue }
            fields.append(BodyField(name: name, path: path))
        }
        return fields
    }

    /// `error_code` → `errorcode`, `ErrorCode` → `errorcode`.
    static func normalized(_ key: String) -> String {
        String(key.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
