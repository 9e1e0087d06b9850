import ErrataSpec
public import ErrataModel
public import ErrataRenderers

/// What `errata generate` and `errata check` do: `errata.yml` at the repository root, or the
/// `--spec` / `--output` options for a single spec (format: docs/configuration.md).
public struct ErrataConfig: Hashable, Sendable {
    /// The folder every path of `catalogs` is relative to: that of `errata.yml`, or `.`.
    public var root: String
    public var catalogs: [CatalogConfig]
    /// Further folders errata owns wholly (e.g. `Generated`): any file in them that no catalog
    /// generates is drift for `check`, and `generate` removes it. Output folders are always owned.
    public var owns: [String]
    /// Warnings `--strict` accepts (`allowWarnings`), as `--allow-warning` does on the command line.
    public var allowWarnings: [Diagnostic.Name]

    public init(root: String = ".", catalogs: [CatalogConfig], owns: [String] = [], allowWarnings: [Diagnostic.Name] = []) {
        self.root = root
        self.catalogs = catalogs
        self.owns = owns
        self.allowWarnings = allowWarnings
    }

    /// `path` (relative to `root`) as a path usable from the working directory.
    public func resolve(_ path: String) -> String { Path.join(root, path) }
}

/// One spec and the outputs generated from it. Paths are relative to `ErrataConfig.root`; they are
/// shown as written (in messages and in generated headers), so output does not depend on where it ran.
public struct CatalogConfig: Hashable, Sendable {
    /// The YAML spec.
    public var spec: String
    /// Base name of the docs page and the fixtures folder, e.g. `huawei-ocr`.
    public var name: String
    /// Swift library output, or nil to skip it.
    public var swift: SwiftOutput?
    /// Folder of the Markdown pages (`<name>.md`, and `<name>.<tag>.md` per locale), or nil to skip them.
    public var docs: String?
    /// Folder that receives `<name>/…json` fixtures, or nil to skip them.
    public var fixtures: String?

    public init(spec: String, name: String, swift: SwiftOutput?, docs: String?, fixtures: String?) {
        self.spec = spec
        self.name = name
        self.swift = swift
        self.docs = docs
        self.fixtures = fixtures
    }

    /// Where the generated Swift goes and how its types are named.
    public struct SwiftOutput: Hashable, Sendable {
        public var output: String
        /// Prefix of every generated type, e.g. `HuaweiOCR` → `HuaweiOCRErrorCode`. Nil: derived from the service name.
        public var typePrefix: String?
        /// Access level of the generated declarations.
        public var accessLevel: AccessLevel
        /// How the code type is declared: a struct (default) or an enum.
        public var style: SwiftStyle
        /// Also generate `PErrorFixtures.swift` (sample bodies for test doubles).
        public var fixtures: Bool
        /// Whether the library imports the shared runtime or carries its own copy (default: embedded).
        public var runtime: SwiftRuntimeMode
        /// Generated at build time by the build-tool plugin (the files' header says so).
        public var buildTime = false

        public init(
            output: String, typePrefix: String? = nil, accessLevel: AccessLevel = .public, style: SwiftStyle = .struct,
            fixtures: Bool = false, runtime: SwiftRuntimeMode = .embedded
        ) {
            self.output = output
            self.typePrefix = typePrefix
            self.accessLevel = accessLevel
            self.style = style
            self.fixtures = fixtures
            self.runtime = runtime
        }
    }

    /// The layout `errata generate --spec FILE --output DIR` uses: DIR/Swift, DIR/Docs, DIR/Fixtures.
    public static func standard(
        spec: String, output: String, typePrefix: String?, accessLevel: AccessLevel = .public, style: SwiftStyle = .struct,
        fixtures: Bool = false, runtime: SwiftRuntimeMode = .embedded
    ) -> CatalogConfig {
        let name = FileName.specName(spec)
        return CatalogConfig(
            spec: spec, name: name,
            swift: SwiftOutput(
                output: Path.join(output, "Swift"), typePrefix: typePrefix, accessLevel: accessLevel, style: style,
                fixtures: fixtures, runtime: runtime),
            docs: Path.join(output, "Docs"),
            fixtures: Path.join(output, "Fixtures"))
    }

    /// The layout `errata generate --spec FILE --swift-output DIR` uses: the Swift library alone,
    /// directly in DIR (the build-tool plugin's mode). No docs, no fixtures.
    public static func swiftOnly(
        spec: String, output: String, typePrefix: String?, accessLevel: AccessLevel = .public, style: SwiftStyle = .struct,
        fixtures: Bool = false, runtime: SwiftRuntimeMode = .embedded
    ) -> CatalogConfig {
        CatalogConfig(
            spec: spec, name: FileName.specName(spec),
            swift: SwiftOutput(
                output: output, typePrefix: typePrefix, accessLevel: accessLevel, style: style, fixtures: fixtures,
                runtime: runtime),
            docs: nil, fixtures: nil)
    }
}
