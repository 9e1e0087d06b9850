import ErrataModel

/// Checks of the base names the Markdown and fixtures renderers put into output paths.
enum OutputBaseName {
    /// `baseName` is one usable path component: not empty, not `.` or `..`, no `/`, `\` or line break.
    static func check(_ baseName: String) throws {
        let invalid = baseName.isEmpty || baseName == "." || baseName == ".."
            || baseName.contains { $0 == "/" || $0 == "\\" || $0.isNewline }
        if invalid {
            throw Diagnostic.error("invalid output base name \"\(baseName)\": it must be one file name")
        }
    }
}
