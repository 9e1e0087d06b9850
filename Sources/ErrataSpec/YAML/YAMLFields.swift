import ErrataModel
public import Yams

/// Typed, strict access to the nodes of a YAML file (a spec or `errata.yml`).
///
/// Each accessor returns nil for what it cannot accept and records a located problem, so a
/// reader can walk the whole file and report every mistake at once.
public struct YAMLFields {
    public let path: String
    public var problems: [Diagnostic] = []

    public init(path: String) { self.path = path }

    /// Reads `data` as UTF-8 YAML (`TextInput.decode`: a BOM is skipped, line ends made LF, a NUL
    /// or invalid byte is an error at its line and column) and composes its single document.
    public static func compose(_ data: [UInt8], path: String, maximumSize: Int) throws -> Node? {
        guard data.count <= maximumSize else {
            throw Diagnostic.error("the file is \(data.count) bytes; the limit is \(maximumSize)", at: SourceLocation(path: path))
        }
        let text = try TextInput.decode(data, path: path)
        do {
            // No tag resolution: every scalar is taken as written (`NO`, `0101` stay text), and
            // the default resolver's regular expressions cost more than the whole parse.
            return try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw YAMLText.diagnostic(for: error, path: path)
        }
    }

    public mutating func report(_ message: String, at node: Node) {
        problems.append(.error(message, at: location(node)))
    }

    public func location(_ node: Node) -> SourceLocation {
        SourceLocation(path: path, line: node.mark?.line, column: node.mark?.column)
    }

    public func position(_ node: Node) -> String {
        node.mark.map { "line \($0.line)" } ?? "an earlier line"
    }

    /// A mapping with only `allowed` keys, each key once (keys compared as written).
    public mutating func mapping(_ node: Node, _ allowed: Set<String>, what: String) -> Node.Mapping? {
        guard let mapping = node.mapping else {
            report("expected \(what) to be a mapping of keys to values", at: node)
            return nil
        }
        var seen: [String: Node] = [:]
        var valid = true
        for (key, _) in mapping {
            guard let name = key.scalar?.string else {
                report("keys must be plain strings", at: key)
                valid = false
                continue
            }
            if let first = seen[name] {
                report("duplicate key '\(name)' (first at \(position(first)))", at: key)
                valid = false
            } else if !allowed.contains(name) {
                report("unknown key '\(name)' in \(what); expected one of: \(allowed.sorted().joined(separator: ", "))", at: key)
                valid = false
            }
            seen[name] = key
        }
        return valid ? mapping : nil
    }

    public mutating func sequence(_ node: Node, _ key: String) -> [Node] {
        if let sequence = node.sequence { return Array(sequence) }
        if isNull(node) { return [] }
        report("expected '\(key)' to be a list", at: node)
        return []
    }

    /// The longest value accepted, in UTF-8 bytes (10 MB, the HTML reader's cell limit).
    public static let maximumValueBytes = 10 * 1024 * 1024

    /// The scalar's text exactly as written (no YAML 1.1 typing: `NO`, `0101`, `1e3` stay strings).
    /// A value over `maximumValueBytes` is reported and read as nil.
    public mutating func scalar(_ node: Node, _ key: String) -> String? {
        guard let scalar = node.scalar else {
            report("expected '\(key)' to be a string, not a \(node.mapping != nil ? "mapping" : "list")", at: node)
            return nil
        }
        let size = scalar.string.utf8.count
        guard size <= Self.maximumValueBytes else {
            report("'\(key)' is \(size) bytes; a value may hold at most 10 MB", at: node)
            return nil
        }
        return scalar.string
    }

    /// A string that may be left out or empty (`~`, `null` and an empty value count as absent).
    public mutating func optionalString(_ node: Node, _ key: String) -> String? {
        if isNull(node) { return nil }
        return scalar(node, key)
    }

    public mutating func nonEmptyString(_ node: Node, _ key: String) -> String? {
        if isNull(node) {
            report("'\(key)' must not be empty", at: node)
            return nil
        }
        guard let text = scalar(node, key) else { return nil }
        guard !text.isEmpty else {
            report("'\(key)' must not be empty", at: node)
            return nil
        }
        return text
    }

    public mutating func requiredString(_ mapping: Node.Mapping, _ key: String, in parent: Node) -> String? {
        guard let node = mapping[key] else {
            report("missing required key '\(key)'", at: parent)
            return nil
        }
        return nonEmptyString(node, key)
    }

    public mutating func bool(_ node: Node, _ key: String) -> Bool? {
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            report("expected '\(key)' to be true or false", at: node)
            return nil
        }
    }

    public mutating func status(_ node: Node) -> Int? {
        if isNull(node) { return nil }
        guard let text = node.scalar?.string, let value = Int(text), (100...599).contains(value) else {
            report("expected 'status' to be an HTTP status code (100-599)", at: node)
            return nil
        }
        return value
    }

    /// One HTTP status (`status: 400`) or a list of them (`status: [400, 500]`), each 100-599 and
    /// listed once; `~` or `[]` for none. Every item that is not one is reported at its own line.
    public mutating func statuses(_ node: Node) -> [Int] {
        guard let items = node.sequence else { return status(node).map { [$0] } ?? [] }
        var statuses: [Int] = []
        for item in items {
            guard item.scalar != nil, !isNull(item) else {
                report("expected each item of 'status' to be an HTTP status code (100-599)", at: item)
                continue
            }
            guard let value = status(item) else { continue }
            if statuses.contains(value) {
                report("status \(value) is listed twice", at: item)
                continue
            }
            statuses.append(value)
        }
        return statuses
    }

    /// A plain `~`, `null` or empty value. Quoted scalars are never null.
    public func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
