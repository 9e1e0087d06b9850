import ErrataModel
import ErrataOutput

extension WriteReport {
    /// What `errata generate` prints: each file written or removed, then the counts.
    public var summary: String {
        var lines = written.map { "wrote \($0)" } + removed.map { "removed \($0)" }
        lines.append("\(written.count) written, \(removed.count) removed, \(unchanged.count) unchanged" + (changedNothing ? " (nothing to do)" : ""))
        return lines.joined(separator: "\n")
    }
}

extension DriftReport {
    /// One line per file that differs, and a verdict.
    public var summary: String {
        if isInSync { return "in sync" }
        let lines = missing.map { "missing: \($0)" } + changed.map { "changed: \($0.path)" } + orphaned.map { "orphaned: \($0)" }
        return (lines + [verdict]).joined(separator: "\n")
    }

    /// Every difference with its unified diff, and a verdict.
    public var fullReport: String {
        isInSync ? "in sync" : description + verdict
    }

    private var verdict: String {
        "drift: \(missing.count) missing, \(changed.count) changed, \(orphaned.count) orphaned; run `\(CommandHint.errata("generate", writes: true))` to update"
    }
}

/// Errors as the command line prints them: `path:line:col: error: message` where a position is known.
public enum ErrorText {
    /// The text for errors errata knows, nil for others.
    public static func describe(_ error: any Error) -> String? {
        switch error {
        case let diagnostics as Diagnostics: return diagnostics.description
        case let diagnostic as Diagnostic: return diagnostic.description
        case let output as OutputError: return Diagnostic.error(output.reasonText, at: SourceLocation(path: output.path)).description
        default: return nil
        }
    }
}
