import ErrataTestSupport
import Foundation
import Testing

/// A misspelled option is named, with the option it probably means, before any other check of
/// the command line (never "--spec needs --output DIR" for `--ouput`).
@Suite struct UnknownOptionTests {
    static let cases: [(arguments: [String], unknown: String, meant: String)] = [
        (["generate", "--ouput", "x"], "--ouput", "--output"),
        (["generate", "--spec", "spec/huawei-ocr.yaml", "--swift-ouput", "x"], "--swift-ouput", "--swift-output"),
        (["check", "--upstrem"], "--upstrem", "--upstream"),
        (["check", "--upstream", "--timout", "3"], "--timout", "--timeout"),
        (["import", "page.md", "--spec", "x.yaml", "--colum", "A=code"], "--colum", "--column"),
        (["diff", "a.yaml", "b.yaml", "--report-fromat", "json"], "--report-fromat", "--report-format"),
        (["dump", "page.md", "--explian"], "--explian", "--explain"),
        (["strings", "export", "--spec", "x.yaml", "--locale", "de", "--ouput", "x.xcstrings"], "--ouput", "--output"),
    ]

    @Test(arguments: 0..<cases.count) func theUnknownOptionIsNamed(index: Int) throws {
        let item = Self.cases[index]
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(item.arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains("Unknown option '\(item.unknown)'"), "\(item.arguments): \(result.stderr)")
        #expect(result.stderr.contains("Did you mean '\(item.meant)'"), "\(item.arguments): \(result.stderr)")
        #expect(!result.stderr.contains("needs"), "\(item.arguments): \(result.stderr)")
    }
}
