import ArgumentParser
import ErrataSync
import ErrataRenderers
import ErrataGenerator

/// Which catalogs a command works on: `errata.yml`, or one spec given on the command line.
///
/// The options are checked by the commands, with `validate(for:)`: which make sense depends on
/// what the catalogs are for.
struct CatalogOptions: ParsableArguments {
    /// Nil unless given (`ConfigReader.defaultPath` is read then), so that `--spec` can refuse it.
    @Option(name: .long, help: ArgumentHelp("The configuration file (default: \(ConfigReader.defaultPath)).", valueName: "path"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Work on this spec alone instead of the configuration's catalogs.", valueName: "file"))
    var spec: String?

    @Option(name: .long, help: ArgumentHelp("With --spec: the folder that receives Swift/, Docs/ and Fixtures/.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("With --spec, instead of --output: the folder that receives the Swift library alone (what the build-tool plugin uses).", valueName: "dir"))
    var swiftOutput: String?

    @Option(name: .long, help: ArgumentHelp("With --spec: prefix of the generated type names (default: from the spec file name, huawei-ocr.yaml → HuaweiOcr).", valueName: "prefix"))
    var typePrefix: String?

    @Option(name: .long, help: ArgumentHelp("With --spec: access level of the generated Swift (default: public).", valueName: "level"))
    var accessLevel: AccessLevel?

    @Option(name: .long, help: ArgumentHelp("With --spec: how the code type is declared: struct (default; compiles fast at any size) or enum (exhaustive switch).", valueName: "style"))
    var style: SwiftStyle?

    @Option(name: .long, help: ArgumentHelp("With --spec: how the library gets the runtime every generated library shares: embedded (default; its own copy, Foundation only) or shared (imports ErrataRuntime).", valueName: "mode"))
    var runtime: SwiftRuntimeMode?

    @Flag(name: .long, help: "With --spec: also generate <Prefix>ErrorFixtures.swift, one sample error body per documented row, for test doubles.")
    var swiftFixtures = false

    @Flag(name: .long, help: "With --spec and --output: only Docs/ and Fixtures/, no Swift/ (a package whose build-tool plugin generates the Swift at build time).")
    var noSwift = false

    /// What the catalogs are for.
    enum Use {
        /// Generating files, or comparing them with the files on disk (`generate`, `check`).
        case generation
        /// Comparing the spec with its documentation page (`check --upstream`), which writes nothing.
        case upstream
    }

    /// Refuses options that make no sense together or for `use`, each with what to do instead.
    func validate(for use: Use) throws {
        if config != nil, spec != nil {
            throw ValidationError(
                "--spec works on that spec alone and reads no configuration: drop --config, or drop --spec to work on the configuration's catalogs")
        }
        switch use {
        case .upstream:
            // What only generating uses (--spec and --style, which grades new codes, still apply).
            let generating = [
                (output != nil, "--output"), (swiftOutput != nil, "--swift-output"), (typePrefix != nil, "--type-prefix"),
                (accessLevel != nil, "--access-level"), (swiftFixtures, "--swift-fixtures"), (noSwift, "--no-swift"),
                (runtime != nil, "--runtime"),
            ]
            if let option = generating.first(where: { $0.0 })?.1 {
                throw ValidationError("check --upstream compares the spec with its page and generates nothing: drop \(option)")
            }
        case .generation:
            if output != nil, swiftOutput != nil {
                throw ValidationError(
                    "give --output or --swift-output, not both: --output DIR receives DIR/Swift, DIR/Docs and DIR/Fixtures, --swift-output DIR the Swift library alone")
            }
            if spec == nil, let option = [(output, "--output"), (swiftOutput, "--swift-output")].first(where: { $0.0 != nil })?.1 {
                throw ValidationError("\(option) goes with --spec: add --spec FILE, or drop \(option) to generate the configuration's catalogs")
            }
            if spec != nil, output == nil, swiftOutput == nil { throw ValidationError(Self.specNeedsOutput) }
            if noSwift, output == nil {
                throw ValidationError("--no-swift goes with --spec and --output (it leaves Swift/ out of DIR): add --output DIR, or drop --no-swift")
            }
            if noSwift, let option = [(typePrefix != nil, "--type-prefix"), (accessLevel != nil, "--access-level"), (style != nil, "--style"), (swiftFixtures, "--swift-fixtures"), (runtime != nil, "--runtime")].first(where: { $0.0 })?.1 {
                throw ValidationError("\(option) sets the Swift library, which --no-swift leaves out: drop one of them")
            }
        }
        // One spec's Swift settings; the configuration has its own for each catalog.
        let settings = [
            (typePrefix != nil, "--type-prefix", "typePrefix"), (accessLevel != nil, "--access-level", "accessLevel"),
            (style != nil, "--style", "style"), (swiftFixtures, "--swift-fixtures", "fixtures"),
            (runtime != nil, "--runtime", "runtime"),
        ]
        if spec == nil, let (_, option, key) = settings.first(where: { $0.0 }) {
            throw ValidationError(
                "\(option) goes with --spec; with \(config ?? ConfigReader.defaultPath), set swift.\(key) of the catalog there")
        }
    }

    private static let specNeedsOutput = "--spec needs --output DIR (Swift/, Docs/ and Fixtures/) or --swift-output DIR (the Swift library alone)"

    /// The configuration: `--spec` with `--output` or `--swift-output`, or errata.yml.
    func load() throws -> ErrataConfig {
        guard let spec else { return try ConfigReader.read(contentsOf: config ?? ConfigReader.defaultPath) }
        if let swiftOutput {
            return ErrataConfig(catalogs: [.swiftOnly(
                spec: spec, output: swiftOutput, typePrefix: typePrefix, accessLevel: accessLevel ?? .public,
                style: style ?? .struct, fixtures: swiftFixtures, runtime: runtime ?? .embedded)])
        }
        guard let output else { throw ValidationError(Self.specNeedsOutput) }
        var catalog = CatalogConfig.standard(
            spec: spec, output: output, typePrefix: typePrefix, accessLevel: accessLevel ?? .public,
            style: style ?? .struct, fixtures: swiftFixtures, runtime: runtime ?? .embedded)
        if noSwift { catalog.swift = nil }
        return ErrataConfig(catalogs: [catalog])
    }
}
