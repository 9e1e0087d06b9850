import ErrataModel
import ErrataOutput

/// `errata generate`: render everything in memory, then write only what changed.
public enum GenerateJob {
    public struct Result: Sendable {
        public var write: WriteReport
        /// Suspicious input that did not stop the run, e.g. a transliterated Swift name.
        public var warnings: [Diagnostic]
    }

    /// - Parameter review: sees the warnings before anything is written; throwing stops the run.
    public static func run(_ config: ErrataConfig, review: ([Diagnostic]) throws -> Void = { _ in }) throws -> Result {
        let rendered = try CatalogRendering.render(config)
        try review(rendered.warnings)
        return Result(write: try OutputWriter.write(rendered.plan), warnings: rendered.warnings)
    }
}
