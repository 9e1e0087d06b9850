import ArgumentParser
import Errata

extension DiffThreshold: ExpressibleByArgument {}

/// How `diff` prints its report.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    /// Readable text.
    case text
    /// JSON with sorted keys (docs/diff-rules.md).
    case json
    /// GitHub Actions workflow annotations.
    case github
}

/// How `check` prints its report.
enum CheckFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case github
}

/// Fetching a page given as an http(s) URL.
struct FetchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds to wait for a page given as a URL.", valueName: "seconds"))
    var timeout: Double = PageFetcher.defaultTimeout

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    var fetchOptions: UpstreamPage.FetchOptions { UpstreamPage.FetchOptions(timeout: timeout) }
}
