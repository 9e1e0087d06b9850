import ErrataOutput

/// `errata generate`: render everything in memory, then write only what changed.
public enum GenerateJob {
    public static func run(_ config: ErrataConfig) throws -> WriteReport {
        let plan = try CatalogRendering.plan(for: config)
        return try OutputWriter.write(plan)
    }
}
