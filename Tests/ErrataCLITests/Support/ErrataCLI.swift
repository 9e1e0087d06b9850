import Foundation
import ErrataTestSupport

/// Runs the built `errata` executable, as a user would.
enum ErrataCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repoRoot = RepositoryPaths.root

    /// The `errata` binary built next to the test bundle.
    static let executable = builtExecutable("errata")
    /// The build-tool plugin's tool.
    static let buildTool = builtExecutable("errata-build")

    static func builtExecutable(_ name: String) -> URL {
        let buildDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [buildDirectory, buildDirectory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repoRoot.appendingPathComponent(".build/debug/\(name)")
    }

    /// Runs `executable`; `environment` adds to (or overrides) the test's own environment.
    static func run(
        _ arguments: [String], in directory: URL, executable: URL = executable, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A scratch folder holding a copy of the bundled OCR spec and an errata.yml like the repository's.
struct Workspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("errata-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("spec"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: ErrataCLI.repoRoot.appendingPathComponent("spec/huawei-ocr.yaml"),
            to: root.appendingPathComponent("spec/huawei-ocr.yaml"))
        try FileManager.default.copyItem(
            at: ErrataCLI.repoRoot.appendingPathComponent("errata.yml"),
            to: root.appendingPathComponent("errata.yml"))
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func run(_ arguments: String...) throws -> ErrataCLI.Result {
        try ErrataCLI.run(arguments, in: root)
    }

    func run(_ arguments: [String]) throws -> ErrataCLI.Result {
        try ErrataCLI.run(arguments, in: root)
    }

    /// Every file under `Generated/`, relative to the workspace, sorted.
    func generatedFiles() throws -> [String] {
        let base = url("Generated")
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var files: [String] = []
        for case let file as URL in enumerator where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files.append("Generated/" + file.path.dropFirst(base.path.count + 1))
        }
        return files.sorted()
    }

    func modificationDates() throws -> [String: Date] {
        var dates: [String: Date] = [:]
        for file in try generatedFiles() {
            dates[file] = try FileManager.default.attributesOfItem(atPath: url(file).path)[.modificationDate] as? Date
        }
        return dates
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
