/// A path into an error body: keys (JSON) or element names (XML), and steps into lists.
///
/// Written with dots between keys (`error.code`) and brackets after a key for a list:
/// `errors[]` is every element (the first holding a code being the error), `errors[0]` the
/// element at that position, `details[@type$=ErrorInfo]` the first element whose `@type` member
/// ends with `ErrorInfo`. In a key, `\.`, `\[` and `\\` are a dot, a bracket and a backslash; in a
/// filter, `\]` and `\\` are a bracket and a backslash. A path may start with a list step when the
/// body itself is a list (`[0].code`).
public struct FieldPath: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// One step of a path.
    public enum Step: Hashable, Sendable {
        /// The member (JSON) or child element (XML) of that name.
        case key(String)
        /// The element at that position of a list.
        case index(Int)
        /// Every element of a list, the first holding a code being the error.
        case each
        /// The first element of a list whose member `whereKey` has a text ending with `hasSuffix`.
        case element(whereKey: String, hasSuffix: String)

        /// The key of a `.key` step.
        public var key: String? {
            if case .key(let name) = self { return name }
            return nil
        }

        /// Whether the step is an `.index`.
        public var isIndex: Bool {
            if case .index = self { return true }
            return false
        }
    }

    public var steps: [Step]

    public init(steps: [Step]) { self.steps = steps }

    /// A path of keys only.
    public init(_ keys: [String]) { self.steps = keys.map(Step.key) }

    public init(arrayLiteral elements: String...) { self.init(elements) }

    /// Parses the written form; nil for an empty key (`a..b`, `.a`), a lone trailing `\`, a list
    /// step that is not `[]`, `[n]` or `[key$=suffix]`, or one that is not after a key or at the
    /// start. The empty text is the empty path.
    public init?(parsing text: String) {
        var steps: [Step] = []
        var characters = Array(text)[...]
        guard !characters.isEmpty else {
            self.steps = []
            return
        }
        var atStart = true
        while true {
            var key = ""
            while let character = characters.first, character != ".", character != "[" {
                characters.removeFirst()
                if character == "\\" {
                    guard let escaped = characters.popFirst() else { return nil }
                    key.append(escaped)
                } else {
                    key.append(character)
                }
            }
            guard !key.isEmpty || (atStart && characters.first == "[") else { return nil }
            if !key.isEmpty { steps.append(.key(key)) }
            while characters.first == "[" {
                characters.removeFirst()
                guard let step = Self.listStep(&characters) else { return nil }
                steps.append(step)
            }
            atStart = false
            guard let next = characters.popFirst() else { break }
            guard next == "." else { return nil }
        }
        self.steps = steps
    }

    /// The inside of `[…]` and its `]`, consumed from `characters`.
    private static func listStep(_ characters: inout ArraySlice<Character>) -> Step? {
        var inside = ""
        var filterAt: String.Index?
        while true {
            guard let character = characters.popFirst() else { return nil }
            if character == "]" { break }
            if character == "\\" {
                guard let escaped = characters.popFirst() else { return nil }
                inside.append(escaped)
            } else if character == "$", characters.first == "=", filterAt == nil {
                characters.removeFirst()
                filterAt = inside.endIndex
            } else {
                inside.append(character)
            }
        }
        if let filterAt {
            let key = String(inside[..<filterAt])
            return key.isEmpty ? nil : .element(whereKey: key, hasSuffix: String(inside[filterAt...]))
        }
        if inside.isEmpty { return .each }
        guard inside.allSatisfy(\.isASCIIDigitCharacter), let index = Int(inside) else { return nil }
        return .index(index)
    }

    /// The written form, which `init(parsing:)` reads back as the same path.
    public var description: String {
        var out = ""
        for step in steps {
            switch step {
            case .key(let name):
                if !out.isEmpty { out += "." }
                out += Self.escaped(name, special: ".[")
            case .index(let index): out += "[\(index)]"
            case .each: out += "[]"
            case .element(let key, let suffix):
                out += "[" + Self.escaped(key, special: "]$") + "$=" + Self.escaped(suffix, special: "]") + "]"
            }
        }
        return out
    }

    private static func escaped(_ text: String, special: String) -> String {
        var out = ""
        for character in text {
            if character == "\\" || special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// The last key, e.g. `code` of `error.code`, `reason` of `error.details[@type$=ErrorInfo].reason`.
    public var last: String { steps.last { $0.key != nil }?.key ?? "" }

    /// Whether the path is empty (a header or root-key format's code).
    public var isEmpty: Bool { steps.isEmpty }

    /// The keys, when the path has no list step.
    public var keys: [String]? {
        let keys = steps.compactMap(\.key)
        return keys.count == steps.count ? keys : nil
    }

    /// The steps up to the first list step (which is the list every error of a body is in), nil
    /// when the path reads no list.
    public var listPrefix: [Step]? {
        guard let list = steps.firstIndex(where: { $0 == .each }) ?? steps.firstIndex(where: \.isIndex) else {
            return nil
        }
        return Array(steps[...list])
    }

    /// Whether `self` starts with every step of `other` (a path is a prefix of itself).
    public func hasPrefix(_ other: FieldPath) -> Bool {
        other.steps.count <= steps.count && Array(steps.prefix(other.steps.count)) == other.steps
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

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
