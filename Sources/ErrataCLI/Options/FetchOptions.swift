import ArgumentParser
import ErrataSync

/// Fetching a page given as an http(s) URL.
struct FetchOptions: ParsableArguments {
    /// Nil unless given, so that a command can tell whether it was (`check` fetches only with `--upstream`).
    @Option(help: ArgumentHelp(
        "Seconds to wait for a page given as a URL (default: \(PageFetcher.defaultTimeout.formatted)).", valueName: "seconds"))
    var timeout: Double?

    func validate() throws {
        guard !OptionChecks.deferred else { return }
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds, e.g. --timeout \(PageFetcher.defaultTimeout.formatted)")
        }
    }

    var fetchOptions: UpstreamPage.FetchOptions { UpstreamPage.FetchOptions(timeout: timeout ?? PageFetcher.defaultTimeout) }
}

extension Double {
    /// `30` for 30.0, `1.5` for 1.5.
    fileprivate var formatted: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
