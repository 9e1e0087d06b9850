/// One shape of the API's error body: where the code and the message are, and which other
/// fields the documentation shows.
///
/// JSON paths are object keys from the top of the body (`error.code` is `{"error": {"code": …}}`);
/// XML paths are element names from the root element (`Error.Code` is
/// `<Error><Code>…</Code></Error>`). A catalog holds one or more formats, tried in order.
public struct ErrorBodyFormat: Codable, Hashable, Sendable {
    public enum Syntax: String, Codable, Hashable, Sendable, CaseIterable {
        case json, xml
    }

    /// How a JSON body sends the code. Decoding accepts both; encoding and fixtures write this one.
    public enum CodeType: String, Codable, Hashable, Sendable, CaseIterable {
        case string, integer
    }

    public var syntax: Syntax
    public var code: FieldPath
    public var message: FieldPath
    public var codeType: CodeType
    /// Further fields of the body, by name (e.g. `request_id`, `RequestId`, `Resource`), in spec order.
    public var fields: [BodyField]
    /// Where the format was read from. Not part of its identity or of `dump` output.
    public var location: SourceLocation?

    public init(
        syntax: Syntax = .json,
        code: FieldPath = ["error_code"],
        message: FieldPath = ["error_msg"],
        codeType: CodeType = .string,
        fields: [BodyField] = [],
        location: SourceLocation? = nil
    ) {
        self.syntax = syntax
        self.code = code
        self.message = message
        self.codeType = codeType
        self.fields = fields
        self.location = location
    }

    /// `{"error_code": …, "error_msg": …}`: what a spec without `errorBody` means.
    public static let `default` = ErrorBodyFormat()

    /// The code, the message and the extra fields, in that order.
    public var allPaths: [FieldPath] { [code, message] + fields.map(\.path) }

    private enum CodingKeys: String, CodingKey { case syntax, code, message, codeType, fields }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        syntax = try container.decode(Syntax.self, forKey: .syntax)
        code = try container.decode(FieldPath.self, forKey: .code)
        message = try container.decode(FieldPath.self, forKey: .message)
        codeType = try container.decode(CodeType.self, forKey: .codeType)
        fields = try container.decode([BodyField].self, forKey: .fields)
        location = nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(syntax, forKey: .syntax)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(codeType, forKey: .codeType)
        try container.encode(fields, forKey: .fields)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.syntax == rhs.syntax && lhs.code == rhs.code && lhs.message == rhs.message
            && lhs.codeType == rhs.codeType && lhs.fields == rhs.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(syntax)
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(codeType)
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

/// A path of keys (JSON) or element names (XML), written with dots: `error.code`.
///
/// In the written form `\.` is a dot inside a key and `\\` a backslash.
public struct FieldPath: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByArrayLiteral {
    public var components: [String]

    public init(_ components: [String]) { self.components = components }

    public init(arrayLiteral elements: String...) { self.components = elements }

    /// Parses the written form; nil for an empty key (`a..b`, `.a`, ``) or a lone trailing `\`.
    public init?(parsing text: String) {
        var components: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "." {
                components.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        guard !escaped else { return nil }
        components.append(current)
        guard !components.contains(where: \.isEmpty) else { return nil }
        self.components = components
    }

    /// The written form: components joined with dots, dots and backslashes in keys escaped.
    public var description: String {
        components.map { component in
            component.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ".", with: "\\.")
        }.joined(separator: ".")
    }

    /// The last key, e.g. `code` of `error.code`.
    public var last: String { components.last ?? "" }

    /// Whether `self` starts with every component of `other` (a path is a prefix of itself).
    public func hasPrefix(_ other: FieldPath) -> Bool {
        other.components.count <= components.count && Array(components.prefix(other.components.count)) == other.components
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let path = FieldPath(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a field path: \(text)"))
        }
        self = path
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
