import Foundation
import Testing

/// `errata check --report-format github`: generated-file drift as workflow annotations.
@Suite struct DiffCheckAnnotationTests {
    @Test func missingChangedAndOrphanedFilesAreAnnotated() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("generate").status == 0)
        #expect(try workspace.run("check", "--report-format", "github").status == 0)

        try FileManager.default.removeItem(at: workspace.url("Generated/Docs/huawei-ocr.md"))
        try Data("stray\n".utf8).write(to: workspace.url("Generated/stray.txt"))
        let swiftFile = workspace.url("Generated/Swift/HuaweiOCRErrorCode.swift")
        var lines = try String(contentsOf: swiftFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[19] = "// edited by hand"
        try lines.joined(separator: "\n").write(to: swiftFile, atomically: true, encoding: .utf8)

        let result = try workspace.run("check", "--report-format", "github")
        #expect(result.status == 1)
        let output = result.stdout.split(separator: "\n").map(String.init)
        #expect(output == [
            "::error file=Generated/Docs/huawei-ocr.md,title=missing::missing: errata generates this file; run `errata generate`",
            "::error file=Generated/Swift/HuaweiOCRErrorCode.swift,line=20,title=changed::changed: differs from what errata generates; run `errata generate`",
            "::error file=Generated/stray.txt,title=orphaned::orphaned: errata no longer generates this file; `errata generate` removes it",
            "drift: 1 missing, 1 changed, 1 orphaned; run `errata generate` to update",
        ])
    }
}
