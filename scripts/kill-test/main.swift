// Compiled together with Sources/ErrataOutput/*.swift by scripts/kill-test.sh (one module, so the
// real writer is used without an executable target in Package.swift).
//
//   kill-test write <dir> <first-generation>   rewrite the plan forever, alternating generations
//   kill-test verify <dir>                     exit 1 if any file is torn; print temp-file count
//   kill-test settle <dir> <generation>        write once; exit 1 unless swept and in sync
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let fileCount = 120

func contents(file: Int, generation: Int) -> String {
    let lines = 200 + (file * 37) % 900
    var text = "file \(file) generation \(generation)\n"
    for line in 0..<lines { text += "file \(file) generation \(generation) line \(line) of \(lines)\n" }
    return text
}

func plan(_ dir: String, generation: Int) -> OutputPlan {
    OutputPlan(
        files: (0..<fileCount).map { OutputFile(path: "\(dir)/Gen/\($0 % 7)/file\($0).txt", text: contents(file: $0, generation: generation)) },
        ownedDirectories: ["\(dir)/Gen"])
}

func fail(_ message: String) -> Never {
    fputs("kill-test: \(message)\n", stderr)
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: kill-test write|verify|settle <dir> [generation]") }
let dir = arguments[2]
switch arguments[1] {
case "write":
    var generation = Int(arguments[3])!
    while true {
        do { _ = try OutputWriter.write(plan(dir, generation: generation)) } catch { fail("\(error)") }
        generation += 1
    }
case "verify":
    var temporaries = 0
    var present = 0
    for file in 0..<fileCount {
        let path = "\(dir)/Gen/\(file % 7)/file\(file).txt"
        guard let bytes = try? FileSystem.readFile(path, display: path) else { continue }
        present += 1
        let text = String(decoding: bytes, as: UTF8.self)
        let first = text.prefix { $0 != "\n" }
        guard let generation = first.split(separator: " ").last.flatMap({ Int($0) }),
              text == contents(file: file, generation: generation) else { fail("\(path) is torn") }
    }
    for folder in 0..<7 {
        let path = "\(dir)/Gen/\(folder)"
        let names = (try? FileSystem.entries(of: path, display: path)) ?? []
        temporaries += names.filter(TemporaryFileName.isTemporary).count
    }
    print("\(present) files intact, \(temporaries) temporary files left")
case "settle":
    let target = plan(dir, generation: Int(arguments[3])!)
    do {
        _ = try OutputWriter.write(target)
        let report = try DriftChecker.check(target)
        if !report.isInSync { fail("not in sync after settle:\n\(report)") }
    } catch { fail("\(error)") }
default:
    fail("unknown mode \(arguments[1])")
}
