import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension ErrataBody {
    /// A member of an object: JSON members in order, or XML child elements (a name may repeat).
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: Value

        public init(key: String, value: Value) {
            self.key = key
            self.value = value
        }
    }

    /// A body as a tree: JSON as parsed; XML as an object holding the root element, an element
    /// with child elements as an object of them, any other element as its text (trimmed).
    public indirect enum Value: Hashable, Sendable, Codable {
        case text(String)
        /// A JSON number, as its text.
        case number(String)
        case bool(Bool)
        case null
        case array([Value])
        case object([Member])

        /// A string, a number or a boolean as text; nil for null, arrays and objects.
        public var text: String? {
            switch self {
            case .text(let text), .number(let text): text
            case .bool(let flag): String(flag)
            case .null, .array, .object: nil
            }
        }

        // MARK: JSON

        /// `data` parsed as JSON; nil when it is not JSON.
        public static func json(_ data: Data) -> Value? {
            try? JSONDecoder().decode(Value.self, from: data)
        }

        /// The parts of JSON `data` that `paths` reach (all of it with nil); nil when it is not
        /// JSON or its top is not the container the paths start in. Decoding only what is read
        /// costs about what decoding a plain struct costs.
        static func json(_ data: Data, reaching paths: [[Step]]?) -> Value? {
            guard let paths else { return json(data) }
            let decoder = JSONDecoder()
            decoder.userInfo[Projection.key] = Projection(paths: paths.map { $0[...] })
            return Self.json(data, decoder: decoder)
        }

        /// JSON `data` read by `decoder`: projected when its user info holds a projection.
        static func json(_ data: Data, decoder: JSONDecoder) -> Value? {
            if decoder.userInfo[Projection.key] == nil { return try? decoder.decode(Value.self, from: data) }
            return (try? decoder.decode(Projection.Result.self, from: data))?.value
        }

        /// What a projection decodes, passed through the decoder's user info: the paths as a
        /// plan made once, when the formats are prepared, so reading a body only follows it.
        struct Projection: Sendable {
            static let key = CodingUserInfoKey(rawValue: "ErrataBody.Projection")!
            let plan: Plan

            init(paths: [ArraySlice<Step>]) {
                plan = Plan(paths)
            }

            struct Result: Decodable {
                let value: Value?
                init(from decoder: any Decoder) throws {
                    let plan = (decoder.userInfo[Projection.key] as? Projection)?.plan ?? Plan([])
                    value = Value.projected(decoder, plan, top: true)
                }
            }
        }

        /// What to decode of one value, for the paths that reach it: the members they name
        /// (each a leaf, or a value to decode by its own plan), the elements of a list, or the
        /// value itself.
        final class Plan: Sendable {
            struct Member: Sendable {
                let name: String
                let key: Key
                /// nil: every path ends at the member (a leaf value).
                let plan: Plan?
            }

            let members: [Member]
            /// The plan of each element, when a path goes into a list here.
            let elements: Plan?
            /// Whether a path ends here.
            let leaf: Bool

            init(_ paths: [ArraySlice<Step>]) {
                var names: [String] = []
                var lists = false
                var leaf = false
                for path in paths {
                    switch path.first {
                    case nil: leaf = true
                    case .key(let key)?: if !names.contains(key) { names.append(key) }
                    case .index?, .each?, .element?: lists = true
                    }
                }
                members = names.map { name in
                    var rests: [ArraySlice<Step>] = []
                    for path in paths { if case .key(name)? = path.first { rests.append(path.dropFirst()) } }
                    return Member(name: name, key: Key(stringValue: name), plan: rests.allSatisfy(\.isEmpty) ? nil : Plan(rests))
                }
                if lists {
                    var rests: [ArraySlice<Step>] = []
                    for path in paths {
                        guard let first = path.first, first.isList else { continue }
                        rests.append(path.dropFirst())
                        if case .element(let key, _) = first { rests.append([.key(key)]) }
                    }
                    elements = Plan(rests)
                } else {
                    elements = nil
                }
                self.leaf = leaf
            }
        }

        /// The value `decoder` holds, as far as `plan`'s paths reach into it.
        static func projected(_ decoder: any Decoder, _ plan: Plan, top: Bool = false) -> Value? {
            if !plan.members.isEmpty, let keyed = try? decoder.container(keyedBy: Key.self) {
                var members: [Member] = []
                members.reserveCapacity(plan.members.count)
                for member in plan.members {
                    let value: Value?
                    if let nestedPlan = member.plan {
                        if keyed.contains(member.key), let nested = try? keyed.superDecoder(forKey: member.key) {
                            value = projected(nested, nestedPlan)
                        } else {
                            value = nil
                        }
                    } else {
                        value = leafValue(keyed, member.key)
                    }
                    if let value { members.append(Member(key: member.name, value: value)) }
                }
                return .object(members)
            }
            if let elementPlan = plan.elements, var list = try? decoder.unkeyedContainer() {
                var elements: [Value] = []
                while !list.isAtEnd, let element = try? list.superDecoder() {
                    elements.append(projected(element, elementPlan) ?? .null)
                }
                return .array(elements)
            }
            if top && !plan.leaf { return nil }
            guard let single = try? decoder.singleValueContainer() else { return nil }
            if let text = try? single.decode(String.self) { return .text(text) }
            if let number = try? single.decode(Int.self) { return .number(String(number)) }
            if let number = try? single.decode(Double.self) { return .number(String(number)) }
            if let flag = try? single.decode(Bool.self) { return .bool(flag) }
            return nil
        }

        /// A string, a number or a boolean member as `ErrataBody`'s reading has always read it.
        private static func leafValue(_ container: KeyedDecodingContainer<Key>, _ key: Key) -> Value? {
            // One lookup for the usual string; a missing member or null is nothing.
            do {
                guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
                return .text(text)
            } catch {}
            if let number = try? container.decode(Int.self, forKey: key) { return .number(String(number)) }
            if let number = try? container.decode(Double.self, forKey: key) { return .number(String(number)) }
            if let flag = try? container.decode(Bool.self, forKey: key) { return .bool(flag) }
            return nil
        }

        public init(from decoder: any Decoder) throws {
            if let container = try? decoder.singleValueContainer() {
                if container.decodeNil() {
                    self = .null
                    return
                }
                if let text = try? container.decode(String.self) {
                    self = .text(text)
                    return
                }
                if let number = try? container.decode(Int.self) {
                    self = .number(String(number))
                    return
                }
                if let number = try? container.decode(Double.self) {
                    self = .number(String(number))
                    return
                }
                if let flag = try? container.decode(Bool.self) {
                    self = .bool(flag)
                    return
                }
            }
            if let keyed = try? decoder.container(keyedBy: Key.self) {
                var members: [Member] = []
                for key in keyed.allKeys {
                    members.append(Member(key: key.stringValue, value: try keyed.decode(Value.self, forKey: key)))
                }
                self = .object(members)
                return
            }
            var list = try decoder.unkeyedContainer()
            var elements: [Value] = []
            while !list.isAtEnd { elements.append(try list.decode(Value.self)) }
            self = .array(elements)
        }

        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .text(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            case .number(let text):
                var container = encoder.singleValueContainer()
                if let integer = ErrataBody.integer(text) {
                    try container.encode(integer)
                } else if let number = Double(text) {
                    try container.encode(number)
                } else {
                    try container.encode(text)
                }
            case .bool(let flag):
                var container = encoder.singleValueContainer()
                try container.encode(flag)
            case .null:
                var container = encoder.singleValueContainer()
                try container.encodeNil()
            case .array(let elements):
                var container = encoder.unkeyedContainer()
                for element in elements { try container.encode(element) }
            case .object(let members):
                var container = encoder.container(keyedBy: Key.self)
                for member in members { try container.encode(member.value, forKey: Key(stringValue: member.key)) }
            }
        }

        struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        // MARK: Paths

        /// The text at `steps`; nil when absent or not a string, number or boolean.
        public func text(at steps: ArraySlice<Step>) -> String? {
            node(at: steps)?.text
        }

        /// The value at `steps` (a list step picks its element: `.each` the first).
        public func node(at steps: ArraySlice<Step>) -> Value? {
            guard let step = steps.first else { return self }
            let rest = steps.dropFirst()
            switch step {
            case .key(let key):
                guard case .object(let members) = self else { return nil }
                if let next = rest.first, next.isList {
                    return Value.array(Self.elements(members, key)).node(at: rest)
                }
                guard let member = members.first(where: { $0.key == key }) else { return nil }
                return member.value.node(at: rest)
            case .index(let position):
                let elements = listElements
                return elements.indices.contains(position) ? elements[position].node(at: rest) : nil
            case .each:
                return listElements.first?.node(at: rest)
            case .element(let key, let suffix):
                for element in listElements {
                    if let text = element.text(at: [.key(key)]), text.hasSuffix(suffix) { return element.node(at: rest) }
                }
                return nil
            }
        }

        /// The elements of the list that `prefix` followed by a list step reads: a JSON array,
        /// or every XML child element of that name.
        func list(at prefix: ArraySlice<Step>) -> [Value] {
            guard case .key(let key)? = prefix.last else { return node(at: prefix)?.listElements ?? [] }
            guard let parent = node(at: prefix.dropLast()), case .object(let members) = parent else { return [] }
            return Self.elements(members, key)
        }

        /// The members named `key`: a JSON array's elements, or each XML element of that name.
        private static func elements(_ members: [Member], _ key: String) -> [Value] {
            let named = members.filter { $0.key == key }
            if named.count == 1, case .array(let elements) = named[0].value { return elements }
            return named.map(\.value)
        }

        /// An array's elements; any other value is a list of itself.
        private var listElements: [Value] {
            if case .array(let elements) = self { return elements }
            return [self]
        }

        /// `leaf` put at `steps`, creating objects (and one-element lists) on the way; an
        /// existing member is kept.
        mutating func insert(_ leaf: Value, at steps: ArraySlice<Step>) {
            guard let step = steps.first else { return }
            let rest = steps.dropFirst()
            switch step {
            case .key(let key):
                guard case .object(var members) = self else { return }
                if let index = members.firstIndex(where: { $0.key == key }) {
                    if !rest.isEmpty { members[index].value.insert(leaf, at: rest) }
                } else if rest.isEmpty {
                    members.append(Member(key: key, value: leaf))
                } else {
                    var child: Value = rest.first?.isList == true ? .array([]) : .object([])
                    child.insert(leaf, at: rest)
                    members.append(Member(key: key, value: child))
                }
                self = .object(members)
            case .index, .each, .element:
                guard case .array(var elements) = self else { return }
                if elements.isEmpty {
                    var first: Value = .object([])
                    if case .element(let key, let suffix) = step { first = .object([Member(key: key, value: .text(suffix))]) }
                    elements.append(first)
                }
                if rest.isEmpty {
                    elements[0] = leaf
                } else {
                    elements[0].insert(leaf, at: rest)
                }
                self = .array(elements)
            }
        }

        /// The value as XML content: members as elements (a list's elements as repeated elements).
        func writeXML(into text: inout String) {
            guard case .object(let members) = self else { return }
            for member in members {
                let values: [Value]
                if case .array(let elements) = member.value { values = elements } else { values = [member.value] }
                for value in values {
                    text += "<" + member.key + ">"
                    switch value {
                    case .object: value.writeXML(into: &text)
                    default: text += ErrataBody.escapedXML(value.text ?? "")
                    }
                    text += "</" + member.key + ">"
                }
            }
        }

        // MARK: XML

        /// `data` parsed as XML; nil when it is not well-formed or holds what the parser cannot
        /// be given safely (`xmlParserInput(_:)`).
        public static func xml(_ data: Data) -> Value? {
            guard let input = ErrataBody.xmlParserInput(data) else { return nil }
            let parser = XMLParser(data: input)
            let builder = XMLTreeBuilder()
            parser.delegate = builder
            parser.shouldResolveExternalEntities = false
            guard parser.parse(), let root = builder.root else { return nil }
            return .object([root])
        }
    }

    /// The body as the XML parser can be given it safely: UTF-8 (a byte order mark dropped)
    /// without processing instructions (the XML declaration among them) or comments, CDATA
    /// sections turned into escaped character data; nil for text that is not UTF-8 or holds
    /// U+0000, for a document type declaration and for unterminated markup. (FoundationXML's
    /// parser crashes on a processing instruction without data, a document type declaration can
    /// bring one in, and a U+0000 would let it read the bytes as UTF-16.)
    public static func xmlParserInput(_ data: Data) -> Data? {
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

    /// Builds the tree of an XML document as the parser reports it.
    private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
        var root: Member?
        private var open: [(name: String, text: String, children: [Member])] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            open.append((elementName, "", []))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !open.isEmpty { open[open.count - 1].text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            guard let element = open.popLast() else { return }
            let value: Value = element.children.isEmpty
                ? .text(element.text.trimmingCharacters(in: .whitespacesAndNewlines)) : .object(element.children)
            let member = Member(key: element.name, value: value)
            if open.isEmpty {
                if root == nil { root = member }
            } else {
                open[open.count - 1].children.append(member)
            }
        }
    }
}
