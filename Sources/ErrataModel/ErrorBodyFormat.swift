/// One shape of the API's error response: where the code and the message are, and which other
/// fields the documentation shows.
///
/// JSON paths are object keys from the top of the body (`error.code` is `{"error": {"code": …}}`);
/// XML paths are element names from the root element (`Error.Code` is
/// `<Error><Code>…</Code></Error>`). Paths may go into lists (`errors[0].code`,
/// `errors[].extensions.code`, `error.details[@type$=ErrorInfo].reason`: see `FieldPath`). The
/// code may be in a response header instead (`header`), be the body's only top-level key
/// (`Kind.rootKey`), or be read from RFC 9457 problem details or a structured error entry. A
/// catalog holds one or more formats, tried in order.
public struct ErrorBodyFormat: Codable, Hashable, Sendable {
    /// The body's syntax: where a header format reads the message and fields, and what its
    /// fixtures hold.
    public enum Syntax: String, Codable, Hashable, Sendable, CaseIterable {
        case json, xml
    }

    /// How a JSON body sends the code. Decoding accepts both; encoding and fixtures write this one.
    public enum CodeType: String, Codable, Hashable, Sendable, CaseIterable {
        case string, integer
    }

    /// How the code is laid out beyond its path.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// The code is the text at `code` (or in the `header`).
        case plain
        /// The body's only top-level member is named as the code (`{"itemNotFound": {"code": 404,
        /// "message": …}}`); `code` is empty, `message` and the fields are paths inside that member.
        case rootKey
        /// RFC 9457 problem details (`application/problem+json`): the code is at `code` (`type`,
        /// or an extension member); `title`, `detail`, `status` and `instance` are kept, and
        /// `detail` (else `title`) is the message when `message` finds none.
        case problemDetails
        /// The code is the `reason` of a structured error entry (`code` ends with `reason`, e.g.
        /// `error.details[@type$=ErrorInfo].reason`); the entry's `domain` and `metadata` are kept.
        case errorInfo
    }

    /// How the code's text is reduced before it is looked up.
    public enum CodeForm: String, Codable, Hashable, Sendable, CaseIterable {
        /// As sent.
        case asIs
        /// A shape name: before the first `:`, after the last `#` (`namespace#Name:url` is `Name`).
        case shapeName
        /// A URI's last path segment (`https://example.com/probs/out-of-credit` is `out-of-credit`).
        case lastPathSegment
    }

    public var syntax: Syntax
    /// The response header that carries the code (`x-ms-error-code`), any case; nil when the body
    /// carries it. With a header, `code` is empty and the body holds the message and the fields.
    public var header: String?
    public var kind: Kind
    /// Empty for a header or root-key format.
    public var code: FieldPath
    public var message: FieldPath
    public var codeType: CodeType
    public var codeForm: CodeForm
    /// Further fields of the body, by name (e.g. `request_id`, `RequestId`, `Resource`), in spec order.
    public var fields: [BodyField]
    /// Where the format was read from. Not part of its identity or of `dump` output.
    public var location: SourceLocation?

    public init(
        syntax: Syntax = .json,
        header: String? = nil,
        kind: Kind = .plain,
        code: FieldPath = ["error_code"],
        message: FieldPath = ["error_msg"],
        codeType: CodeType = .string,
        codeForm: CodeForm = .asIs,
        fields: [BodyField] = [],
        location: SourceLocation? = nil
    ) {
        self.syntax = syntax
        self.header = header
        self.kind = kind
        self.code = code
        self.message = message
        self.codeType = codeType
        self.codeForm = codeForm
        self.fields = fields
        self.location = location
    }

    /// `{"error_code": …, "error_msg": …}`: what a spec without `errorBody` means.
    public static let `default` = ErrorBodyFormat()

    /// The code, the message and the extra fields, in that order (the code's path is empty for a
    /// header or root-key format).
    public var allPaths: [FieldPath] { [code, message] + fields.map(\.path) }

    /// Whether `name` can name an HTTP header field: one or more token characters (RFC 9110:
    /// letters, digits and ``!#$%&'*+-.^_`|~``), so no spaces or colons.
    public static func isHeaderName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar))
        }
    }

    /// Whether two formats find the code in the same place (so the later one is never tried).
    public func findsCodeLike(_ other: ErrorBodyFormat) -> Bool {
        if let header, let otherHeader = other.header { return header.lowercased() == otherHeader.lowercased() }
        return header == nil && other.header == nil && syntax == other.syntax && kind == other.kind && code == other.code
    }

    private enum CodingKeys: String, CodingKey { case syntax, header, kind, code, message, codeType, codeForm, fields }

    /// `header`, `kind` and `codeForm` may be absent (nil, `plain`, `asIs`), as `dump` leaves them out then.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        syntax = try container.decode(Syntax.self, forKey: .syntax)
        header = try container.decodeIfPresent(String.self, forKey: .header)
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .plain
        code = try container.decode(FieldPath.self, forKey: .code)
        message = try container.decode(FieldPath.self, forKey: .message)
        codeType = try container.decode(CodeType.self, forKey: .codeType)
        codeForm = try container.decodeIfPresent(CodeForm.self, forKey: .codeForm) ?? .asIs
        fields = try container.decode([BodyField].self, forKey: .fields)
        location = nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(syntax, forKey: .syntax)
        try container.encodeIfPresent(header, forKey: .header)
        if kind != .plain { try container.encode(kind, forKey: .kind) }
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(codeType, forKey: .codeType)
        if codeForm != .asIs { try container.encode(codeForm, forKey: .codeForm) }
        try container.encode(fields, forKey: .fields)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.syntax == rhs.syntax && lhs.header == rhs.header && lhs.kind == rhs.kind && lhs.code == rhs.code
            && lhs.message == rhs.message && lhs.codeType == rhs.codeType && lhs.codeForm == rhs.codeForm
            && lhs.fields == rhs.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(syntax)
        hasher.combine(header)
        hasher.combine(kind)
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(codeType)
        hasher.combine(codeForm)
        hasher.combine(fields)
    }
}

/// A field of the error body besides the code and the message, e.g. `request_id`.
public struct BodyField: Codable, Hashable, Sendable {
    /// The name the generated error exposes it under (its `fields` key).
    public var name: String
    public var path: FieldPath

    public init(name: String, path: FieldPath) {
        self.name = name
        self.path = path
    }
}
