/// One output file, rendered fully in memory. Renderers produce these; the output stage writes them.
public struct RenderedFile: Hashable, Sendable {
    /// Path relative to the renderer's output folder, `/`-separated, e.g. `HuaweiOCRErrorCode.swift`.
    public var path: String
    /// The file's complete text: LF line ends and a trailing newline.
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
