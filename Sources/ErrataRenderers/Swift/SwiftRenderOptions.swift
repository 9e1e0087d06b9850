/// Access level of the declarations in the generated Swift library.
public enum AccessLevel: String, Sendable, CaseIterable {
    case `public`, package, `internal`

    /// The keyword to write before a declaration.
    var keyword: String { rawValue }
}

/// Settings of the Swift renderer.
public struct SwiftRenderOptions: Sendable {
    /// Prefix of every generated type: `HuaweiOCR` gives `HuaweiOCRErrorCode`, `HuaweiOCRError`, `HuaweiOCRModule`, …
    public var typePrefix: String
    /// Access level of the generated API.
    public var accessLevel: AccessLevel
    /// The spec the code is generated from, named in each file's header, e.g. `spec/huawei-ocr.yaml`.
    public var specPath: String

    public init(typePrefix: String, accessLevel: AccessLevel = .public, specPath: String) {
        self.typePrefix = typePrefix
        self.accessLevel = accessLevel
        self.specPath = specPath
    }
}
