import Foundation

/// Runs `/usr/bin/diff -u` with fixed labels (so no timestamps) for comparison.
enum GNUDiff {
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/diff") }

    static func unified(_ old: [UInt8], _ new: [UInt8], label: String, context: Int = 3, extra: [String] = []) throws -> String {
        let scratch = try ScratchDirectory()
        try scratch.write("old", bytes: old)
        try scratch.write("new", bytes: new)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-U", "\(context)"] + extra + ["--label", "a/\(label)", "--label", "b/\(label)", scratch.url("old"), scratch.url("new")]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
