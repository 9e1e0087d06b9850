import ErrataModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A sample error body found on a page: its syntax and every scalar value with its path.
public struct BodySample: Hashable, Sendable {
    public struct Leaf: Hashable, Sendable {
        public var path: FieldPath
        public var value: String
        /// A JSON number (the code may be sent as an integer).
        public var isNumber: Bool
    }

    public var syntax: ErrorBodyFormat.Syntax
    /// Scalars in document order (JSON keys sorted, as the parser gives no order). In a JSON list
    /// of objects, the scalars of one element: the first whose `@type` ends with `ErrorInfo` (a
    /// structured error entry, its path step `[@type$=ErrorInfo]`), else the first (`[]`); lists
    /// inside a list, and lists of scalars, are passed.
    public var leaves: [Leaf]
    /// The name of a JSON body's only top-level member, when that member is an object.
    public var rootKey: String?
    public var location: SourceLocation

    /// Every JSON object and XML document in `block`: a block may hold a sample among other text
    /// (`STATUS CODE 400` above it, a sentence around an inline `{…}`).
    public static func samples(in block: CodeBlock) -> [BodySample] {
        var samples: [BodySample] = []
        for span in jsonObjectSpans(block.text) {
            if let sample = json(span, location: location(of: span, in: block)) { samples.append(sample) }
        }
        if let span = xmlSpan(block.text), let sample = xml(span, location: location(of: span, in: block)) {
            samples.append(sample)
        }
        return samples
    }

    /// The line the span starts on.
    static func location(of span: Substring, in block: CodeBlock) -> SourceLocation {
        var location = block.location
        let newlines = block.text.utf8[..<span.startIndex].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        if newlines > 0 {
            location.line = (location.line ?? 1) + newlines
            location.column = nil
        }
        return location
    }

    // MARK: JSON

    static func json(_ text: Substring, location: SourceLocation) -> BodySample? {
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return nil }
        var leaves: [Leaf] = []
        collect(object, path: [], inList: false, into: &leaves)
        var rootKey: String?
        if object.count == 1, let (key, value) = object.first, case .object = value { rootKey = key }
        return leaves.isEmpty ? nil : BodySample(syntax: .json, leaves: leaves, rootKey: rootKey, location: location)
    }

    /// The step into a structured error entry, which a list of details holds among others.
    static let errorInfoStep = FieldPath.Step.element(whereKey: "@type", hasSuffix: "ErrorInfo")

    private static func collect(_ object: [String: JSONValue], path: [FieldPath.Step], inList: Bool, into leaves: inout [Leaf]) {
        for key in object.keys.sorted() where !key.isEmpty {
            let here = path + [.key(key)]
            switch object[key]! {
            case .object(let nested): collect(nested, path: here, inList: inList, into: &leaves)
            case .text(let text): leaves.append(Leaf(path: FieldPath(steps: here), value: text, isNumber: false))
            case .number(let text): leaves.append(Leaf(path: FieldPath(steps: here), value: text, isNumber: true))
            case .array(let elements) where !inList:
                let objects = elements.compactMap { element -> [String: JSONValue]? in
                    if case .object(let members) = element { return members }
                    return nil
                }
                if let entry = objects.first(where: { if case .text(let type)? = $0["@type"] { type.hasSuffix("ErrorInfo") } else { false } }) {
                    collect(entry.filter { $0.key != "@type" }, path: here + [errorInfoStep], inList: true, into: &leaves)
                } else if let first = objects.first {
                    collect(first, path: here + [.each], inList: true, into: &leaves)
                }
            case .array, .other: break
            }
        }
    }

    /// A JSON value as far as a sample needs it: booleans and null are `other`.
    private enum JSONValue: Decodable {
        case object([String: JSONValue]), array([JSONValue]), text(String), number(String), other

        init(from decoder: any Decoder) throws {
            let single = try decoder.singleValueContainer()
            if let text = try? single.decode(String.self) {
                self = .text(text)
            } else if let integer = try? single.decode(Int.self) {
                self = .number(String(integer))
            } else if let double = try? single.decode(Double.self) {
                self = .number(String(double))
            } else if let object = try? single.decode([String: JSONValue].self) {
                self = .object(object)
            } else if let array = try? single.decode([JSONValue].self) {
                self = .array(array)
            } else {
                self = .other
            }
        }
    }

    /// Balanced `{…}` spans at the top level, skipping braces inside JSON strings.
    static func jsonObjectSpans(_ text: String) -> [Substring] {
        var spans: [Substring] = []
        var depth = 0
        var start: String.Index?
        var inString = false
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" && depth > 0 {
                inString = true
            } else if character == "{" {
                if depth == 0 { start = index }
                depth += 1
            } else if character == "}" && depth > 0 {
                depth -= 1
                if depth == 0, let open = start {
                    spans.append(text[open...index])
                    start = nil
                }
            }
            index = text.index(after: index)
        }
        return spans
    }

    // MARK: XML

    /// From the first `<` to the last `>`.
    static func xmlSpan(_ text: String) -> Substring? {
        guard let first = text.firstIndex(of: "<"), let last = text.lastIndex(of: ">"), first < last else { return nil }
        return text[first...last]
    }

    static func xml(_ text: Substring, location: SourceLocation) -> BodySample? {
        guard let input = XMLParserInput.text(text) else { return nil }
        let parser = XMLParser(data: Data(input.utf8))
        let collector = LeafCollector()
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { return nil }
        // A parser that recovers from bad markup may report names no element can have (`:Message`).
        let leaves = collector.leaves.filter { $0.path.steps.allSatisfy { $0.key.map(CatalogValidator.isXMLName) ?? false } }
        return leaves.isEmpty ? nil : BodySample(syntax: .xml, leaves: leaves, rootKey: nil, location: location)
    }

    /// Leaf elements (no child elements) with their text, by path from the root, in document order.
    private final class LeafCollector: NSObject, XMLParserDelegate {
        var leaves: [Leaf] = []
        private var path: [String] = []
        private var texts: [String] = []
        private var hasChildren: [Bool] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            if !hasChildren.isEmpty { hasChildren[hasChildren.count - 1] = true }
            path.append(elementName)
            texts.append("")
            hasChildren.append(false)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !texts.isEmpty { texts[texts.count - 1] += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            guard !path.isEmpty else { return }
            let text = texts.removeLast().trimmingCharacters(in: .whitespacesAndNewlines)
            if !hasChildren.removeLast(), path.count > 1, !leaves.contains(where: { $0.path == FieldPath(path) }) {
                leaves.append(Leaf(path: FieldPath(path), value: text, isNumber: false))
            }
            path.removeLast()
        }
    }
}
