import Foundation

/// The embedded runtime mode's files: each source file of the `ErrataRuntime` target, as compiled
/// into the renderer (`EmbeddedRuntimeFiles`, written by `scripts/embed-runtime.sh` and checked
/// against the target by `EmbeddedRuntimeFilesTests`), changed only by the renaming rule of
/// docs/runtime.md:
///
/// 1. every identifier that starts with `Errata` followed by an upper-case letter gets the type
///    prefix in front (`ErrataBody` → `HuaweiOCRErrataBody`), also in comments;
/// 2. every `public` modifier that starts a declaration (at the start of a line, after attributes
///    such as `@inlinable`) is removed, making the declaration internal, except in the files that
///    are the API of generated libraries (they hold `apiMarker`) of a public or package library:
///    its types are the runtime's generic types (`HuaweiOCRError` is
///    `HuaweiOCRErrataError<HuaweiOCRErrorTable>`), which its public typealiases can only name
///    when they are public;
///
/// and named `P` + the file's name (`HuaweiOCRErrataBody.swift`) with the generated files' header
/// in front. Two embedded services in one module, or an embedded and a shared one in one app, so
/// never collide.
enum SwiftRuntimeFiles {
    /// The line that marks a runtime file as the API of generated libraries.
    static let apiMarker = "// The API of generated libraries: an embedded copy of this file keeps its `public` modifiers."

    /// The runtime's source files, by name, in name order.
    static let sources: [(name: String, contents: String)] = EmbeddedRuntimeFiles.files.map { file in
        // The build step encodes each file it read; a file that does not decode is a broken build.
        guard let data = Data(base64Encoded: file.base64) else { preconditionFailure("embedded runtime file \(file.name) is corrupt") }
        return (file.name, String(decoding: data, as: UTF8.self))
    }

    /// The names of the files the embedded mode writes for type prefix `prefix`.
    static func fileNames(typePrefix prefix: String) -> [String] {
        sources.map { prefix + $0.name }
    }

    /// The embedded copy's files for `context`.
    static func files(_ context: SwiftContext) -> [RenderedFile] {
        sources.map { file in
            RenderedFile(
                path: context.options.typePrefix + file.name,
                contents: context.header + "\n"
                    + embedded(
                        file.contents, prefix: context.options.typePrefix,
                        keepPublic: context.options.accessLevel != .internal && file.contents.contains(apiMarker + "\n")))
        }
    }

    /// `source` under the renaming rule.
    static func embedded(_ source: String, prefix: String, keepPublic: Bool) -> String {
        keepPublic ? renamed(source, prefix: prefix) : withoutPublicModifiers(renamed(source, prefix: prefix))
    }

    /// Every `Errata` + upper-case letter that starts a word, prefixed.
    static func renamed(_ source: String, prefix: String) -> String {
        let scalars = Array(source.unicodeScalars)
        let word = Array("Errata".unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "E", index + word.count < scalars.count, Array(scalars[index..<(index + word.count)]) == word,
                ("A"..."Z").contains(scalars[index + word.count]), index == 0 || !isWordScalar(scalars[index - 1])
            {
                out.append(contentsOf: prefix.unicodeScalars)
            }
            out.append(scalars[index])
            index += 1
        }
        return String(out)
    }

    /// Without the `public` modifier that starts a declaration: at a line's start, after
    /// whitespace and attributes (`@name` with an optional parenthesised argument, each followed
    /// by whitespace, line breaks included).
    static func withoutPublicModifiers(_ source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        let keyword = Array("public ".unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        var lineStart = true
        while index < scalars.count {
            guard lineStart else {
                lineStart = scalars[index] == "\n"
                out.append(scalars[index])
                index += 1
                continue
            }
            // Whitespace, then attributes each followed by whitespace.
            var position = index
            while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
            while position < scalars.count, scalars[position] == "@" {
                var end = position + 1
                while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
                guard end > position + 1 else { break }
                if end < scalars.count, scalars[end] == "(" {
                    var close = end + 1
                    while close < scalars.count, scalars[close] != ")" { close += 1 }
                    if close < scalars.count { end = close + 1 }
                }
                var after = end
                while after < scalars.count, scalars[after].properties.isWhitespace { after += 1 }
                guard after > end else { break }
                position = after
            }
            out.append(contentsOf: scalars[index..<position])
            if position + keyword.count <= scalars.count, Array(scalars[position..<(position + keyword.count)]) == keyword {
                position += keyword.count
            }
            lineStart = false
            index = position
        }
        return String(out)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
