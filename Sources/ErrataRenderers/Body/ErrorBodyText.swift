import ErrataModel
import ErrataRuntimeCore
import Foundation

/// An error response as the API sends it, in one of the catalog's formats: what the fixtures hold
/// and the Markdown page shows.
///
/// JSON is written by `JSONEncoder` with sorted keys, pretty printing and unescaped slashes
/// (nested objects for dotted paths, an array for a list step: the value in its first element,
/// or at position n after n empty objects for `[n]`, a filter's member written with its suffix as
/// value; the code as a number when the format's `codeType` is `integer` and the code is an
/// integer; problem details' `status` as a number). XML is one element per line, indented by two
/// spaces, after an XML declaration, a list being repeated elements; `&`, `<` and `>` are
/// escaped, and characters XML 1.0 cannot hold (C0 controls but tab, LF and CR; U+FFFE, U+FFFF)
/// are written as U+FFFD. Both end with LF. A root-key body is the code's member holding the
/// rest; a header format's code is a header, not in the body.
public enum ErrorBodyText {
    /// `json` or `xml`.
    public static func fileExtension(_ format: ErrorBodyFormat) -> String { format.syntax.rawValue }

    /// What an example response of `formats` shows: the first format's; when that one carries
    /// the code in a header, the header and the body of the next format that has the code in the
    /// body in the same syntax (a service sending the code in both), else the header format's own
    /// body (message and fields).
    public static func example(of formats: [ErrorBodyFormat]) -> (body: ErrorBodyFormat, header: String?) {
        let first = formats.first ?? .default
        guard let header = first.header else { return (first, nil) }
        let body = formats.dropFirst().first { $0.header == nil && $0.syntax == first.syntax } ?? first
        return (body, header)
    }

    /// The body the API sends for one documented row: its code and message, and every field of
    /// the format at its path with a placeholder value (`sampleValue`). What the fixtures hold and
    /// the Markdown page shows.
    public static func sample(_ format: ErrorBodyFormat, code: String, variant: Variant) throws -> String {
        let fields = Dictionary(format.fields.map { ($0.name, sampleValue(of: $0.name, status: variant.status)) }) { first, _ in first }
        return try render(format, code: code, message: variant.message, fields: fields)
    }

    /// A plausible value for a field, from its name alone so that it is the same on every run:
    /// the row's HTTP status for a status field (`status`, `http_status`, `StatusCode`), a zero
    /// UUID for a request or trace id (`request_id`, `RequestId`, `trace_id`), and
    /// `example-<name>` otherwise.
    public static func sampleValue(of name: String, status: Int?) -> String {
        let words = name.lowercased()
        if words.contains("status"), let status { return String(status) }
        if words.hasSuffix("id"), words.contains("request") || words.contains("trace") {
            return "00000000-0000-0000-0000-000000000000"
        }
        return "example-" + name
    }

    /// The body holding `code`, `message` and the given extra fields (by field name; others left out).
    public static func render(
        _ format: ErrorBodyFormat, code: String, message: String, fields: [String: String] = [:]
    ) throws -> String {
        var values: [(FieldPath, Value)] = [(format.message, .text(message))]
        if format.header == nil, format.kind != .rootKey {
            values.insert((format.code, format.codeType == .integer && Int(code) != nil ? .integer(Int(code)!) : .text(code)), at: 0)
        }
        for field in format.fields {
            guard let value = fields[field.name] else { continue }
            // Problem details' `status` is a JSON number (RFC 9457).
            let isStatus = format.kind == .problemDetails && field.path == ["status"]
            values.append((field.path, isStatus ? Int(value).map(Value.integer) ?? .text(value) : .text(value)))
        }
        var tree = Tree.object([])
        for (path, value) in values { tree.insert(value, at: path.steps[...]) }
        if format.kind == .rootKey, format.header == nil { tree = .object([(code, tree)]) }
        switch format.syntax {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(tree), as: UTF8.self) + "\n"
        case .xml:
            var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            tree.writeXML(into: &out, depth: 0)
            return out
        }
    }

    enum Value: Hashable {
        case text(String), integer(Int)
    }

    /// Keys in insertion order; XML keeps it, JSON sorts.
    indirect enum Tree: Encodable {
        case leaf(Value)
        case object([(String, Tree)])
        case array([Tree])

        mutating func insert(_ value: Value, at path: ArraySlice<FieldPath.Step>) {
            guard let step = path.first else { return }
            let rest = path.dropFirst()
            func made() -> Tree {
                if rest.isEmpty { return .leaf(value) }
                var child: Tree = rest.first?.key == nil ? .array([]) : .object([])
                child.insert(value, at: rest)
                return child
            }
            switch (self, step) {
            case (.object(var children), .key(let key)):
                if let index = children.firstIndex(where: { $0.0 == key }) {
                    if !rest.isEmpty { children[index].1.insert(value, at: rest) }
                } else {
                    children.append((key, made()))
                }
                self = .object(children)
            case (.array(var elements), _):
                var position = 0
                if case .index(let index) = step { position = index }
                while elements.count <= position { elements.append(.object([])) }
                if case .element(let key, let suffix) = step, case .object(let members) = elements[0], members.isEmpty {
                    elements[0] = .object([(key, .leaf(.text(suffix)))])
                }
                if rest.isEmpty {
                    if case .object(let members) = elements[position], members.isEmpty { elements[position] = .leaf(value) }
                } else {
                    elements[position].insert(value, at: rest)
                }
                self = .array(elements)
            default:
                break
            }
        }

        struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .leaf(.text(let text)):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            case .leaf(.integer(let number)):
                var container = encoder.singleValueContainer()
                try container.encode(number)
            case .object(let children):
                var container = encoder.container(keyedBy: Key.self)
                for (key, child) in children { try container.encode(child, forKey: Key(stringValue: key)) }
            case .array(let elements):
                var container = encoder.unkeyedContainer()
                for element in elements { try container.encode(element) }
            }
        }

        func writeXML(into out: inout String, depth: Int) {
            guard case .object(let children) = self else { return }
            let indent = String(repeating: "  ", count: depth)
            for (name, child) in children {
                let values: [Tree]
                if case .array(let elements) = child { values = elements } else { values = [child] }
                for value in values {
                    switch value {
                    case .leaf(.text(let text)):
                        out += "\(indent)<\(name)>\(ErrorBodyText.xmlEscaped(text))</\(name)>\n"
                    case .leaf(.integer(let number)):
                        out += "\(indent)<\(name)>\(number)</\(name)>\n"
                    case .object, .array:
                        out += "\(indent)<\(name)>\n"
                        value.writeXML(into: &out, depth: depth + 1)
                        out += "\(indent)</\(name)>\n"
                    }
                }
            }
        }
    }

    /// Text content: `&`, `<`, `>` escaped; characters XML 1.0 cannot hold become U+FFFD.
    static func xmlEscaped(_ text: String) -> String {
        ErrataBody.escapedXML(text)
    }
}
