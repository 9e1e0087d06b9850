import ErrataModel
import ErrataRuntime
import Foundation

/// An error body as the API sends it, in one of the catalog's formats: what the fixtures hold and
/// the Markdown page shows.
///
/// JSON is written by `JSONEncoder` with sorted keys, pretty printing and unescaped slashes
/// (nested objects for dotted paths; the code as a number when the format's `codeType` is
/// `integer` and the code is an integer). XML is one element per line, indented by two spaces,
/// after an XML declaration; `&`, `<` and `>` are escaped, and characters XML 1.0 cannot hold
/// (C0 controls but tab, LF and CR; U+FFFE, U+FFFF) are written as U+FFFD. Both end with LF.
public enum ErrorBodyText {
    /// `json` or `xml`.
    public static func fileExtension(_ format: ErrorBodyFormat) -> String { format.syntax.rawValue }

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
        var values: [(FieldPath, Value)] = [
            (format.code, format.codeType == .integer && Int(code) != nil ? .integer(Int(code)!) : .text(code)),
            (format.message, .text(message)),
        ]
        for field in format.fields {
            if let value = fields[field.name] { values.append((field.path, .text(value))) }
        }
        var tree = Tree.object([])
        for (path, value) in values { tree.insert(value, at: path.components[...]) }
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

        mutating func insert(_ value: Value, at path: ArraySlice<String>) {
            guard case .object(var children) = self, let key = path.first else { return }
            let rest = path.dropFirst()
            if let index = children.firstIndex(where: { $0.0 == key }) {
                if !rest.isEmpty { children[index].1.insert(value, at: rest) }
            } else if rest.isEmpty {
                children.append((key, .leaf(value)))
            } else {
                var child = Tree.object([])
                child.insert(value, at: rest)
                children.append((key, child))
            }
            self = .object(children)
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
            }
        }

        func writeXML(into out: inout String, depth: Int) {
            guard case .object(let children) = self else { return }
            let indent = String(repeating: "  ", count: depth)
            for (name, child) in children {
                switch child {
                case .leaf(.text(let text)):
                    out += "\(indent)<\(name)>\(ErrorBodyText.xmlEscaped(text))</\(name)>\n"
                case .leaf(.integer(let number)):
                    out += "\(indent)<\(name)>\(number)</\(name)>\n"
                case .object:
                    out += "\(indent)<\(name)>\n"
                    child.writeXML(into: &out, depth: depth + 1)
                    out += "\(indent)</\(name)>\n"
                }
            }
        }
    }

    /// Text content: `&`, `<`, `>` escaped; characters XML 1.0 cannot hold become U+FFFD.
    static func xmlEscaped(_ text: String) -> String {
        ErrataBody.escapedXML(text)
    }
}
