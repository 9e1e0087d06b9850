/// Settings of `MarkdownRenderer`.
public struct MarkdownRenderOptions: Hashable, Sendable {
    /// Name of the page without extension, e.g. `huawei-ocr`: the page is `<baseName>.md`, a
    /// locale's page `<baseName>.<tag>.md` (`MarkdownRenderer.pageName`).
    public var baseName: String
    /// Path of the spec the page is generated from, as the generated-file notice names it.
    public var specPath: String

    public init(baseName: String, specPath: String) {
        self.baseName = baseName
        self.specPath = specPath
    }
}
