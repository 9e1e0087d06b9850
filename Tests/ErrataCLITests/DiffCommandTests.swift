import ErrataTestSupport
import Foundation
import Testing

/// `errata diff` end to end: real page versions, every form of the OCR page, exit statuses.
@Suite struct DiffCommandTests {
    static let root = ErrataCLI.repoRoot
    static let nhnOld = "../shared/corpus/nhn-ocr-documentocr-errorcodes-20230308.md"
    static let nhnNew = "../shared/corpus/nhn-ocr-documentocr-errorcodes-20260818.md"

    // Read by hand from the two files: codes in 20260818 and not in 20230308 (none went away), and
    // the codes whose resultMessage differs ("Recognizer" became "OCR", and five rewordings; one of
    // them, 4000002, also has a new resultKey).
    static let nhnAdded = [
        "4000102", "4000103", "4000123", "4000302", "4000303", "4010006", "4010007", "4041007", "4131000", "5000503", "5003004",
    ]
    static let nhnMessages: [(code: String, old: String, new: String)] = [
        ("0", "Success", "SUCCESS"),
        ("4000002", "Max upload file size exceeded.", "Invalid file."),
        ("5000006", "File decrypt fail.", "Decrypt fail."),
        ("5000007", "File encrypt fail.", "Encrypt fail."),
        ("5003001", "Document(business) Recognizer Api fail.", "Document(business) OCR Api fail."),
        ("5003002", "Document(business) Recognizer Api returned empty body.", "Document(business) OCR Api returned empty body."),
        ("5003003", "Document(business) Recognizer failed to recognize the document.", "Document(business) OCR failed to recognize the document."),
        ("5003011", "Document(credit card) Recognizer Api fail.", "Document(credit card) OCR Api fail."),
        ("5003012", "Document(credit card) Recognizer Api returned empty body.", "Document(credit card) OCR Api returned empty body."),
        ("5003013", "Document(credit card) Recognizer failed to recognize the document.", "Document(credit card) OCR failed to recognize the document."),
        ("5003021", "Document(id card) Recognizer Api fail.", "Document(id card) OCR Api fail."),
        ("5003022", "Document(id card) Recognizer Api returned empty body.", "Document(id card) OCR Api returned empty body."),
        ("5003023", "Document(id card) Recognizer failed to recognize the document.", "Document(id card) OCR failed to recognize the document."),
    ]

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(.requiresSharedPages) func nhnVersionsListExactlyTheAddedRemovedAndChangedCodes() throws {
        let result = try ErrataCLI.run(["diff", Self.nhnOld, Self.nhnNew, "--report-format", "json"], in: Self.root)
        #expect(result.status == 1, "\(result.stderr)")
        let report = try json(result.stdout)
        let added = try #require(report["added"] as? [[String: Any]])
        let removed = try #require(report["removed"] as? [[String: Any]])
        let changed = try #require(report["changed"] as? [[String: Any]])
        #expect(added.compactMap { $0["code"] as? String } == Self.nhnAdded)
        #expect(added.allSatisfy { $0["rule"] as? String == "CODE_ADDED" && $0["severity"] as? String == "addition" })
        #expect(removed.isEmpty)
        // 4000002 also has a new value in the page's "resultKey" column, which errata has no role for.
        let columns = changed.filter { $0["rule"] as? String == "COLUMN_CHANGED" }
        #expect(columns.map { $0["code"] as? String } == ["4000002"])
        #expect(columns.allSatisfy { $0["field"] as? String == "columns" && $0["severity"] as? String == "documentation" })
        #expect(columns.allSatisfy { ($0["old"] as? String)?.hasPrefix("resultKey: ") == true && ($0["new"] as? String)?.hasPrefix("resultKey: ") == true })
        let messages = changed.filter { $0["rule"] as? String != "COLUMN_CHANGED" }
        #expect(messages.compactMap { $0["code"] as? String } == Self.nhnMessages.map(\.code))
        for (change, expected) in zip(messages, Self.nhnMessages) {
            #expect(change["rule"] as? String == "MESSAGE_CHANGED")
            #expect(change["severity"] as? String == "breaking")
            #expect(change["field"] as? String == "message")
            #expect(change["old"] as? String == expected.old)
            #expect(change["new"] as? String == expected.new)
        }
        #expect(report["summary"] as? [String: Int] == ["addition": 11, "breaking": 13, "documentation": 1])
    }

    @Test(.requiresSharedPages) func nhnTextReportListsTheSameCodes() throws {
        let result = try ErrataCLI.run(["diff", Self.nhnOld, Self.nhnNew], in: Self.root)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("  + ") }.map { String($0.dropFirst(4).prefix { $0 != " " }) } == Self.nhnAdded)
        #expect(lines.filter { $0.hasPrefix("  ~ ") }.map { String($0.dropFirst(4)) } == Self.nhnMessages.map(\.code))
        #expect(!lines.contains { $0.hasPrefix("  - ") })
        #expect(lines.contains(#"      MESSAGE_CHANGED [breaking] message: "Max upload file size exceeded." → "Invalid file.""#))
        #expect(lines.last == "11 added, 0 removed, 13 changed, 0 note changes; 13 breaking, 1 documentation, 11 additions")
    }

    @Test(.requiresSharedPages) func reversedNHNVersionsRemoveTheAddedCodes() throws {
        let result = try ErrataCLI.run(["diff", Self.nhnNew, Self.nhnOld, "--report-format", "json", "--fail-on", "breaking"], in: Self.root)
        #expect(result.status == 1, "removed codes are breaking")
        let report = try json(result.stdout)
        #expect((report["removed"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == Self.nhnAdded)
        #expect((report["added"] as? [[String: Any]])?.isEmpty == true)
    }

    @Test(arguments: ["Tests/Fixtures/Readers/huawei-ocr.md", "Tests/Fixtures/Readers/huawei-ocr.html"])
    func specAndItsRenderingsHaveNoDifferences(page: String) throws {
        try expectNoDifferences(page)
    }

    @Test(.requiresSharedPages, arguments: ["../shared/seed/000_0ec234a393dc16d5.txt"])
    func specAndItsSharedPageHaveNoDifferences(page: String) throws {
        try expectNoDifferences(page)
    }

    /// `errata diff` finds nothing between the spec and the page, in both directions.
    func expectNoDifferences(_ page: String) throws {
        for (old, new) in [("spec/huawei-ocr.yaml", page), (page, "spec/huawei-ocr.yaml")] {
            let result = try ErrataCLI.run(["diff", old, new], in: Self.root)
            #expect(result.status == 0, "\(old) → \(new):\n\(result.stdout)\(result.stderr)")
            #expect(result.stdout == "no differences\n")
        }
    }

    @Test func htmlRenderingHasNoBreakingDifference() throws {
        let result = try ErrataCLI.run(["diff", "spec/huawei-ocr.yaml", "Tests/Fixtures/Readers/huawei-ocr.html", "--fail-on", "breaking"], in: Self.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("[breaking]"))
    }

    @Test(.requiresSharedPages) func mixedFormatsCompare() throws {
        let result = try ErrataCLI.run(["diff", "Tests/Fixtures/Readers/huawei-ocr.md", "../shared/seed/000_0ec234a393dc16d5.txt"], in: Self.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func missingInputExitsTwo() throws {
        let result = try ErrataCLI.run(["diff", "spec/huawei-ocr.yaml", "no/such.md"], in: Self.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such.md: error: cannot read the input"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// On two readable inputs (repository files), so the exit status 2 can only come from the arguments.
    @Test func badFormatOrThresholdExitsTwo() throws {
        let (old, new) = ("spec/huawei-ocr.yaml", "Tests/Fixtures/Readers/huawei-ocr.md")
        #expect(try ErrataCLI.run(["diff", old, new], in: Self.root).status == 0, "the same inputs with good arguments")
        #expect(try ErrataCLI.run(["diff", old, new, "--report-format", "xml"], in: Self.root).status == 2)
        #expect(try ErrataCLI.run(["diff", old, new, "--fail-on", "some"], in: Self.root).status == 2)
        #expect(try ErrataCLI.run(["diff", old], in: Self.root).status == 2)
    }
}
