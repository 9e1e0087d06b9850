import ErrataFuzzChecks
import Foundation
import Testing
import ErrataTestSupport

/// Replays every stored input of `Tests/Fixtures/FailCases/<target>/` through the fuzz target's check:
/// inputs that once crashed or broke an invariant (and hand-made hostile ones) must now pass.
@Suite struct FailCasesTests {
    static let root = RepositoryPaths.root

    static func cases(_ target: FuzzTarget) throws -> [URL] {
        let folder = root.appendingPathComponent("Tests/Fixtures/FailCases/\(target.rawValue)")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test(arguments: FuzzTarget.allCases)
    func storedInputsPass(_ target: FuzzTarget) throws {
        let files = try Self.cases(target)
        #expect(files.count >= 5, "every target keeps hand-made hostile inputs")
        for file in files {
            let bytes = Array(try Data(contentsOf: file))
            let problems = target.check(bytes)
            #expect(problems.isEmpty, "\(target.rawValue)/\(file.lastPathComponent): \(problems)")
        }
    }
}
