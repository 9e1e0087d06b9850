import ErrataOutput

/// `errata check`: render everything in memory and compare it with the files on disk; writes nothing.
public enum CheckJob {
    public static func run(_ config: ErrataConfig) throws -> DriftReport {
        let plan = try CatalogRendering.plan(for: config)
        return try DriftChecker.check(plan)
    }
}
