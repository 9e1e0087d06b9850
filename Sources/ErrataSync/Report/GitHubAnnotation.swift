import ErrataModel

/// A GitHub Actions workflow command that annotates a file: `::error file=…,line=…::message`.
public struct GitHubAnnotation: Hashable, Sendable, CustomStringConvertible {
    public enum Level: String, Sendable { case error, warning, notice }

    public var level: Level
    public var location: SourceLocation?
    public var title: String?
    public var message: String

    public init(_ level: Level, _ message: String, at location: SourceLocation? = nil, title: String? = nil) {
        self.level = level
        self.message = message
        self.location = location
        self.title = title
    }

    /// The command line, properties and message escaped as GitHub requires (`%`, CR, LF; and
    /// `:` `,` in properties), so any text stays on one line.
    public var description: String {
        var properties: [String] = []
        if let location {
            properties.append("file=" + Self.escapeProperty(location.path))
            if let line = location.line {
                properties.append("line=\(line)")
                if let column = location.column { properties.append("col=\(column)") }
            }
        }
        if let title { properties.append("title=" + Self.escapeProperty(title)) }
        let head = properties.isEmpty ? "::\(level.rawValue)" : "::\(level.rawValue) " + properties.joined(separator: ",")
        return head + "::" + Self.escapeData(message)
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

extension Diagnostic {
    /// The diagnostic as an annotation: errors as `::error`, warnings as `::warning`, notes as `::notice`.
    public var gitHubAnnotation: GitHubAnnotation {
        let level: GitHubAnnotation.Level = switch severity {
        case .error: .error
        case .warning: .warning
        case .note: .notice
        }
        return GitHubAnnotation(level, text, at: location)
    }
}
