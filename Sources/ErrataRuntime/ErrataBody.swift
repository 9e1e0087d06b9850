import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Error bodies: reading a response in the documented formats, and writing them.
///
/// A generated library describes its service's formats as `ErrataBody.Format` values, tried in
/// order; `read(_:headers:formats:)` gives what the first that fits found (`Read`), or nil for a
/// body in none of them.
extension ErrataBody {
    /// One error a body holds.
    public struct Entry: Hashable, Sendable {
        public var code: String
        public var message: String
        public var fields: [String: String]

        public init(code: String, message: String, fields: [String: String] = [:]) {
            self.code = code
            self.message = message
            self.fields = fields
        }
    }

    /// The members of RFC 9457 problem details.
    public typealias ProblemDetails = ErrataProblemDetails

    /// A structured error entry: a reason (the code), its domain and metadata.
    public typealias ErrorInfo = ErrataStructuredError

    /// What a response held, and in which format.
    public struct Read: Hashable, Sendable {
        /// The index of the format in the list read with.
        public var format: Int
        public var code: String
        /// Empty when the body has none.
        public var message: String
        public var fields: [String: String]
        /// Every error of the body in document order: several for a list, else the one.
        public var errors: [Entry] {
            get { listed ?? [Entry(code: code, message: message, fields: fields)] }
            set { listed = newValue }
        }
        /// The errors of a list; nil for a body of one error (made when asked for).
        private var listed: [Entry]?
        /// `errors` of a body that lists them; nil for a body of one error.
        public var listedErrors: [Entry]? { listed }

        public static func == (a: Read, b: Read) -> Bool {
            a.format == b.format && a.code == b.code && a.message == b.message && a.fields == b.fields
                && a.problem == b.problem && a.errorInfo == b.errorInfo && a.errors == b.errors
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(format)
            hasher.combine(code)
            hasher.combine(message)
            hasher.combine(fields)
            hasher.combine(errors)
            hasher.combine(problem)
            hasher.combine(errorInfo)
        }
        public var problem: ProblemDetails?
        public var errorInfo: ErrorInfo?

        public init(
            format: Int, code: String, message: String, fields: [String: String] = [:], errors: [Entry]? = nil,
            problem: ProblemDetails? = nil, errorInfo: ErrorInfo? = nil
        ) {
            self.format = format
            self.code = code
            self.message = message
            self.fields = fields
            listed = errors
            self.problem = problem
            self.errorInfo = errorInfo
        }
    }

    // MARK: Reading

    /// Formats prepared for reading, once: the JSON decoder that decodes what they read of a
    /// body. A generated library keeps its formats so, in a `static let`.
    ///
    /// `JSONDecoder` checks a string's characters only when it decodes the string, so a body
    /// with a malformed string is JSON as far as its paths reach, and not as a whole. When the
    /// whole body is needed (a root key, a structured entry's metadata) and does not decode, the
    /// parts the other formats read are decoded instead, and the formats needing the whole body
    /// are passed: each format reads a body as it would alone.
    public struct Formats: Sendable {
        public let list: [Format]
        /// Decodes what the formats read: all of the body, or the parts their paths reach.
        let decoder: JSONDecoder
        /// Decodes the parts the formats not needing the whole body read; nil when no format
        /// needs the whole body.
        let partialDecoder: JSONDecoder?

        public init(_ list: [Format]) {
            self.list = list
            decoder = Self.decoder(ErrataBody.jsonPaths(list))
            let needsWhole = list.contains { $0.syntax != .xml && $0.needsWholeBody }
            partialDecoder = needsWhole ? Self.decoder(ErrataBody.jsonPaths(list.filter { !$0.needsWholeBody }) ?? []) : nil
        }

        private static func decoder(_ paths: [[Step]]?) -> JSONDecoder {
            let decoder = JSONDecoder()
            if let paths { decoder.userInfo[Value.Projection.key] = Value.Projection(paths: paths.map { $0[...] }) }
            return decoder
        }
    }

    /// The first of `formats` that fits the response: its body `data` and its `headers`.
    public static func read(_ data: Data, headers: [String: String] = [:], formats: [Format]) -> Read? {
        read(data, headers: headers, formats: Formats(formats))
    }

    /// The first of `formats` that fits the response: its body `data` and its `headers`.
    public static func read(_ data: Data, headers: [String: String] = [:], formats prepared: Formats) -> Read? {
        let formats = prepared.list
        var parsed: (json: Value?, xml: Value?)?
        var partial = false
        func body() -> (json: Value?, xml: Value?) {
            if let parsed { return parsed }
            var start: UInt8?
            for byte in data where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0xEF && byte != 0xBB && byte != 0xBF {
                start = byte
                break
            }
            var json: Value?
            if start != nil, start != UInt8(ascii: "<") {
                json = Value.json(data, decoder: prepared.decoder)
                if json == nil, let partialDecoder = prepared.partialDecoder {
                    json = Value.json(data, decoder: partialDecoder)
                    partial = json != nil
                }
            }
            let result: (json: Value?, xml: Value?) = start == UInt8(ascii: "<") ? (nil, Value.xml(data)) : (json, nil)
            parsed = result
            return result
        }
        for (index, format) in formats.enumerated() {
            let root: Value?
            switch format.syntax {
            case .json: root = body().json
            case .xml: root = body().xml
            case .header(let name):
                guard let value = header(name, in: headers) else { continue }
                let code = reduced(value.trimmingCharacters(in: .whitespaces), format.codeForm)
                if code.isEmpty { continue }
                let (json, xml) = body()
                let tree = json ?? xml ?? .object([])
                if format.needsWholeBody, partial { continue }
                if var read = read(tree, format: format, index: index, code: code) {
                    read.format = index
                    return read
                }
                continue
            }
            if format.needsWholeBody, format.syntax == .json, partial { continue }
            if let root, let read = read(root, format: format, index: index, code: nil) { return read }
        }
        return nil
    }

    /// The paths JSON reading of `formats` needs; nil when it needs whole objects (a root key
    /// or a structured entry's metadata).
    static func jsonPaths(_ formats: [Format]) -> [[Step]]? {
        var paths: [[Step]] = []
        for format in formats where format.syntax != .xml {
            switch format.kind {
            case .rootKey, .errorInfo: return nil
            case .problemDetails: paths += ["type", "title", "detail", "status", "instance"].map { [.key($0)] }
            case .plain: break
            }
            if format.syntax == .json { paths.append(format.code) }
            paths.append(format.message)
            paths += format.fields.map(\.path)
        }
        return paths
    }

    /// The first JSON format of `formats` that fits the value `decoder` holds (the header
    /// formats need a response and are passed).
    public static func read(_ decoder: any Decoder, formats: [Format]) -> Read? {
        guard let root = try? Value(from: decoder) else { return nil }
        for (index, format) in formats.enumerated() where format.syntax == .json {
            if let read = read(root, format: format, index: index, code: nil) { return read }
        }
        return nil
    }

    /// `read(_:formats:)`, or `DecodingError.dataCorrupted` when no documented format's code is
    /// present: a generated error's `init(from:)` (not inlined there).
    @inline(never)
    public static func decodedRead(_ decoder: any Decoder, formats: [Format]) throws -> Read {
        guard let read = read(decoder, formats: formats) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "not an error body: no documented format's code is present"))
        }
        return read
    }

        /// The value of header `name` in `headers`, whatever the case of either.
    public static func header(_ name: String, in headers: [String: String]) -> String? {
        if let value = headers[name] { return value }
        let lowered = name.lowercased()
        for (key, value) in headers where key.lowercased() == lowered { return value }
        return nil
    }

    /// The header fields of `response` as text.
    public static func headers(of response: HTTPURLResponse) -> [String: String] {
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields {
            if let key = key as? String { headers[key] = value as? String ?? String(describing: value) }
        }
        return headers
    }

    /// `code` reduced as `form` says.
    public static func reduced(_ code: String, _ form: Format.CodeForm) -> String {
        switch form {
        case .asIs:
            return code
        case .shapeName:
            var text = Substring(code)
            if let colon = text.firstIndex(of: ":") { text = text[..<colon] }
            if let hash = text.lastIndex(of: "#") { text = text[text.index(after: hash)...] }
            return String(text).trimmingCharacters(in: .whitespaces)
        case .lastPathSegment:
            var text = Substring(code)
            if let end = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = text[..<end] }
            while text.hasSuffix("/") { text = text.dropLast() }
            if let slash = text.lastIndex(of: "/") { text = text[text.index(after: slash)...] }
            return String(text)
        }
    }

    /// `format` applied to the body `root`; `code` given for a header format.
    private static func read(_ root: Value, format: Format, index: Int, code given: String?) -> Read? {
        var scope = root
        var rootKey: String?
        if format.kind == .rootKey {
            guard case .object(let members) = root, members.count == 1, case .object = members[0].value else { return nil }
            rootKey = members[0].key
            scope = members[0].value
        }
        func entry(in element: Value, codeSteps: ArraySlice<Step>, relative: (ArraySlice<Step>) -> (Value, ArraySlice<Step>)) -> Entry? {
            let code: String
            if let given {
                code = given
            } else if let rootKey {
                code = rootKey
            } else if let text = element.text(at: codeSteps) {
                code = reduced(text, format.codeForm)
            } else if format.kind == .problemDetails, format.code == [.key("type")], case .object = element {
                code = "about:blank"
            } else {
                return nil
            }
            let (messageScope, messageSteps) = relative(format.message[...])
            let message = messageScope.text(at: messageSteps)
            var fields: [String: String] = [:]
            for field in format.fields {
                let (fieldScope, steps) = relative(field.path[...])
                if let text = fieldScope.text(at: steps) { fields[field.name] = text }
            }
            return Entry(code: code, message: message ?? "", fields: fields)
        }
        // A list: the steps before the first `.each` (else the first `.index`) name it; each
        // element is an error.
        if given == nil, rootKey == nil, let listAt = format.code.firstIndex(of: .each) ?? format.code.firstIndex(where: \.isAll) {
            let prefix = format.code[..<listAt]
            let elements = scope.list(at: prefix)
            let codeRest = format.code[(listAt + 1)...]
            let listStep = format.code[listAt]
            var errors: [Entry] = []
            var selected: Entry?
            for (position, element) in elements.enumerated() {
                let made = entry(in: element, codeSteps: codeRest) { steps in
                    if steps.count > listAt, steps[..<listAt].elementsEqual(prefix), steps[steps.startIndex + listAt].isAll {
                        return (element, steps[(steps.startIndex + listAt + 1)...])
                    }
                    return (scope, steps)
                }
                guard let made else { continue }
                errors.append(made)
                if case .index(let wanted) = listStep, position == wanted { selected = made }
            }
            let error: Entry?
            if case .index = listStep { error = selected } else { error = errors.first }
            guard let error else { return nil }
            return Read(format: index, code: error.code, message: error.message, fields: error.fields, errors: errors)
        }
        guard var made = entry(in: scope, codeSteps: format.code[...], relative: { (scope, $0) }) else { return nil }
        var problem: ProblemDetails?
        var errorInfo: ErrorInfo?
        switch format.kind {
        case .problemDetails:
            let type = scope.text(at: [.key("type")]) ?? "about:blank"
            let status = scope.text(at: [.key("status")]).flatMap { Int($0) }
            problem = ProblemDetails(
                type: type, title: scope.text(at: [.key("title")]), detail: scope.text(at: [.key("detail")]),
                status: status, instance: scope.text(at: [.key("instance")]))
            if scope.text(at: format.message[...]) == nil { made.message = problem?.detail ?? problem?.title ?? "" }
        case .errorInfo:
            let entrySteps = format.code.dropLast()
            guard let node = scope.node(at: entrySteps) else { return nil }
            var metadata: [String: String] = [:]
            if case .object(let members)? = node.node(at: [.key("metadata")]) {
                for member in members { if let text = member.value.text { metadata[member.key] = text } }
            }
            errorInfo = ErrorInfo(reason: made.code, domain: node.text(at: [.key("domain")]), metadata: metadata)
        case .plain, .rootKey:
            break
        }
        return Read(format: index, code: made.code, message: made.message, fields: made.fields, problem: problem, errorInfo: errorInfo)
    }

    // MARK: Writing

    /// The body of an error in `format` as a value: code, message and fields at their paths, in
    /// that order. A header format's body holds no code (the header does).
    public static func value(code: String, message: String, fields: [String: String], format: Format) -> Value {
        var tree = Value.object([])
        let codeValue: Value = format.integerCode ? integer(code).map { .number(String($0)) } ?? .text(code) : .text(code)
        var inner = Value.object([])
        switch (format.kind, format.syntax) {
        case (.rootKey, _): break
        case (_, .header): break
        default: inner.insert(codeValue, at: format.code[...])
        }
        inner.insert(.text(message), at: format.message[...])
        for field in format.fields {
            if let text = fields[field.name] { inner.insert(.text(text), at: field.path[...]) }
        }
        if format.kind == .rootKey {
            tree = .object([Member(key: code, value: inner)])
        } else {
            tree = inner
        }
        return tree
    }

    /// The body as the service sends it: JSON with sorted keys (slashes unescaped), or XML with
    /// a declaration.
    public static func data(code: String, message: String, fields: [String: String], format: Format) -> Data {
        let tree = value(code: code, message: message, fields: fields, format: format)
        if format.isXML {
            var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            tree.writeXML(into: &text)
            return Data(text.utf8)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A tree of strings, numbers, arrays and objects always encodes.
        return (try? encoder.encode(tree)) ?? Data()
    }

    /// `text` as `Int(text)` reads it (an optional sign, then decimal digits; nil on overflow).
    public static func integer(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        let negative = bytes.first == UInt8(ascii: "-")
        var index = negative || bytes.first == UInt8(ascii: "+") ? 1 : 0
        guard index < bytes.count else { return nil }
        var value = 0
        while index < bytes.count {
            guard bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else { return nil }
            let digit = Int(bytes[index] - UInt8(ascii: "0"))
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            value = sum
            index += 1
        }
        return value
    }

    /// A path written as text: keys separated by `.`, `[]` for every element of a list, `[n]`
    /// for element `n`, `[key$=suffix]` for the first element whose `key` ends with `suffix`
    /// (`errors[].extensions.code`, `error.details[@type$=ErrorInfo].reason`). A key holding
    /// `.` or `[` cannot be written so.
    public static func path(_ text: String) -> [Step] {
        var steps: [Step] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            if let open = rest.firstIndex(of: "[") {
                if open > rest.startIndex { steps.append(.key(String(rest[..<open]))) }
                rest = rest[open...]
                while rest.first == "[", let close = rest.firstIndex(of: "]") {
                    let inside = rest[rest.index(after: rest.startIndex)..<close]
                    if inside.isEmpty {
                        steps.append(.each)
                    } else if let number = Int(inside) {
                        steps.append(.index(number))
                    } else if let range = inside.range(of: "$=") {
                        steps.append(.element(whereKey: String(inside[..<range.lowerBound]), hasSuffix: String(inside[range.upperBound...])))
                    } else {
                        steps.append(.key(String(inside)))
                    }
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                steps.append(.key(String(rest)))
            }
        }
        return steps
    }
}

extension ErrataBody.Format {
    /// Whether reading needs the whole JSON body decoded (its kind reads members it cannot
    /// name: a root key, a structured entry's metadata).
    var needsWholeBody: Bool { kind == .rootKey || kind == .errorInfo }
}

extension ErrataBody.Step {
    /// Whether the step reads a list.
    var isList: Bool {
        switch self {
        case .key: false
        case .index, .each, .element: true
        }
    }

    /// Whether the step reads every element of a list as an error.
    var isAll: Bool {
        switch self {
        case .index, .each: true
        case .key, .element: false
        }
    }
}
