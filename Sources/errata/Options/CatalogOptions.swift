import ArgumentParser
import Errata
import ErrataRenderers
import ErrataBuild

extension SwiftStyle: ExpressibleByArgument {}

/// Which catalogs a command works on: `errata.yml`, or one spec given on the command line.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The configuration file.", valueName: "path"))
    var config: String = ConfigReader.defaultPath

    @Option(name: .long, help: ArgumentHelp("Work on this spec alone instead of the configuration's catalogs.", valueName: "file"))
    var spec: String?

    @Option(name: .long, help: ArgumentHelp("With --spec: the folder that receives Swift/, Docs/ and Fixtures/.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("With --spec, instead of --output: the folder that receives the Swift library alone (what the build-tool plugin uses).", valueName: "dir"))
    var swiftOutput: String?

    @Option(name: .long, help: ArgumentHelp("With --spec: prefix of the generated type names (default: from the spec file name, huawei-ocr.yaml → HuaweiOcr).", valueName: "prefix"))
    var typePrefix: String?

    @Option(name: .long, help: ArgumentHelp("With --spec: access level of the generated Swift (public, package or internal).", valueName: "level"))
    var accessLevel: String = "public"

    @Option(name: .long, help: ArgumentHelp("With --spec: how the code type is declared: struct (default; compiles fast at any size) or enum (exhaustive switch).", valueName: "style"))
    var style: SwiftStyle = .struct

    @Flag(name: .long, help: "With --spec: also generate <Prefix>ErrorFixtures.swift, one sample error body per documented row, for test doubles.")
    var swiftFixtures = false

    func validate() throws {
        if output != nil, swiftOutput != nil { throw ValidationError("give --output or --swift-output, not both") }
        if output != nil, spec == nil { throw ValidationError("--output goes with --spec") }
        if swiftOutput != nil, spec == nil { throw ValidationError("--swift-output goes with --spec") }
        if spec == nil, style != .struct || swiftFixtures {
            throw ValidationError("--style and --swift-fixtures go with --spec; with errata.yml, set swift.style and swift.fixtures there")
        }
        if !["public", "package", "internal"].contains(accessLevel) {
            throw ValidationError("--access-level must be public, package or internal")
        }
    }

    /// The configuration: `--spec` with `--output`, or errata.yml. (`check --upstream` needs no `--output`.)
    func load() throws -> ErrataConfig {
        if let spec {
            if let swiftOutput {
                return ErrataConfig(catalogs: [.swiftOnly(
                    spec: spec, output: swiftOutput, typePrefix: typePrefix, accessLevel: accessLevel, style: style,
                    fixtures: swiftFixtures)])
            }
            guard let output else { throw ValidationError("--spec needs --output or --swift-output") }
            return ErrataConfig(catalogs: [.standard(
                spec: spec, output: output, typePrefix: typePrefix, accessLevel: accessLevel, style: style,
                fixtures: swiftFixtures)])
        }
        return try ConfigReader.read(contentsOf: config)
    }
}
