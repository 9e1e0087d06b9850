import Foundation

/// `errata-embed-runtime OUTPUT FILE…`: writes a Swift file holding each of the runtime's source
/// files, by name, base-64 encoded, for the Swift renderer's embedded mode. Run at build time by
/// the `ErrataRuntimeSource` plugin over `Sources/ErrataRuntime`, so the generator carries the
/// runtime's source as compiled into it and reads no repository at run time.
@main
struct ErrataRuntimeEmbedder {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let output = arguments.first else {
            FileHandle.standardError.write(Data("usage: errata-embed-runtime OUTPUT FILE...\n".utf8))
            exit(2)
        }
        let files = arguments.dropFirst().sorted { name(of: $0) < name(of: $1) }
        var text = """
            // Generated at build time by errata-embed-runtime from Sources/ErrataRuntime. Do not edit.

            /// The runtime's source files (`Sources/ErrataRuntime`), by file name, base-64 encoded UTF-8.
            enum EmbeddedRuntimeFiles {
                static let files: [(name: String, base64: String)] = [

            """
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            text += "        (\"\(name(of: file))\", \"\(data.base64EncodedString())\"),\n"
        }
        text += "    ]\n}\n"
        let url = URL(fileURLWithPath: output)
        if (try? Data(contentsOf: url)) != Data(text.utf8) { try Data(text.utf8).write(to: url, options: .atomic) }
    }

    private static func name(of path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }
}
