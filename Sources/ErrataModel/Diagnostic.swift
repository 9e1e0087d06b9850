/// An error or warning about an input, printed as `path:line:col: error: message`; a warning
/// ends with its name, `path:line:col: warning: message [no-sample-body]`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The warning's stable name (nil for errors and notes): what `--allow-warning` and
    /// `allowWarnings` in `errata.yml` accept.
    public var name: Name?

    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation? = nil, name: Name? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.name = name
    }

    public static func error(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// Every warning has a name, listed in docs/diagnostics.md.
    public static func warning(_ name: Name, _ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, name: name)
    }

    /// The message, then the warning's name in brackets.
    public var text: String { message + (name.map { " [\($0.rawValue)]" } ?? "") }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(text)"
    }
}

/// Several diagnostics reported together (e.g. every problem found in one spec).
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var items: [Diagnostic]

    public init(_ items: [Diagnostic]) { self.items = items }

    public var description: String { items.map(\.description).joined(separator: "\n") }
}
