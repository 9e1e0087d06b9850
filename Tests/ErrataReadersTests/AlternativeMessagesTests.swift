import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Foundation
import Testing

/// A message cell of several paragraphs is several wire messages of one row (`MessageCell`).
@Suite struct AlternativeMessagesTests {
    @Test(arguments: [
        ("One message.", ["One message."]),
        ("Line one\nline two of the same message", ["Line one\nline two of the same message"]),
        ("1.decoded token is null.\n\n2.checkEnterpriseProject is error.", ["decoded token is null.", "checkEnterpriseProject is error."]),
        ("1) First.\n\n2) Second.\n\n3) Third.", ["First.", "Second.", "Third."]),
        ("(1) First.\n\n(2) Second.", ["First.", "Second."]),
        ("1、参数错误\n\n2、签名错误", ["参数错误", "签名错误"]),
        ("Policy doesn't allow a to be performed.\n\netc.", ["Policy doesn't allow a to be performed."]),
        ("A failed.\n\n…", ["A failed."]),
        ("A failed.\n\n...", ["A failed."]),
        ("A failed.\n\nB failed.\n\n等", ["A failed.", "B failed."]),
        ("1. A failed.\n\n2. B failed.\n\netc.", ["A failed.", "B failed."]),
        ("1. A failed.\n\n2. etc.", ["A failed."]),
        // Not an enumeration 1, 2, … of every paragraph: the numbers are text.
        ("1.5 seconds passed.\n\n2.5 seconds passed.", ["1.5 seconds passed.", "2.5 seconds passed."]),
        ("2. Second.\n\n3. Third.", ["2. Second.", "3. Third."]),
        ("1. First.\n\nNo number.", ["1. First.", "No number."]),
        ("1. Only one.", ["1. Only one."]),
        ("Same.\n\nSame.", ["Same."]),
        ("etc.", []),
        ("", []),
    ])
    func paragraphsAreMessages(text: String, expected: [String]) {
        #expect(MessageCell.messages(text) == expected)
    }

    private func build(_ rows: [[String]]) throws -> Catalog {
        let grid = Grid(rows: rows.map { $0.map { Cell(text: $0) } }, headerRowCount: 1)
        return try CatalogBuilder.build([grid], path: "page.html", options: .init(service: "S"))
    }

    @Test func aMessageCellOfSeveralParagraphsIsOneVariantWithAlternatives() throws {
        let catalog = try build([
            ["Error Code", "Error Message", "Description"],
            ["E.1", "1.Token is null.\n\n2.Project is wrong.", "Bad token or project."],
            ["E.2", "Not allowed.\n\netc.", "Denied."],
            ["E.3", "etc.", "Only a continuation."],
        ])
        #expect(catalog.entry("E.1")?.variants == [Variant(
            message: "Token is null.", description: "Bad token or project.", alternativeMessages: ["Project is wrong."])])
        #expect(catalog.entry("E.2")?.variants == [Variant(message: "Not allowed.", description: "Denied.")])
        // No paragraph is a message: the cell is kept as written.
        #expect(catalog.entry("E.3")?.variants.first?.message == "etc.")
    }

    /// Without a message column, the description's first paragraph is the message, as before: the
    /// description's paragraphs are not messages.
    @Test func descriptionParagraphsAreNotMessages() throws {
        let catalog = try build([["Error Code", "Description"], ["E.1", "Busy.\n\nTry later."]])
        #expect(catalog.entry("E.1")?.variants.first?.alternativeMessages == [])
        #expect(catalog.entry("E.1")?.variants.first?.message == "Busy.")
    }

    @Test func htmlParagraphsOfAMessageCell() throws {
        let html = """
            <table><tr><th>Error Code</th><th>Error Message</th><th>HTTP Status Code</th></tr>
            <tr><td>A.1</td><td><p>1. Quota {name} exceeded.</p><p>2. Quota exhausted.</p></td><td>429</td></tr>
            <tr><td>A.2</td><td><p>Denied.</p><p>etc.</p></td><td>403</td></tr>
            </table>
            """
        let grids = try HTMLReader.readGrids(data: Array(html.utf8), path: "t.html")
        let catalog = try CatalogBuilder.build(grids, path: "t.html", options: .init(service: "S"))
        #expect(catalog.entry("A.1")?.variants == [Variant(
            message: "Quota {name} exceeded.", statuses: [429], alternativeMessages: ["Quota exhausted."])])
        #expect(catalog.entry("A.2")?.variants == [Variant(message: "Denied.", statuses: [403])])
    }

    /// OTC ELB: ELB.1202 lists two enumerated messages; ELB.9802 and others end their message with
    /// an "etc." paragraph.
    @Test(.requiresSharedPages) func elbPage() throws {
        let path = SharedPages.corpus("otc-elb-statuscodes-shared-20220506.html").path
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let catalog = try CatalogBuilder.build(try HTMLReader.readGrids(data: data, path: path), path: path, options: .init(service: "ELB"))
        let elb1202 = try #require(catalog.entry("ELB.1202")?.variants.only)
        #expect(elb1202.message == "decoded token is null.")
        #expect(elb1202.alternativeMessages == ["checkEnterpriseProject is error."])
        #expect(elb1202.statuses == [400])
        #expect(catalog.entry("ELB.9802")?.variants.map(\.messages) == [
            ["Policy doesn't allow elb:loadbalancers:list to be performed."],
            ["Policy doesn't allow elb:logtanks:create to be performed."],
        ])
        #expect(catalog.entry("ELB.9806")?.variants.first?.message == "Loadbalancer_id in url is null or empty.")
        let all = catalog.entries.flatMap(\.variants)
        #expect(all.allSatisfy { !$0.message.contains("\n") && !$0.message.hasSuffix("etc.") })
        #expect(all.filter { !$0.alternativeMessages.isEmpty }.count == 1)
    }
}

/// Message paragraphs that are not alternative messages: a sentence continued, explanations.
@Suite struct MessageParagraphsTests {
    @Test(arguments: [
        // The second paragraph only continues the sentence: one message.
        ("Please try again later or contact\n\ntechnical support to solve the problem.",
         ["Please try again later or contact technical support to solve the problem."], [String]()),
        // A sentence that ended, then a capital: two messages.
        ("Try again later.\n\nContact technical support.", ["Try again later.", "Contact technical support."], []),
        // No sentence end, but a capital: two messages.
        ("Widget missing\n\nWidget locked", ["Widget missing", "Widget locked"], []),
        // Explanations go to the description, the conditions listed after a lead-in with them.
        ("Invalid widget name.\n\nFor example, the name holds a slash.", ["Invalid widget name."], ["For example, the name holds a slash."]),
        ("The request failed.\n\nPossible causes:\n\nThe widget is locked.\n\nThe pool is full.",
         ["The request failed."], ["Possible causes:", "The widget is locked.", "The pool is full."]),
        ("Quota exceeded.\n\nNote: quotas reset daily.", ["Quota exceeded."], ["Note: quotas reset daily."]),
        ("Quota exceeded.\n\nNotebook not found.", ["Quota exceeded.", "Notebook not found."], []),
        ("参数错误。\n\n例如，名称为空。", ["参数错误。"], ["例如，名称为空。"]),
        // The first paragraph is always the message, whatever it starts with.
        ("Note: widget gone.", ["Note: widget gone."], []),
    ])
    func paragraphs(text: String, messages: [String], explanations: [String]) {
        let reading = MessageCell.read(text)
        #expect(reading.messages == messages)
        #expect(reading.explanations == explanations)
        #expect(!reading.droppedContinuation)
    }

    @Test func droppedContinuationIsSaid() {
        #expect(MessageCell.read("A failed.\n\netc.").droppedContinuation)
        #expect(MessageCell.read("1. A failed.\n\n2. etc.").droppedContinuation)
        #expect(!MessageCell.read("A failed.").droppedContinuation)
    }

    private func built(_ rows: [[String]]) throws -> CatalogBuilder.Built {
        let grid = Grid(rows: rows.map { $0.map { Cell(text: $0, location: SourceLocation(path: "p", line: 2)) } }, headerRowCount: 1)
        return try CatalogBuilder.buildWithTables([grid], path: "p", options: .init(service: "S"))
    }

    @Test func explanationsStartTheDescription() throws {
        let result = try built([
            ["Error Code", "Error Message", "Description"],
            ["W.1", "Invalid widget name.\n\nFor example, the name holds a *slash*.", "The name breaks the rules."],
            ["W.2", "Please retry later or contact\n\ntechnical support.", ""],
        ])
        #expect(result.catalog.entry("W.1")?.variants == [Variant(
            message: "Invalid widget name.",
            description: "For example, the name holds a \\*slash\\*.\n\nThe name breaks the rules.")])
        #expect(result.catalog.entry("W.2")?.variants == [Variant(message: "Please retry later or contact technical support.")])
        #expect(result.warnings.isEmpty)
    }

    @Test func droppedEtcIsWarnedWithTheCode() throws {
        let result = try built([["Error Code", "Error Message"], ["W.1", "Not allowed.\n\netc."], ["W.2", "etc."]])
        #expect(result.catalog.entry("W.1")?.variants.first?.message == "Not allowed.")
        #expect(result.warnings.map(\.description) == [
            "p:2: warning: the message cell of code \"W.1\" says the list of messages goes on (\"etc.\"); that paragraph is left out, the row keeps the messages written [messages-go-on]",
        ])
    }
}
