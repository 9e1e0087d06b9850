/// Access level of the declarations in the generated Swift library.
public enum AccessLevel: String, Sendable, CaseIterable {
    case `public`, package, `internal`

    /// The keyword to write before a declaration.
    var keyword: String { rawValue }
}

/// How the code type is declared (docs/configuration.md, "Swift styles").
public enum SwiftStyle: String, Sendable, CaseIterable {
    /// A `RawRepresentable` struct with a static member per documented code: compiles in time
    /// linear in the number of codes; `switch` needs a `default`.
    case `struct`
    /// A Swift `enum` with a case per documented code and `undocumented(String)`: exhaustive
    /// `switch`, `CaseIterable`; compile time grows faster with the number of codes.
    case `enum`
}

/// How a generated library gets the runtime every library shares (docs/runtime.md).
public enum SwiftRuntimeMode: String, Sendable, CaseIterable {
    /// `import ErrataRuntime`: the package depends on errata's `ErrataRuntime` product, compiled
    /// once for every service (the build-tool plugin's default).
    case shared
    /// The runtime's own source files, renamed with the type prefix and made internal, written
    /// beside the library: it needs nothing but Foundation (the default for committed code).
    case embedded
}

/// Settings of the Swift renderer.
public struct SwiftRenderOptions: Sendable {
    /// Prefix of every generated type: `HuaweiOCR` gives `HuaweiOCRErrorCode`, `HuaweiOCRError`, `HuaweiOCRModule`, …
    public var typePrefix: String
    /// Access level of the generated API.
    public var accessLevel: AccessLevel
    /// The spec the code is generated from, named in each file's header, e.g. `spec/huawei-ocr.yaml`.
    public var specPath: String
    /// How the code type is declared.
    public var style: SwiftStyle
    /// Also generate `PErrorFixtures.swift`: one sample body per documented row, for test doubles.
    public var fixtures: Bool
    /// The files are generated at build time (by the build-tool plugin), not committed: the
    /// header says so instead of naming the command that regenerates them.
    public var buildTime: Bool
    /// Whether the library imports the shared runtime or carries its own copy.
    public var runtime: SwiftRuntimeMode

    public init(
        typePrefix: String, accessLevel: AccessLevel = .public, specPath: String, style: SwiftStyle = .struct,
        fixtures: Bool = false, buildTime: Bool = false, runtime: SwiftRuntimeMode = .embedded
    ) {
        self.typePrefix = typePrefix
        self.accessLevel = accessLevel
        self.specPath = specPath
        self.style = style
        self.fixtures = fixtures
        self.buildTime = buildTime
        self.runtime = runtime
    }
}
