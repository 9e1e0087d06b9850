import Foundation
import Testing

/// Hostile specs and pages through the built `errata` executable: exit status 2, a located
/// error, and nothing written; stale outputs of removed codes are reported.
@Suite struct HostileCLITests {
    /// Adds entries after the spec's last entry, before its `notes:`.
    static func appendEntries(_ yaml: String, to workspace: Workspace) throws {
        let url = workspace.url("spec/huawei-ocr.yaml")
        let spec = try String(contentsOf: url, encoding: .utf8)
        #expect(spec.contains("\nnotes:\n"))
        try spec.replacingOccurrences(of: "\nnotes:\n", with: "\n" + yaml + "notes:\n")
            .write(to: url, atomically: true, encoding: .utf8)
    }

    /// The line an appended entry starts on.
    static func lineCount(_ workspace: Workspace) throws -> Int {
        let spec = try String(contentsOf: workspace.url("spec/huawei-ocr.yaml"), encoding: .utf8)
        return try #require(spec.components(separatedBy: "\n").firstIndex(of: "notes:")) + 1
    }

    @Test(arguments: [
        ("- code: AIS_0101\n  module: OCR\n  message: m\n", "all get the Swift name 'ais0101'"),
        ("- code: ais.0101\n  module: OCR\n  message: m\n", "all get the Swift name 'ais0101'"),
        ("- code: \"...\"\n  module: OCR\n  message: m\n", "has no letter or digit"),
        ("- code: \"a`b\"\n  module: OCR\n  message: m\n  swiftName: \"a`b\"\n", "code \"a`b\": "),
    ])
    func codesWithoutAUsableSwiftNameExitTwoAndWriteNothing(entry: String, wanted: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("generate").status == 0)
        let before = try workspace.modificationDates()
        let line = try Self.lineCount(workspace)
        try Self.appendEntries(entry, to: workspace)
        let result = try workspace.run("generate")
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stderr.contains("spec/huawei-ocr.yaml:\(line):"), "\(result.stderr)")
        #expect(result.stderr.contains(": error: "), "\(result.stderr)")
        #expect(result.stderr.contains(wanted), "\(result.stderr)")
        #expect(try workspace.modificationDates() == before)
        #expect(try workspace.run("check").status == 2)
    }

    @Test func hugeSpecValueExitsTwoAndWritesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let line = try Self.lineCount(workspace)
        try Self.appendEntries("- code: X.1\n  module: OCR\n  message: " + String(repeating: "x", count: 10 * 1024 * 1024 + 1) + "\n", to: workspace)
        let result = try workspace.run("generate")
        #expect(result.status == 2)
        #expect(result.stderr.contains("spec/huawei-ocr.yaml:\(line + 2):12: error: 'message' is "), "\(result.stderr.prefix(300))")
        #expect(try workspace.generatedFiles().isEmpty)
    }

    @Test func outputsOfARemovedCodeAreReportedThenRemoved() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.appendEntries("- code: X.9\n  module: OCR\n  message: temporary\n", to: workspace)
        #expect(try workspace.run("generate").status == 0)
        let fixture = "Generated/Fixtures/huawei-ocr/X.9.json"
        #expect(FileManager.default.fileExists(atPath: workspace.url(fixture).path))
        let url = workspace.url("spec/huawei-ocr.yaml")
        let spec = try String(contentsOf: url, encoding: .utf8)
        try spec.replacingOccurrences(of: "- code: X.9\n  module: OCR\n  message: temporary\n", with: "")
            .write(to: url, atomically: true, encoding: .utf8)
        let check = try workspace.run("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains(fixture), "\(check.stdout)")
        #expect(try workspace.run("generate").status == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.url(fixture).path))
        #expect(try workspace.run("check").status == 0)
    }

    @Test func importOfADamagedPageExitsTwoAndLeavesTheSpecAlone() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let spec = try Data(contentsOf: workspace.url("spec/huawei-ocr.yaml"))
        let pages: [(String, [UInt8])] = [
            ("cut.html", Array("<table><tr><th>Error Code</th><th>Error Message</th></tr>\n<tr><td>A.1</td><td>m".utf8)),
            ("nul.md", Array("| Error Code | Error Message |\n| --- | --- |\n| A.1 | m".utf8) + [0] + Array(" |\n".utf8)),
            ("bad.txt", Array("Error Code|Error Message|\n---|---|\nA.1|".utf8) + [0xC0, 0xAF] + Array("|\n".utf8)),
            ("nocode.md", Array("| Name | Error Message |\n| --- | --- |\n| A.1 | m |\n".utf8)),
        ]
        for (name, bytes) in pages {
            try Data(bytes).write(to: workspace.url(name))
            let result = try workspace.run("import", name, "--spec", "spec/huawei-ocr.yaml")
            #expect(result.status == 2, "\(name)")
            #expect(result.stderr.hasPrefix("\(name):"), "\(result.stderr)")
            #expect(result.stderr.contains("error: "), "\(result.stderr)")
            #expect(try Data(contentsOf: workspace.url("spec/huawei-ocr.yaml")) == spec, "\(name)")
        }
    }
}
