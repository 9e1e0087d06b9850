import Foundation

/// Compiles Swift sources with the toolchain's `swiftc` (Swift 6 mode, warnings as errors) and
/// runs the program: how tests prove that generated code compiles and behaves.
public enum SwiftCompiler {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// `swiftc` from `$SWIFTC`, else the first on `PATH`.
    public static func swiftc() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["SWIFTC"] { return URL(fileURLWithPath: explicit) }
        for folder in (environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swiftc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure("swiftc not found on PATH")
    }

    /// Compiles `files` (name and contents; one of them `main.swift`) into one program, runs it,
    /// returns what it printed. Throws with the compiler's or the program's output on failure.
    /// With `runtime`, the program links that library (`import ErrataRuntime`, the shared mode).
    public static func compileAndRun(_ files: [(name: String, contents: String)], runtime: RuntimeLibrary? = nil) throws -> String {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try write(files, into: folder)
        let binary = folder.appendingPathComponent("driver").path
        let linking = runtime.map { ["-I", $0.folder.path, "-L", $0.folder.path, "-lErrataRuntime", "-Xlinker", "-rpath", "-Xlinker", $0.folder.path] } ?? []
        let compile = try run(swiftc(), strict + ["-module-name", "Generated", "-o", binary] + linking + paths)
        guard compile.status == 0 else { throw Failure("swiftc failed:\n\(compile.output)") }
        let result = try run(URL(fileURLWithPath: binary), [])
        guard result.status == 0 else { throw Failure("driver failed:\n\(result.output)") }
        return result.output
    }

    /// Swift 6 mode, warnings as errors.
    private static let strict = ["-swift-version", "6", "-enable-upcoming-feature", "ExistentialAny", "-warnings-as-errors"]

    /// The runtime compiled as its own module, `ErrataRuntime` (a shared library), as an app that
    /// uses generated libraries in the shared mode links it.
    public final class RuntimeLibrary: Sendable {
        public let folder: URL

        /// The runtime built from `sources` (name and contents).
        public init(sources: [(name: String, contents: String)]) throws {
            folder = try SwiftCompiler.temporaryFolder()
            let paths = try SwiftCompiler.write(sources, into: folder)
            #if os(macOS)
            let library = folder.appendingPathComponent("libErrataRuntime.dylib").path
            #else
            let library = folder.appendingPathComponent("libErrataRuntime.so").path
            #endif
            let compile = try SwiftCompiler.run(
                swiftc(),
                SwiftCompiler.strict + ["-parse-as-library", "-emit-library", "-emit-module", "-module-name", "ErrataRuntime",
                 "-emit-module-path", folder.appendingPathComponent("ErrataRuntime.swiftmodule").path, "-o", library] + paths)
            guard compile.status == 0 else { throw Failure("swiftc failed on the runtime:\n\(compile.output)") }
        }

        /// The runtime of this repository (`Sources/ErrataRuntime` with its `Core` folder, one module),
        /// built once per test process.
        public static func repository() throws -> RuntimeLibrary {
            try built.get()
        }

        private static let built = Result { try RuntimeLibrary(sources: repositorySources()) }

        /// The folders of the runtime's module: the target `ErrataRuntime`, and its `Core`, which is also
        /// the target `ErrataRuntimeCore` (a link to it) the generator uses.
        public static let folders = ["Sources/ErrataRuntime", "Sources/ErrataRuntime/Core"]

        /// The runtime's source files, by name, in name order (no name is in both folders).
        public static func repositorySources() throws -> [(name: String, contents: String)] {
            var files: [(name: String, contents: String)] = []
            for path in folders {
                let folder = RepositoryPaths.path(path)
                let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
                files += try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
            }
            return files.sorted { $0.name < $1.name }
        }
    }

    private static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errata-swift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func write(_ files: [(name: String, contents: String)], into folder: URL) throws -> [String] {
        try files.map { file in
            let url = folder.appendingPathComponent(file.name)
            try Data(file.contents.utf8).write(to: url)
            return url.path
        }
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
