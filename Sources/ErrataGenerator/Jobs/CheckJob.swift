import ErrataModel
import ErrataOutput

/// `errata check`: render everything in memory and compare it with the files on disk; writes nothing.
public enum CheckJob {
    public struct Result: Sendable {
        public var drift: DriftReport
        public var warnings: [Diagnostic]
    }

    public static func run(_ config: ErrataConfig) throws -> Result {
        let rendered = try CatalogRendering.render(config)
        return Result(drift: try DriftChecker.check(rendered.plan), warnings: rendered.warnings)
    }
}
