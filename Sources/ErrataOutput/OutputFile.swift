/// A file the output stage is asked to write or check: where, and its exact bytes.
public struct OutputFile: Hashable, Sendable {
    /// Absolute or working-directory-relative path of the file.
    public var path: String
    /// The file's complete contents.
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
