import ErrataSync
import ErrataModel
import Foundation
import Testing

/// `errata diff` report formats and exit statuses, on edited copies of the OCR spec.
@Suite struct DiffReportTests {
    /// A workspace with `old.yaml` (the OCR spec) and `new.yaml` (it, edited).
    func workspace(_ edits: [(String, String)]) throws -> Workspace {
        let workspace = try Workspace()
        let spec = try String(contentsOf: workspace.url("spec/huawei-ocr.yaml"), encoding: .utf8)
        try spec.write(to: workspace.url("old.yaml"), atomically: true, encoding: .utf8)
        var edited = spec
        for (old, new) in edits {
            #expect(edited.contains(old), "edit does not apply: \(old)")
            edited = edited.replacingOccurrences(of: old, with: new)
        }
        try edited.write(to: workspace.url("new.yaml"), atomically: true, encoding: .utf8)
        return workspace
    }

    /// 1-based line of the first line of `file` that is `text`.
    func line(of text: String, in workspace: Workspace, _ file: String) throws -> Int {
        let lines = try String(contentsOf: workspace.url(file), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0 == text }) + 1
    }

    static let solutionEdit = ("  solution: Contact Huawei Cloud support personnel.\n- code: AIS.0117", "  solution: Retry later.\n- code: AIS.0117")
    static let messageEdit = ("message: Recognition failed.", "message: Recognition failed, retry.")
    static let removal = ("- code: AIS.0120\n  module: OCR\n  message: Classification failed.\n", "- code: AIS.0120x\n  module: OCR\n  message: Classification failed.\n")

    @Test func documentationOnlyChangeFailsOnAnyButNotOnBreaking() throws {
        let workspace = try workspace([Self.solutionEdit])
        defer { workspace.remove() }
        let any = try workspace.run("diff", "old.yaml", "new.yaml")
        #expect(any.status == 1)
        #expect(any.stdout.contains(#"SOLUTION_CHANGED [documentation] solution: "Contact Huawei Cloud support personnel." → "Retry later.""#), "\(any.stdout)")
        let breaking = try workspace.run("diff", "old.yaml", "new.yaml", "--fail-on", "breaking")
        #expect(breaking.status == 0, "\(breaking.stdout)\(breaking.stderr)")
        #expect(breaking.stdout == any.stdout, "the report is the same; only the status differs")
    }

    @Test func breakingChangeFailsOnBreaking() throws {
        let workspace = try workspace([Self.messageEdit])
        defer { workspace.remove() }
        #expect(try workspace.run("diff", "old.yaml", "new.yaml", "--fail-on", "breaking").status == 1)
        #expect(try workspace.run("diff", "old.yaml", "old.yaml", "--fail-on", "breaking").status == 0)
        #expect(try workspace.run("diff", "old.yaml", "old.yaml").status == 0)
    }

    @Test func jsonHasSortedKeysAndEveryChangeHasTheSameShape() throws {
        let workspace = try workspace([Self.solutionEdit, Self.messageEdit, Self.removal])
        defer { workspace.remove() }
        let result = try workspace.run("diff", "old.yaml", "new.yaml", "--report-format", "json")
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("}\n"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report.keys.sorted() == ["added", "changed", "modules", "notes", "removed", "summary"])
        let changes = ["added", "removed", "changed", "modules", "notes"].flatMap { report[$0] as? [[String: Any]] ?? [] }
        #expect(changes.count == 4)
        #expect(changes.allSatisfy { $0.keys.sorted() == ["code", "field", "index", "new", "old", "rule", "severity"] })
        let changed = try #require(report["changed"] as? [[String: Any]])
        #expect(changed.map { $0["rule"] as? String } == ["MESSAGE_CHANGED", "SOLUTION_CHANGED"])
        #expect(changed.map { $0["code"] as? String } == ["AIS.0105", "AIS.0105"])
        #expect(changed.first?["index"] is NSNull, "one row: no index")
        #expect((report["removed"] as? [[String: Any]])?.first?["code"] as? String == "AIS.0120")
        #expect((report["removed"] as? [[String: Any]])?.first?["new"] is NSNull)
        #expect((report["added"] as? [[String: Any]])?.first?["code"] as? String == "AIS.0120x")
        #expect(report["summary"] as? [String: Int] == ["addition": 1, "breaking": 2, "documentation": 1])
        // Sorted keys in the text itself, not just in the parsed object.
        let keyOrder = ["\"code\"", "\"field\"", "\"index\"", "\"new\"", "\"old\"", "\"rule\"", "\"severity\""]
        let positions = keyOrder.compactMap { result.stdout.range(of: $0)?.lowerBound }
        #expect(positions.count == keyOrder.count && positions == positions.sorted())
        let again = try workspace.run("diff", "old.yaml", "new.yaml", "--report-format", "json")
        #expect(again.stdout == result.stdout)
    }

    @Test func githubFormatAnnotatesEachChangeAtItsEntry() throws {
        let workspace = try workspace([Self.solutionEdit, Self.messageEdit, Self.removal])
        defer { workspace.remove() }
        let result = try workspace.run("diff", "old.yaml", "new.yaml", "--report-format", "github")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let changedLine = try line(of: "- code: AIS.0105", in: workspace, "new.yaml")
        let removedLine = try line(of: "- code: AIS.0120", in: workspace, "old.yaml")
        let addedLine = try line(of: "- code: AIS.0120x", in: workspace, "new.yaml")
        #expect(lines == [
            "::error file=old.yaml,line=\(removedLine),col=3,title=CODE_REMOVED (breaking)::AIS.0120: code \"AIS.0120\" removed",
            "::notice file=new.yaml,line=\(addedLine),col=3,title=CODE_ADDED (addition)::AIS.0120x: code \"AIS.0120x\" added",
            "::error file=new.yaml,line=\(changedLine),col=3,title=MESSAGE_CHANGED (breaking)::AIS.0105: message: \"Recognition failed.\" → \"Recognition failed, retry.\"",
            "::warning file=new.yaml,line=\(changedLine),col=3,title=SOLUTION_CHANGED (documentation)::AIS.0105: solution: \"Contact Huawei Cloud support personnel.\" → \"Retry later.\"",
            "1 added, 1 removed, 1 changed, 0 note changes; 2 breaking, 1 documentation, 1 additions",
        ])
    }

    /// Two versions of a small spec of a gateway whose table has "Type" and "Owner" columns: one
    /// row's Type changes, one gains an Owner, one loses its Type, and one gains a status.
    static let gatewayOld = """
        version: 1
        service: Gateway
        entries:
        - code: GW.100
          message: Bad token.
          status: 401
          columns:
            Type: Client error
        - code: GW.200
          message: Upstream down.
          status: 502
          columns:
            Type: Server error
        - code: GW.300
          message: Quota exceeded.
          status: 429
          columns:
            Type: Client error
            Owner: Billing
        - code: GW.400
          message: Bad body.
          status: 400

        """
    static let gatewayNew = gatewayOld
        .replacingOccurrences(of: "Bad token.\n  status: 401\n  columns:\n    Type: Client error", with: "Bad token.\n  status: 401\n  columns:\n    Type: Authentication error")
        .replacingOccurrences(of: "Type: Server error\n", with: "Type: Server error\n    Owner: Platform\n")
        .replacingOccurrences(of: "  columns:\n    Type: Client error\n    Owner: Billing", with: "  columns:\n    Owner: Billing")
        .replacingOccurrences(of: "Bad body.\n  status: 400", with: "Bad body.\n  status: [400, 422]")

    func gatewayWorkspace() throws -> Workspace {
        let workspace = try Workspace()
        try Self.gatewayOld.write(to: workspace.url("old.yaml"), atomically: true, encoding: .utf8)
        try Self.gatewayNew.write(to: workspace.url("new.yaml"), atomically: true, encoding: .utf8)
        return workspace
    }

    @Test func columnAndStatusListChangesInTheTextReport() throws {
        let workspace = try gatewayWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run("diff", "old.yaml", "new.yaml")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout == """
            changed (4):
              ~ GW.100
                  COLUMN_CHANGED [documentation] column changed: "Type: Client error" → "Type: Authentication error"
              ~ GW.200
                  COLUMN_ADDED [documentation] column added: "Owner: Platform"
              ~ GW.300
                  COLUMN_REMOVED [documentation] column removed: "Type: Client error"
              ~ GW.400
                  STATUS_CHANGED [documentation] status: "400" → "400, 422"
            0 added, 0 removed, 4 changed, 0 note changes; 0 breaking, 4 documentation, 0 additions

            """)
        #expect(try workspace.run("diff", "old.yaml", "new.yaml", "--fail-on", "breaking").status == 0, "documentation changes only")
    }

    @Test func columnAndStatusListChangesInTheJSONReport() throws {
        let workspace = try gatewayWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run("diff", "old.yaml", "new.yaml", "--report-format", "json")
        #expect(result.status == 1, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let changed = try #require(report["changed"] as? [[String: Any]])
        #expect(changed.map { $0["rule"] as? String } == ["COLUMN_CHANGED", "COLUMN_ADDED", "COLUMN_REMOVED", "STATUS_CHANGED"])
        #expect(changed.map { $0["code"] as? String } == ["GW.100", "GW.200", "GW.300", "GW.400"])
        #expect(changed.map { $0["field"] as? String } == ["columns", "columns", "columns", "status"])
        #expect(changed.allSatisfy { $0["severity"] as? String == "documentation" && $0["index"] is NSNull })
        #expect(changed.map { $0["old"] as? String } == ["Type: Client error", nil, "Type: Client error", "400"])
        #expect(changed.map { $0["new"] as? String } == ["Type: Authentication error", "Owner: Platform", nil, "400, 422"])
        #expect(changed[1]["old"] is NSNull && changed[2]["new"] is NSNull)
        #expect(report["summary"] as? [String: Int] == ["addition": 0, "breaking": 0, "documentation": 4])
    }

    @Test func columnAndStatusListChangesInTheGitHubReport() throws {
        let workspace = try gatewayWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run("diff", "old.yaml", "new.yaml", "--report-format", "github")
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        func at(_ code: String) throws -> String { "file=new.yaml,line=\(try line(of: "- code: \(code)", in: workspace, "new.yaml")),col=3" }
        #expect(lines == [
            "::warning \(try at("GW.100")),title=COLUMN_CHANGED (documentation)::GW.100: column changed: \"Type: Client error\" → \"Type: Authentication error\"",
            "::warning \(try at("GW.200")),title=COLUMN_ADDED (documentation)::GW.200: column added: \"Owner: Platform\"",
            "::warning \(try at("GW.300")),title=COLUMN_REMOVED (documentation)::GW.300: column removed: \"Type: Client error\"",
            "::warning \(try at("GW.400")),title=STATUS_CHANGED (documentation)::GW.400: status: \"400\" → \"400, 422\"",
            "0 added, 0 removed, 4 changed, 0 note changes; 0 breaking, 4 documentation, 0 additions",
        ])
    }

    @Test func githubAnnotationsEscapeLineBreaksPercentAndPropertySeparators() {
        let annotation = GitHubAnnotation(
            .warning, "50% done\nnext line\r", at: SourceLocation(path: "a,b:c.yaml", line: 4, column: 2), title: "T: x, y")
        #expect(annotation.description == "::warning file=a%2Cb%3Ac.yaml,line=4,col=2,title=T%3A x%2C y::50%25 done%0Anext line%0D")
        #expect(GitHubAnnotation(.notice, "no place").description == "::notice::no place")
        #expect(Diagnostic.error("bad", at: SourceLocation(path: "s.yaml", line: 1)).gitHubAnnotation.description == "::error file=s.yaml,line=1::bad")
    }

    @Test func multiLineValuesStayOnOneLineInEveryFormat() throws {
        let workspace = try workspace([("  solution: Contact Huawei Cloud support personnel.\n- code: AIS.0117", "  solution: |-\n    First line.\n\n    Second \"line\".\n- code: AIS.0117")])
        defer { workspace.remove() }
        let text = try workspace.run("diff", "old.yaml", "new.yaml")
        #expect(text.stdout.contains(#"→ "First line.\n\nSecond \"line\".""#), "\(text.stdout)")
        let github = try workspace.run("diff", "old.yaml", "new.yaml", "--report-format", "github")
        #expect(github.stdout.split(separator: "\n").count == 2)
        #expect(github.stdout.contains(#"First line.\n\nSecond \"line\"."#), "values are quoted with escapes, so annotations stay one line")
    }
}
