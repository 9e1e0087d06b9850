import ErrataTestSupport
import Foundation
import Testing

/// `errata-build`, the build-tool plugin's tool: silent on success, hermetic output (the spec named
/// relative to the package, no absolute path, the same bytes in any checkout folder), located
/// errors with nothing written, and a build graph without libxml2 or the argument parser.
@Suite struct PluginToolTests {
    static let spec = "Sources/App/huawei-ocr.errata.yaml"

    /// A package folder at `parent/name` holding the bundled OCR spec as a target's spec.
    func package(named name: String, under parent: URL) throws -> URL {
        let root = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/App"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: ErrataCLI.repoRoot.appendingPathComponent("spec/huawei-ocr.yaml"), to: root.appendingPathComponent(Self.spec))
        return root
    }

    func generate(_ root: URL, output: URL, runtime: String = "shared") throws -> ErrataCLI.Result {
        try ErrataCLI.run(
            ["--package-root", root.path, "--spec", Self.spec, "--output", output.path, "--type-prefix", "HuaweiOCR", "--style", "enum",
             "--runtime", runtime],
            in: FileManager.default.temporaryDirectory, executable: ErrataCLI.buildTool)
    }

    /// `--runtime embedded` adds the runtime's files; the default of the tool is embedded too (the
    /// plugin passes its own default, shared).
    @Test func embeddedRuntimeWritesTheRuntimesFiles() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("errata-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let root = try package(named: "p", under: scratch)
        let output = scratch.appendingPathComponent("out")
        #expect(try generate(root, output: output, runtime: "embedded").status == 0)
        let names = try files(in: output).keys.sorted()
        #expect(names.count == 6 + (try SwiftCompiler.RuntimeLibrary.repositorySources().count))
        #expect(names.contains("HuaweiOCRErrataBody.swift") && names.contains("HuaweiOCRErrataRuntimeVersion.swift"))
        let body = try String(contentsOf: output.appendingPathComponent("HuaweiOCRErrorBody.swift"), encoding: .utf8)
        #expect(!body.contains("import ErrataRuntime") && body.contains("HuaweiOCRErrataBody.Formats"))
        let shared = scratch.appendingPathComponent("shared")
        #expect(try generate(root, output: shared).status == 0)
        let sharedBody = try String(contentsOf: shared.appendingPathComponent("HuaweiOCRErrorBody.swift"), encoding: .utf8)
        #expect(sharedBody.contains("\nimport ErrataRuntime\n") && sharedBody.contains(" ErrataBody.Formats"))
    }

    func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    @Test func sameBytesInTwoCheckoutFoldersAndNoAbsolutePath() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("errata-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let first = try package(named: "checkout-one", under: scratch)
        let second = try package(named: "deeper/checkout-two", under: scratch)
        let firstOutput = first.appendingPathComponent(".build/plugins/out")
        let secondOutput = scratch.appendingPathComponent("elsewhere/out")
        for (root, output) in [(first, firstOutput), (second, secondOutput)] {
            let result = try generate(root, output: output)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty && result.stderr.isEmpty, "the tool prints nothing on success")
        }
        let one = try files(in: firstOutput)
        #expect(one.keys.sorted() == [
            "HuaweiOCRError.swift", "HuaweiOCRErrorBody.swift", "HuaweiOCRErrorCode.swift", "HuaweiOCRErrorInfo.swift",
            "HuaweiOCRErrorTable.swift", "HuaweiOCRModule.swift",
        ])
        #expect(one == (try files(in: secondOutput)), "byte-identical in both checkouts")
        for (name, data) in one {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(scratch.path) && !text.contains("checkout-"), "\(name) holds a path of the checkout")
            #expect(text.hasPrefix("// Generated at build time by errata's build-tool plugin from \(Self.spec)."), "\(name)")
        }
    }

    @Test func aSecondRunRewritesNothing() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("errata-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let root = try package(named: "p", under: scratch)
        let output = scratch.appendingPathComponent("out")
        #expect(try generate(root, output: output).status == 0)
        let file = output.appendingPathComponent("HuaweiOCRErrorCode.swift")
        let before = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let again = try generate(root, output: output)
        #expect(again.status == 0 && again.stdout.isEmpty && again.stderr.isEmpty)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == before)
    }

    @Test func aBadSpecIsALocatedErrorAndNothingIsWritten() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("errata-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let root = try package(named: "p", under: scratch)
        try Data("service: S\nentries:\n  - code: A.1\n    message: [unclosed\n".utf8).write(to: root.appendingPathComponent(Self.spec))
        let output = scratch.appendingPathComponent("out")
        let result = try generate(root, output: output)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(root.appendingPathComponent(Self.spec).path + ":"), "\(result.stderr)")
        #expect(result.stderr.contains(": error: "))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: [
        (["--spec", "a.yaml"], "--package-root is required"),
        (["--package-root", "/p", "--spec", "/p/a.yaml", "--output", "o", "--type-prefix", "A"], "--spec is relative to --package-root (it names the spec in the generated files)"),
        (["--package-root", "/p", "--spec", "a.yaml", "--output", "o", "--type-prefix", "A", "--style", "class"], "--style must be one of struct, enum, not 'class'"),
        (["--verbose"], "unknown argument '--verbose'"),
        (["--package-root", "/p", "--spec", "a.yaml", "--output", "o", "--type-prefix", "A", "--runtime", "static"], "--runtime must be one of shared, embedded, not 'static'"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try ErrataCLI.run(arguments, in: FileManager.default.temporaryDirectory, executable: ErrataCLI.buildTool)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("errata-build: error: \(message)\nusage: errata-build"), "\(result.stderr)")
    }

    /// What the plugin makes every consumer build and link: the object files of the tool's link,
    /// as the build wrote them down, come from no page reader, no libxml2 and no argument parser.
    @Test func theToolLinksNoLibXML2NorArgumentParser() throws {
        let binaries = ErrataCLI.buildTool.resolvingSymlinksInPath().deletingLastPathComponent()
        let list = binaries.appendingPathComponent("errata-build.product/Objects.LinkFileList")
        let objects = try String(contentsOf: list, encoding: .utf8).split(separator: "\n")
        let modules = Set(objects.compactMap { line -> String? in
            guard let range = line.range(of: binaries.path + "/") else { return nil }
            return line[range.upperBound...].split(separator: "/").first.map { String($0.split(separator: ".").first ?? $0) }
        })
        #expect(modules.isSuperset(of: ["ErrataGenerator", "ErrataSpec", "ErrataRenderers", "ErrataModel", "errata_build"]), "\(modules.sorted())")
        #expect(modules.isDisjoint(with: ["ErrataReaders", "CLibXML2", "ErrataSync", "ArgumentParser", "ArgumentParserToolInfo"]), "\(modules.sorted())")
    }
}
