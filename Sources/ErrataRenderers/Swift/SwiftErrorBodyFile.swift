import ErrataModel

/// `PErrorBody.swift`: the documented body formats and reading and writing them: JSON through
/// `Decoder`/`Encoder` containers (nested keys for dotted paths), XML through `XMLParser`
/// (FoundationXML on Linux; imported only when a format is XML).
enum SwiftErrorBodyFile {
    static func render(_ context: SwiftContext) -> String {
        let body = context.bodyType
        let formats = context.catalog.errorBody.map { format in
            let fields = format.fields.map { "Field(name: \(SwiftLiteral.string($0.name)), path: \(pathLiteral($0.path)))" }
            return """
                        Format(
                            xml: \(format.syntax == .xml), code: \(pathLiteral(format.code)), message: \(pathLiteral(format.message)),
                            integerCode: \(format.codeType == .integer), fields: [\(fields.joined(separator: ", "))]),

                """
        }.joined()
        let xmlImport = context.hasXML ? "\n#if canImport(FoundationXML)\nimport FoundationXML\n#endif\n" : ""
        return context.header + """

            import Foundation
            \(xmlImport)
            /// The documented shapes of \(context.service)'s error body, and reading and writing them.
            enum \(body) {
                struct Format: Sendable {
                    let xml: Bool
                    /// Keys from the top of a JSON body; element names from the root of an XML body.
                    let code: [String]
                    let message: [String]
                    /// Encode the code as a JSON number (when it is an integer).
                    let integerCode: Bool
                    let fields: [Field]
                }

                struct Field: Sendable {
                    let name: String
                    let path: [String]
                }

                /// Tried in this order.
                static let formats: [Format] = [
            \(formats)    ]

                /// What a body held, and in which format.
                struct Read: Sendable {
                    let format: Int
                    let code: String
                    let message: String
                    let fields: [String: String]
                }

                /// The first format of the body's syntax whose code is present; `value` gives the text at a path.
                static func match(xml: Bool, _ value: ([String]) -> String?) -> Read? {
                    for (index, format) in formats.enumerated() where format.xml == xml {
                        guard let code = value(format.code) else { continue }
                        var fields: [String: String] = [:]
                        for field in format.fields {
                            if let text = value(field.path) { fields[field.name] = text }
                        }
                        return Read(format: index, code: code, message: value(format.message) ?? "", fields: fields)
                    }
                    return nil
                }

                /// A body starting with `<` is XML, anything else JSON.
                static func read(_ data: Data) -> Read? {
                    let start = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
                    if start == UInt8(ascii: "<") { return readXML(data) }
                    return (try? JSONDecoder().decode(JSONRead.self, from: data))?.read
                }

                // MARK: JSON

                struct Key: CodingKey {
                    let stringValue: String
                    var intValue: Int? { nil }
                    init(stringValue: String) { self.stringValue = stringValue }
                    init?(intValue: Int) { nil }
                }

                private struct JSONRead: Decodable {
                    let read: Read?
                    init(from decoder: any Decoder) throws { read = \(body).read(decoder) }
                }

                static func read(_ decoder: any Decoder) -> Read? {
                    guard let top = try? decoder.container(keyedBy: Key.self) else { return nil }
                    return match(xml: false) { path in value(in: top, at: path[...]) }
                }

                /// A string, a number or a boolean as text; nil when absent or an object or array.
                private static func value(in container: KeyedDecodingContainer<Key>, at path: ArraySlice<String>) -> String? {
                    guard let first = path.first else { return nil }
                    let key = Key(stringValue: first)
                    if path.count > 1 {
                        guard let nested = try? container.nestedContainer(keyedBy: Key.self, forKey: key) else { return nil }
                        return value(in: nested, at: path.dropFirst())
                    }
                    if let text = try? container.decode(String.self, forKey: key) { return text }
                    if let number = try? container.decode(Int.self, forKey: key) { return String(number) }
                    if let number = try? container.decode(Double.self, forKey: key) { return String(number) }
                    if let flag = try? container.decode(Bool.self, forKey: key) { return String(flag) }
                    return nil
                }

                // MARK: Writing

                // Writing makes test doubles and fixtures, not responses: left unoptimised, as every
                // function that does not read a response (docs/performance.md, compile time).

                /// Values at their paths, keys in the format's order (code, message, fields).
                indirect enum Tree: Encodable {
                    case text(String)
                    case integer(Int)
                    case object([(key: String, value: Tree)])

                    @_optimize(none)
                    mutating func insert(_ leaf: Tree, at path: ArraySlice<String>) {
                        guard case .object(var children) = self, let key = path.first else { return }
                        let rest = path.dropFirst()
                        if let index = children.firstIndex(where: { $0.key == key }) {
                            if !rest.isEmpty { children[index].value.insert(leaf, at: rest) }
                        } else if rest.isEmpty {
                            children.append((key, leaf))
                        } else {
                            var child = Tree.object([])
                            child.insert(leaf, at: rest)
                            children.append((key, child))
                        }
                        self = .object(children)
                    }

                    @_optimize(none)
                    func encode(to encoder: any Encoder) throws {
                        switch self {
                        case .text(let text):
                            var container = encoder.singleValueContainer()
                            try container.encode(text)
                        case .integer(let number):
                            var container = encoder.singleValueContainer()
                            try container.encode(number)
                        case .object(let children):
                            var container = encoder.container(keyedBy: Key.self)
                            for child in children { try container.encode(child.value, forKey: Key(stringValue: child.key)) }
                        }
                    }
                }

                @_optimize(none)
                static func tree(of error: \(context.errorType)) -> Tree {
                    let format = formats[error.bodyFormat]
                    let code = error.code.rawValue
                    var tree = Tree.object([])
                    tree.insert(format.integerCode ? integer(code).map(Tree.integer) ?? .text(code) : .text(code), at: format.code[...])
                    tree.insert(.text(error.message), at: format.message[...])
                    for field in format.fields {
                        if let text = error.fields[field.name] { tree.insert(.text(text), at: field.path[...]) }
                    }
                    return tree
                }

                @_optimize(none)
                static func data(of error: \(context.errorType)) -> Data {
                    let tree = tree(of: error)
                    if formats[error.bodyFormat].xml {
                        var text = "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>"
                        writeXML(tree, into: &text)
                        return text.data(using: .utf8) ?? Data()
                    }
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    // A tree of strings and integers always encodes.
                    return (try? encoder.encode(tree)) ?? Data()
                }

                @_optimize(none)
                private static func writeXML(_ tree: Tree, into text: inout String) {
                    guard case .object(let children) = tree else { return }
                    for child in children {
                        text += "<" + child.key + ">"
                        switch child.value {
                        case .text(let value): text += escapedXML(value)
                        case .integer(let value): text += String(value)
                        case .object: writeXML(child.value, into: &text)
                        }
                        text += "</" + child.key + ">"
                    }
                }

                /// `&`, `<`, `>` escaped; characters XML 1.0 cannot hold become U+FFFD.
                @_optimize(none)
                private static func escapedXML(_ value: String) -> String {
                    var out = ""
                    for scalar in value.unicodeScalars {
                        switch scalar {
                        case "&": out += "&amp;"
                        case "<": out += "&lt;"
                        case ">": out += "&gt;"
                        case "\\t", "\\n", "\\r": out.unicodeScalars.append(scalar)
                        default:
                            let invalid = scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                            out.unicodeScalars.append(invalid ? "\\u{FFFD}" : scalar)
                        }
                    }
                    return out
                }

                /// `text` as `Int(text)` reads it (an optional sign, then decimal digits; nil on
                /// overflow), without the standard library's generic parser.
                @_optimize(none)
                static func integer(_ text: String) -> Int? {
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
            \(xmlReader(context))}

            """
    }

    private static func pathLiteral(_ path: FieldPath) -> String {
        "[" + path.steps.compactMap(\.key).map(SwiftLiteral.string).joined(separator: ", ") + "]"
    }

    /// Reading XML: the text of every leaf element by its path from the root (the first
    /// occurrence of a path wins; surrounding whitespace trimmed). No XML format: never XML.
    private static func xmlReader(_ context: SwiftContext) -> String {
        guard context.hasXML else {
            return """

                    /// No documented format is XML.
                    private static func readXML(_ data: Data) -> Read? { nil }

                """
        }
        return """

                // MARK: XML

                private static func readXML(_ data: Data) -> Read? {
                    guard let input = xmlParserInput(data) else { return nil }
                    let parser = XMLParser(data: input)
                    let collector = XMLCollector()
                    parser.delegate = collector
                    parser.shouldResolveExternalEntities = false
                    guard parser.parse() else { return nil }
                    return match(xml: true) { collector.texts[$0] }
                }

                /// The body as the parser can be given it safely: UTF-8 (a byte order mark dropped)
                /// without processing instructions (the XML declaration among them) or comments, CDATA
                /// sections turned into escaped character data; nil for text that is not UTF-8 or holds
                /// U+0000, for a document type declaration and for unterminated markup. (FoundationXML's
                /// parser crashes on a processing instruction without data, a document type declaration
                /// can bring one in, and a U+0000 would let it read the bytes as UTF-16.)
                private static func xmlParserInput(_ data: Data) -> Data? {
                    let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
                    guard !body.contains(0), let text = String(data: body, encoding: .utf8) else { return nil }
                    let bytes = Array(text.utf8)
                    func find(_ terminator: String, from start: Int) -> Int? {
                        let terminator = Array(terminator.utf8)
                        var index = start
                        while index + terminator.count <= bytes.count {
                            if bytes[index..<(index + terminator.count)].elementsEqual(terminator) { return index }
                            index += 1
                        }
                        return nil
                    }
                    func starts(_ prefix: String, at index: Int) -> Bool {
                        let prefix = Array(prefix.utf8)
                        return index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
                    }
                    var out: [UInt8] = []
                    out.reserveCapacity(bytes.count)
                    var index = 0
                    while index < bytes.count {
                        guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count,
                            bytes[index + 1] == UInt8(ascii: "?") || bytes[index + 1] == UInt8(ascii: "!")
                        else {
                            out.append(bytes[index])
                            index += 1
                            continue
                        }
                        if bytes[index + 1] == UInt8(ascii: "?") {
                            guard let end = find("?>", from: index + 2) else { return nil }
                            index = end + 2
                        } else if starts("<!--", at: index) {
                            guard let end = find("-->", from: index + 4) else { return nil }
                            index = end + 3
                        } else if starts("<![CDATA[", at: index) {
                            guard let end = find("]]>", from: index + 9) else { return nil }
                            for byte in bytes[(index + 9)..<end] {
                                switch byte {
                                case UInt8(ascii: "&"): out += Array("&amp;".utf8)
                                case UInt8(ascii: "<"): out += Array("&lt;".utf8)
                                case UInt8(ascii: ">"): out += Array("&gt;".utf8)
                                default: out.append(byte)
                                }
                            }
                            index = end + 3
                        } else {
                            return nil
                        }
                    }
                    return Data(out)
                }

                private final class XMLCollector: NSObject, XMLParserDelegate {
                    var texts: [[String]: String] = [:]
                    private var path: [String] = []
                    private var buffers: [String] = []

                    func parser(
                        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
                    ) {
                        path.append(elementName)
                        buffers.append("")
                    }

                    func parser(_ parser: XMLParser, foundCharacters string: String) {
                        if !buffers.isEmpty { buffers[buffers.count - 1] += string }
                    }

                    func parser(
                        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                        qualifiedName qName: String?
                    ) {
                        guard !path.isEmpty else { return }
                        let text = buffers.removeLast().trimmingCharacters(in: .whitespacesAndNewlines)
                        if texts[path] == nil { texts[path] = text }
                        path.removeLast()
                    }
                }

            """
    }
}
