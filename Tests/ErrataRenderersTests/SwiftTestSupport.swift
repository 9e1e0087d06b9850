import ErrataModel
import ErrataRenderers
import Foundation
import ErrataTestSupport

/// Fixture paths, rendering and compiling generated Swift in tests.
enum SwiftTestSupport {
    static let fixtures = RepositoryPaths.fixtures
    static let goldenFolder = fixtures.appendingPathComponent("Golden/Swift")

    static func catalog(_ name: String) throws -> Catalog {
        try CatalogJSON.decode(String(contentsOf: fixtures.appendingPathComponent("Catalogs/\(name)"), encoding: .utf8))
    }

    static let sampleOptions = SwiftRenderOptions(
        typePrefix: "HuaweiOCR", accessLevel: .public, specPath: "spec/huawei-ocr.yaml")

    /// `swiftc` from `$SWIFTC`, else the first on `PATH`.
    static func swiftc() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["SWIFTC"] { return URL(fileURLWithPath: explicit) }
        for folder in (environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swiftc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure("swiftc not found on PATH")
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Compiles `files` plus `main` (warnings are errors, Swift 6 mode), runs it, returns its output.
    static func compileAndRun(_ files: [RenderedFile], main: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("errata-swift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in files + [RenderedFile(path: "main.swift", contents: main)] {
            let url = folder.appendingPathComponent(file.path)
            try Data(file.contents.utf8).write(to: url)
            paths.append(url.path)
        }
        let binary = folder.appendingPathComponent("driver").path
        let compile = try run(
            swiftc(),
            ["-swift-version", "6", "-enable-upcoming-feature", "ExistentialAny", "-warnings-as-errors",
             "-module-name", "Generated", "-o", binary] + paths)
        guard compile.status == 0 else { throw Failure("swiftc failed:\n\(compile.output)") }
        let result = try run(URL(fileURLWithPath: binary), [])
        guard result.status == 0 else { throw Failure("driver failed:\n\(result.output)") }
        return result.output
    }

    private static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
