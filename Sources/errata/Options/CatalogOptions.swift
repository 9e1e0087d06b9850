import ArgumentParser
import Errata

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

    @Option(name: .long, help: ArgumentHelp("With --spec: prefix of the generated type names (default: from the service name).", valueName: "prefix"))
    var typePrefix: String?

    @Option(name: .long, help: ArgumentHelp("With --spec: access level of the generated Swift (public, package or internal).", valueName: "level"))
    var accessLevel: String = "public"

    func validate() throws {
        if output != nil, swiftOutput != nil { throw ValidationError("give --output or --swift-output, not both") }
        if output != nil, spec == nil { throw ValidationError("--output goes with --spec") }
        if swiftOutput != nil, spec == nil { throw ValidationError("--swift-output goes with --spec") }
        if !["public", "package", "internal"].contains(accessLevel) {
            throw ValidationError("--access-level must be public, package or internal")
        }
    }

    /// The configuration: `--spec` with `--output`, or errata.yml. (`check --upstream` needs no `--output`.)
    func load() throws -> ErrataConfig {
        if let spec {
            if let swiftOutput {
                return ErrataConfig(catalogs: [.swiftOnly(spec: spec, output: swiftOutput, typePrefix: typePrefix, accessLevel: accessLevel)])
            }
            guard let output else { throw ValidationError("--spec needs --output or --swift-output") }
            return ErrataConfig(catalogs: [.standard(spec: spec, output: output, typePrefix: typePrefix, accessLevel: accessLevel)])
        }
        return try ConfigReader.read(contentsOf: config)
    }
}
