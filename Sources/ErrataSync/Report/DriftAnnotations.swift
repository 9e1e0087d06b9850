import ErrataModel
import ErrataOutput
import ErrataGenerator

extension DriftReport {
    /// `errata check --report-format github`: one `::error` per missing, changed or orphaned file. A
    /// changed text file is annotated at the first line that differs (from its diff's first hunk).
    public var gitHubAnnotations: [GitHubAnnotation] {
        var annotations = missing.map {
            GitHubAnnotation(.error, "missing: errata generates this file; run `\(CommandHint.errata("generate", writes: true))`", at: SourceLocation(path: $0), title: "missing")
        }
        for change in changed {
            switch change.difference {
            case .text(let diff):
                annotations.append(GitHubAnnotation(
                    .error, "changed: differs from what errata generates; run `\(CommandHint.errata("generate", writes: true))`",
                    at: SourceLocation(path: change.path, line: Self.firstChangedLine(diff)), title: "changed"))
            case .binary:
                annotations.append(GitHubAnnotation(
                    .error, "changed: binary file differs from what errata generates", at: SourceLocation(path: change.path), title: "changed"))
            case .notARegularFile(let kind):
                annotations.append(GitHubAnnotation(
                    .error, "changed: is a \(kind), expected a regular file", at: SourceLocation(path: change.path), title: "changed"))
            }
        }
        annotations += orphaned.map {
            GitHubAnnotation(.error, "orphaned: errata no longer generates this file; `\(CommandHint.errata("generate", writes: true))` removes it", at: SourceLocation(path: $0), title: "orphaned")
        }
        return annotations
    }

    /// The old-side line of the first changed line of the diff (`@@ -12,7 +12,7 @@` and three
    /// context lines → 15), at least 1; nil when the diff has no hunk.
    static func firstChangedLine(_ unifiedDiff: String) -> Int? {
        var line: Int?
        for text in unifiedDiff.split(separator: "\n", omittingEmptySubsequences: false) {
            if let current = line {
                if text.hasPrefix("-") || text.hasPrefix("+") { return max(1, current) }
                line = current + 1
            } else if text.hasPrefix("@@ -"), let start = Int(text.dropFirst(4).prefix(while: \.isNumber)) {
                line = start
            }
        }
        return line.map { max(1, $0) }
    }
}
