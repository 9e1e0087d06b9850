import ArgumentParser

/// The formats errata prints in: reports on standard output (`--report-format` of `check` and `diff`)
/// and warnings and notes on standard error (`--diagnostics`). The help lists each format with
/// what it prints.
protocol OutputFormat: CaseIterable, Hashable, RawRepresentable<String>, ExpressibleByArgument {
    /// What each format prints, for the help.
    static var summaries: [Self: String] { get }
}

extension OutputFormat {
    static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, summaries[$0] ?? "") })
    }
}

/// What the report formats of `check` and `diff` print alike.
private enum Report {
    static let text = "Readable text."
    static let annotations = "GitHub Actions workflow annotations (::error file=…,line=…::…)."
}

/// How `diff` prints its report.
enum DiffFormat: String, OutputFormat {
    case text, json, github

    static let summaries: [Self: String] = [
        .text: Report.text, .json: "JSON with sorted keys, for scripts (docs/diff-rules.md).", .github: Report.annotations,
    ]
}

/// How `check` prints its report.
enum CheckFormat: String, OutputFormat {
    case text, github

    static let summaries: [Self: String] = [.text: Report.text, .github: Report.annotations]
}

/// How warnings and notes are printed on standard error.
enum DiagnosticFormat: String, OutputFormat {
    case text, github

    static let summaries: [Self: String] = [
        .text: "Readable text (path:line:col: warning: …).",
        .github: "GitHub Actions workflow annotations (::warning file=…,line=…::…).",
    ]
}
