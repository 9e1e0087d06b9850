import ErrataTestSupport
import Foundation
import Testing

/// The runtime's source as generated code uses it: its version check, and copies embedded in a
/// module under the renaming rule of docs/runtime.md.
@Suite struct EmbeddingTests {
    /// The runtime's source files, by name (both targets, as one module).
    static func runtimeSources() throws -> [(name: String, contents: String)] {
        try SwiftCompiler.RuntimeLibrary.repositorySources()
    }

    /// The runtime is one module: the target `ErrataRuntimeCore` is the runtime's `Core` folder (a
    /// link, so the generator compiles that part alone), whose files import nothing, not even
    /// Foundation; every file is in the one-module set, once.
    @Test func theCoreTargetIsTheRuntimesCoreFolder() throws {
        let core = RepositoryPaths.path("Sources/ErrataRuntimeCore").resolvingSymlinksInPath()
        #expect(core.path == RepositoryPaths.path("Sources/ErrataRuntime/Core").resolvingSymlinksInPath().path)
        let coreFiles = try FileManager.default.contentsOfDirectory(atPath: core.path).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(coreFiles.count > 1)
        for name in coreFiles {
            let text = try String(contentsOf: core.appendingPathComponent(name), encoding: .utf8)
            let imports = text.split(separator: "\n").filter { $0.hasPrefix("import ") || $0.hasPrefix("@_exported") }
            #expect(imports.isEmpty, "\(name) imports \(imports)")
        }
        let names = try Self.runtimeSources().map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Set(coreFiles).isSubset(of: Set(names)))
    }

    /// The line that marks the files that are the API of generated libraries.
    static let apiMarker = "// The API of generated libraries: an embedded copy of this file keeps its `public` modifiers.\n"

    /// The embedding rule: every identifier starting with `Errata` and an upper-case letter gets
    /// `prefix` in front, and every `public` declaration modifier at the start of a line goes but
    /// in an API file (`apiMarker`) of a public library.
    static func embedded(_ source: String, prefix: String, publicLibrary: Bool = false) throws -> String {
        let names = try NSRegularExpression(pattern: #"\bErrata(?=[A-Z])"#)
        let range = NSRange(source.startIndex..., in: source)
        let renamed = names.stringByReplacingMatches(in: source, range: range, withTemplate: prefix + "Errata")
        if publicLibrary && source.contains(apiMarker) { return renamed }
        let modifiers = try NSRegularExpression(pattern: #"(?m)^(\s*(?:@\w+(?:\([^)]*\))?\s+)*)public "#)
        return modifiers.stringByReplacingMatches(in: renamed, range: NSRange(renamed.startIndex..., in: renamed), withTemplate: "$1")
    }

    /// The top-level names the runtime declares: all start with `Errata`, so the rule renames them all.
    @Test func everyTopLevelNameStartsWithErrata() throws {
        let declaration = try NSRegularExpression(
            pattern: #"(?m)^(?:public |private |fileprivate |internal )?(?:final |indirect )?(?:struct|enum|class|protocol|func|let|var|typealias|actor) +([A-Za-z_]\w*)"#)
        var names: [String] = []
        for (_, contents) in try Self.runtimeSources() {
            for match in declaration.matches(in: contents, range: NSRange(contents.startIndex..., in: contents)) {
                names.append(String(contents[Range(match.range(at: 1), in: contents)!]))
            }
        }
        #expect(!names.isEmpty)
        for name in names { #expect(name.hasPrefix("Errata"), "\(name)") }
        for (name, contents) in try Self.runtimeSources() {
            #expect(!contents.contains("@_exported"), "\(name)")
            #expect(!contents.contains("import Errata"), "\(name)")
        }
    }

    /// Generated code of a release whose runtime is present compiles; code that names a newer
    /// release fails, and the compiler's message names the release to use.
    @Test func versionCheck() throws {
        let sources = try Self.runtimeSources()
        let fits = """
            private typealias ServiceRuntimeCheck = ErrataRuntimeVersion.UseErrata_0_1_OrNewer
            print(ErrataRuntimeVersion.errata, ErrataRuntimeVersion.api)
            """
        let output = try SwiftCompiler.compileAndRun(sources + [("main.swift", fits)])
        #expect(output == "0.1.0 1\n")
        let tooNew = "private typealias ServiceRuntimeCheck = ErrataRuntimeVersion.UseErrata_99_0_OrNewer\n"
        do {
            _ = try SwiftCompiler.compileAndRun(sources + [("main.swift", tooNew)])
            Issue.record("code needing a newer runtime compiled")
        } catch let failure as SwiftCompiler.Failure {
            #expect(failure.description.contains("swiftc failed"))
            #expect(failure.description.contains("'UseErrata_99_0_OrNewer' is not a member type"))
        }
    }

    /// Two embedded copies in one module (each as a service's library would hold it) compile
    /// without warnings and work independently.
    @Test(arguments: [false, true]) func twoEmbeddedCopiesInOneModule(publicLibrary: Bool) throws {
        var files: [(name: String, contents: String)] = []
        for prefix in ["Alpha", "Beta"] {
            for (name, contents) in try Self.runtimeSources() {
                files.append((prefix + name, try Self.embedded(contents, prefix: prefix, publicLibrary: publicLibrary)))
            }
        }
        let main = """
            import Foundation
            private typealias AlphaCheck = AlphaErrataRuntimeVersion.UseErrata_0_1_OrNewer
            private typealias BetaCheck = BetaErrataRuntimeVersion.UseErrata_0_1_OrNewer
            let alpha = AlphaErrataCodeTable(text: AlphaErrataCodeTable.build([["A.1", "x"], ["A.2", "y"]]))
            let beta = BetaErrataCodeTable(text: BetaErrataCodeTable.build([["B.1"]]))
            let format = BetaErrataBody.Format(syntax: .json, code: [.key("code")], message: [.key("message")])
            let read = BetaErrataBody.read(Data(#"{"code": "B.1", "message": "m"}"#.utf8), formats: [format])
            print(alpha.line(for: "A.2") ?? -1, beta.line(for: "B.1") ?? -1, alpha.line(for: "B.1") ?? -1, read?.code ?? "-")
            """
        let output = try SwiftCompiler.compileAndRun(files + [("main.swift", main)])
        #expect(output == "1 0 -1 B.1\n")
    }

    @Test func embeddingRenamesNamesAndDropsPublicOnly() throws {
        let source = """
            /// Uses ErrataBody and ErrataRuntimeVersion.UseErrata_0_1_OrNewer.
            public enum ErrataBody {
                @inlinable public static func f() -> ErrataCodeTable? { nil }
                public var publicity: Int { 0 }
            }
            """
        let expected = """
            /// Uses XErrataBody and XErrataRuntimeVersion.UseErrata_0_1_OrNewer.
            enum XErrataBody {
                @inlinable static func f() -> XErrataCodeTable? { nil }
                var publicity: Int { 0 }
            }
            """
        #expect(try Self.embedded(source, prefix: "X") == expected)
        // An API file of a public library keeps them; of an internal one, it does not.
        let api = Self.apiMarker + source
        let kept = """
            /// Uses XErrataBody and XErrataRuntimeVersion.UseErrata_0_1_OrNewer.
            public enum XErrataBody {
                @inlinable public static func f() -> XErrataCodeTable? { nil }
                public var publicity: Int { 0 }
            }
            """
        #expect(try Self.embedded(api, prefix: "X", publicLibrary: true) == Self.apiMarker + kept)
        #expect(try Self.embedded(api, prefix: "X") == Self.apiMarker + expected)
    }

    /// The API files: the generic types generated libraries name, and the types their public
    /// members show; the rest of the runtime is internal in an embedded copy.
    @Test func theAPIFilesAreMarked() throws {
        let marked = try Self.runtimeSources().filter { $0.contents.contains(Self.apiMarker) }.map(\.name)
        #expect(marked == ["ErrataCode.swift", "ErrataColumn.swift", "ErrataError.swift", "ErrataErrorInfo.swift", "ErrataService.swift"])
    }
}
