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
    public static func compileAndRun(_ files: [(name: String, contents: String)]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errata-swift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(file.name)
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
