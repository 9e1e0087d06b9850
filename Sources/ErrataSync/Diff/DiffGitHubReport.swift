import ErrataModel

/// Which input's positions annotations point at.
public enum DiffSide: Sendable {
    /// The old input (e.g. the spec, when `check --upstream` compares it with the page).
    case old
    /// The new input (e.g. the changed spec of a pull request).
    case new
}

extension CatalogChanges {
    /// One annotation per change: breaking changes as errors, documentation changes as
    /// warnings, additions as notices; titled with the rule. Each points at the entry on the
    /// `prefer`red side, else on the other side, else at `fallbackPath` with no line.
    public func gitHubAnnotations(prefer side: DiffSide, fallbackPath: String) -> [GitHubAnnotation] {
        changes.map { change in
            let level: GitHubAnnotation.Level = switch change.severity {
            case .breaking: .error
            case .documentation: .warning
            case .addition: .notice
            }
            let preferred = side == .old ? change.oldLocation : change.newLocation
            let other = side == .old ? change.newLocation : change.oldLocation
            let location = preferred ?? other ?? SourceLocation(path: fallbackPath)
            let subject = change.code.map { "\($0): " } ?? ""
            return GitHubAnnotation(
                level, subject + change.sentence, at: location, title: "\(change.rule.rawValue) (\(change.severity.rawValue))")
        }
    }
}
