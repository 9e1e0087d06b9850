import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Testing

/// Error lists written without a table (a name line or heading per error, description
/// paragraphs, `HTTP Status Code: N`) are read as synthesized grids and built like tables.
@Suite struct ErrorListTests {
    static func markdown(_ name: String) throws -> (grids: [Grid], built: CatalogBuilder.Built, path: String) {
        let file = try ReaderTestFiles.fixture("ErrorLists/\(name)")
        let grids = try MarkdownReader.readGrids(text: file.text, path: file.path)
        return (grids, try CatalogBuilder.buildWithTables(grids, path: file.path, options: .init(service: "S")), file.path)
    }

    static func html(_ name: String) throws -> (grids: [Grid], built: CatalogBuilder.Built, path: String) {
        let file = try ReaderTestFiles.fixture("ErrorLists/\(name)")
        let grids = try HTMLReader.readGrids(data: Array(file.text.utf8), path: file.path)
        return (grids, try CatalogBuilder.buildWithTables(grids, path: file.path, options: .init(service: "S")), file.path)
    }

    static func statuses(_ catalog: Catalog) -> [Int?] {
        catalog.entries.map { $0.variants.only?.status }
    }

    // MARK: Markdown

    @Test func markdownBoldNameLines() throws {
        let (grids, built, path) = try Self.markdown("bold-names.md")
        let grid = try #require(grids.only)
        #expect(grid.caption == "Common errors")
        #expect(grid.location == SourceLocation(path: path, line: 9, column: 1))
        #expect(grid.headerRowCount == 1)
        #expect(grid.rows.first?.map(\.text) == ["Error Code", "Description", "HTTP Status Code"])
        let catalog = built.catalog
        // `**Frobnicator**` in the prose above is not a name line.
        #expect(catalog.entries.map(\.code) == ["QuotaExhausted", "SignatureMismatch", "GatewayTimeout", "Widget_Locked"])
        #expect(Self.statuses(catalog) == [429, 403, 504, 409])
        #expect(catalog.entries.allSatisfy { $0.module == nil })
        let quota = try #require(catalog.entry("QuotaExhausted")?.variants.only)
        #expect(quota.message == "The account has used up its request quota for the day.")
        #expect(quota.description == "")
        let signature = try #require(catalog.entry("SignatureMismatch")?.variants.only)
        #expect(signature.message == "The signature of the request does not match the one the service computed.")
        #expect(signature.description == "The signature of the request does not match the one the service computed.\n\n"
            + "Check the client's clock and its secret key, see [signing requests](https://example.com/signing).")
        #expect(catalog.entry("GatewayTimeout")?.variants.only?.message == "The upstream frobnicator did not answer in time.")
        let locked = try #require(catalog.entry("Widget_Locked")?.variants.only)
        #expect(locked.message == "Another request holds the widget:")
        #expect(locked.description == "Another request holds the widget:\n\n- wait for it to finish;\n- or cancel it.")
        // Locations: the name (after the leading space), its description and its status line.
        #expect(catalog.entry("QuotaExhausted")?.location == SourceLocation(path: path, line: 9, column: 2))
        #expect(catalog.entry("Widget_Locked")?.location == SourceLocation(path: path, line: 23, column: 1))
        let row = grid.rows[1]
        #expect(row[1].location == SourceLocation(path: path, line: 10, column: 1))
        #expect(row[2].location == SourceLocation(path: path, line: 11, column: 1))
        #expect(grid.rows[4][2].location?.line == 29)
    }

    @Test func markdownHeadingPerErrorWithMessageLines() throws {
        let (grids, built, path) = try Self.markdown("headings.md")
        let grid = try #require(grids.only)
        #expect(grid.caption == "Errors")
        #expect(grid.location == SourceLocation(path: path, line: 7, column: 1))
        #expect(grid.rows.first?.map(\.text) == ["Error Code", "Message", "Description", "HTTP Status Code"])
        let catalog = built.catalog
        // `{#anchor}` and a closing `###` are not part of the name; "Limits" is not an error.
        #expect(catalog.entries.map(\.code) == ["WidgetNotFound", "WidgetAlreadyExists", "InternalServiceError"])
        #expect(Self.statuses(catalog) == [404, 409, 500])
        let missing = try #require(catalog.entry("WidgetNotFound")?.variants.only)
        #expect(missing.message == "The widget does not exist.")
        #expect(missing.description == "No widget has the identifier given in the path. Identifiers are case-sensitive.")
        #expect(catalog.entry("WidgetAlreadyExists")?.variants.only == Variant(
            message: "A widget with this name already exists.", status: 409))
        // Without a Message line, the first paragraph is the message, as for a table without a message column.
        #expect(catalog.entry("InternalServiceError")?.variants.only == Variant(
            message: "The service failed to handle the request; retry it with a backoff.", status: 500))
        #expect(catalog.entry("WidgetAlreadyExists")?.location == SourceLocation(path: path, line: 15, column: 1))
        #expect(grid.rows[1][1].location == SourceLocation(path: path, line: 9, column: 1))
        #expect(grid.rows[1][2].location == SourceLocation(path: path, line: 11, column: 1))
        #expect(grid.rows[1][3].location == SourceLocation(path: path, line: 13, column: 1))
    }

    @Test func entryWithoutAStatusLineIsKeptWithoutAStatus() throws {
        let (grids, built, _) = try Self.markdown("without-status.md")
        #expect(grids.only?.caption == "Storage errors")
        let catalog = built.catalog
        // `**Note**` after the list is prose: not a code, not a note.
        #expect(catalog.entries.map(\.code) == ["BucketMissing", "ObjectTooLarge", "ChecksumMismatch"])
        #expect(Self.statuses(catalog) == [404, nil, 400])
        #expect(catalog.entry("ObjectTooLarge")?.variants.only?.message
            == "The object is larger than the bucket's size limit. The service closes the connection without a status.")
        #expect(catalog.notes.isEmpty)
    }

    @Test func proseWithBoldWordsIsNoErrorList() throws {
        let file = try ReaderTestFiles.fixture("ErrorLists/prose.md")
        // Bold words, one-word headings, and a parameter list (`**FunctionName**`, `Required: Yes`).
        let grids = try MarkdownReader.readGrids(text: file.text, path: file.path)
        #expect(grids.isEmpty)
        let error = #expect(throws: Diagnostic.self) {
            try CatalogBuilder.build(grids, path: file.path, options: .init(service: "S"))
        }
        #expect(error?.message == "no table found")
    }

    @Test func markdownTableAndListAreBothRead() throws {
        let (grids, built, path) = try Self.markdown("table-and-list.md")
        #expect(grids.map(\.caption) == ["Delivery errors", "Account errors"])
        #expect(grids.map { $0.location?.line } == [5, 12])
        let catalog = built.catalog
        #expect(catalog.entries.map(\.code) == ["MAIL.001", "MAIL.002", "AccountSuspended", "AccountUnverified"])
        #expect(catalog.entries.map(\.module) == ["Delivery errors", "Delivery errors", "Account errors", "Account errors"])
        #expect(Self.statuses(catalog) == [400, 507, 403, 403])
        #expect(built.tables.map(\.codeCount) == [2, 2])
        #expect(catalog.entry("AccountSuspended")?.location == SourceLocation(path: path, line: 12, column: 1))
    }

    @Test(arguments: [
        // Name lines without a status line, under a heading that speaks of errors: a list.
        ("## Errors\n\n**BadToken**\nThe token is malformed.\n\n**ExpiredToken**\nThe token has expired.\n", ["BadToken", "ExpiredToken"]),
        // The same under another heading: prose.
        ("## Tokens\n\n**BadToken**\nThe token is malformed.\n\n**ExpiredToken**\nThe token has expired.\n", []),
        // One entry with a status line is enough.
        ("**Throttled**\nSlow down.\nHTTP Status Code: 429\n", ["Throttled"]),
        // A heading per error needs two of them.
        ("## Overview\nText.\n\n### Responses\nA call answers with JSON.\nHTTP Status Code: 200\n", []),
        // A bold name inside a fence, or followed by more words, is no name line.
        ("```\n**A1**\nHTTP Status Code: 400\n```\n**A2** is a code\nHTTP Status Code: 400\n", []),
        // A label ending in a colon is not a name.
        ("**Response:**\nHTTP Status Code: 200\n", []),
    ])
    func acceptanceRules(text: String, codes: [String]) throws {
        let grids = try MarkdownReader.readGrids(text: text, path: "r.md")
        let catalog = grids.isEmpty ? nil : try CatalogBuilder.build(grids, path: "r.md", options: .init(service: "S"))
        #expect(catalog?.entries.map(\.code) ?? [] == codes)
    }

    @Test func textAfterTheStatusLineEndsTheList() throws {
        let text = "## Errors\n\n**A1**\nFirst.\nHTTP Status Code: 400\nMessage: Bad one.\n\nSee the guide for more.\n\n| Code | Message |\n|---|---|\n| T.1 | t |\n"
        let grids = try MarkdownReader.readGrids(text: text, path: "t.md")
        #expect(grids.count == 2)
        let catalog = try CatalogBuilder.build(grids, path: "t.md", options: .init(service: "S"))
        #expect(catalog.entry("A1")?.variants.only == Variant(message: "Bad one.", description: "First.", status: 400))
        #expect(catalog.entry("T.1") != nil)
        #expect(grids.last?.caption == "Errors")
    }

    // MARK: HTML

    @Test func htmlDefinitionList() throws {
        let (grids, built, path) = try Self.html("definition-list.html")
        // The parameter list above (`WidgetId`, `Type: String`) has no status line: not an error list.
        let grid = try #require(grids.only)
        #expect(grid.caption == "Errors")
        #expect(grid.location == SourceLocation(path: path, line: 15))
        let catalog = built.catalog
        #expect(catalog.entries.map(\.code) == ["WidgetInUseException", "WidgetNotFoundException", "TooManyRequestsException"])
        #expect(Self.statuses(catalog) == [409, 404, 429])
        let inUse = try #require(catalog.entry("WidgetInUseException")?.variants.only)
        #expect(inUse.message == "The widget is attached to a running gadget.")
        #expect(inUse.description == "The widget is attached to a running gadget.\n\n"
            + "Detach it first, see [detaching widgets](https://example.com/detach).")
        #expect(catalog.entry("WidgetNotFoundException")?.variants.only == Variant(message: "No widget has this identifier.", status: 404))
        let rate = try #require(catalog.entry("TooManyRequestsException")?.variants.only)
        #expect(rate.message == "The request rate is over the account's limit:")
        #expect(rate.description == "The request rate is over the account's limit:\n\n- 10 requests per second;\n- 1000 requests per day.")
        #expect(catalog.entry("WidgetInUseException")?.location == SourceLocation(path: path, line: 16))
        #expect(grid.rows[1][1].location == SourceLocation(path: path, line: 18))
        #expect(grid.rows[1][2].location == SourceLocation(path: path, line: 20))
    }

    @Test func htmlHeadingPerErrorSections() throws {
        let (grids, built, path) = try Self.html("heading-sections.html")
        let grid = try #require(grids.only)
        // "Overview" and "Errors" are code-shaped headings, but not errors; "See also" ends the list.
        #expect(grid.caption == "Errors")
        #expect(grid.location == SourceLocation(path: path, line: 8))
        #expect(grid.rows.first?.map(\.text) == ["Error Code", "Message", "Description", "HTTP Status Code"])
        let catalog = built.catalog
        #expect(catalog.entries.map(\.code) == ["GadgetBusy", "GadgetExpired", "GADGET_LIMIT"])
        #expect(Self.statuses(catalog) == [503, 410, 400])
        #expect(catalog.entry("GadgetBusy")?.variants.only == Variant(message: "The gadget is handling another request.", status: 503))
        let expired = try #require(catalog.entry("GadgetExpired")?.variants.only)
        #expect(expired.message == "The gadget's licence has expired; renew it in the console.")
        #expect(expired.description == "The gadget's *licence* has expired; renew it in the console.")
        #expect(catalog.entry("GADGET_LIMIT")?.variants.only == Variant(
            message: "Too many gadgets.", description: "The account holds the largest number of gadgets it may hold.", status: 400))
        #expect(catalog.entries.map { $0.location?.line } == [8, 12, 16])
        #expect(grid.rows[3][3].location == SourceLocation(path: path, line: 19))
    }

    @Test func htmlProseIsNoErrorList() throws {
        // A bold "Note", a glossary `<dl>` of CamelCase terms, one heading with a status line.
        let file = try ReaderTestFiles.fixture("ErrorLists/prose.html")
        #expect(try HTMLReader.readGrids(data: Array(file.text.utf8), path: file.path).isEmpty)
    }

    @Test func htmlTablesAndListInPageOrder() throws {
        let (grids, built, _) = try Self.html("table-and-list.html")
        #expect(grids.map(\.caption) == ["Sending errors", "Mailbox errors", "Quota errors"])
        let catalog = built.catalog
        #expect(catalog.entries.map(\.code) == ["SEND.001", "MailboxLocked", "QUOTA.001"])
        #expect(catalog.entries.map(\.module) == ["Sending errors", "Mailbox errors", "Quota errors"])
        #expect(Self.statuses(catalog) == [413, 423, 429])
        #expect(built.tables.map(\.index) == [0, 1, 2])
    }

    @Test func htmlListOnOneLineKeepsPageOrder() throws {
        let page = "<h2>Errors</h2><dl><dt>A1</dt><dd>First.<br>HTTP Status Code: 400</dd></dl>"
            + "<table><tr><th>Code</th><th>Message</th></tr><tr><td>T.1</td><td>t</td></tr></table>"
            + "<h3>B1</h3><p>b</p><p>Status Code: 401</p><h3>B2</h3><p>c</p><p>HTTP Status: 402</p>"
        let grids = try HTMLReader.readGrids(data: Array(page.utf8), path: "one.html")
        let catalog = try CatalogBuilder.build(grids, path: "one.html", options: .init(service: "S"))
        #expect(catalog.entries.map(\.code) == ["A1", "T.1", "B1", "B2"])
        #expect(Self.statuses(catalog) == [400, nil, 401, 402])
    }

    @Test func termsSharingADefinitionAndDefinitionsInsideTables() throws {
        let page = "<dl><dt>E1</dt><dt>E2</dt><dd><p>Either.</p><p>HTTP Status Code: 409</p></dd></dl>"
            + "<table><tr><th>Code</th><th>Message</th></tr><tr><td>T.1</td><td><dl><dt>X1</dt><dd>HTTP Status Code: 500</dd></dl></td></tr></table>"
        let grids = try HTMLReader.readGrids(data: Array(page.utf8), path: "dl.html")
        #expect(grids.count == 2)
        let catalog = try CatalogBuilder.build(grids, path: "dl.html", options: .init(service: "S"))
        #expect(catalog.entries.map(\.code) == ["E1", "E2", "T.1"])
        #expect(catalog.entry("E2")?.variants.only == Variant(message: "Either.", status: 409))
    }

    // MARK: Rules

    @Test(arguments: [
        ("HTTP Status Code: 400", ErrorList.Field.status("400")), ("HTTP status code: 404", .status("404")),
        ("Status Code: 500", .status("500")), ("HTTP Status: 503", .status("503")), ("HTTP Status Code：429", .status("429")),
        ("Message: Slow down.", .message("Slow down.")), ("Error Message: Bad.", .message("Bad.")),
    ])
    func fieldLines(text: String, field: ErrorList.Field) {
        #expect(ErrorList.field(text) == field)
    }

    @Test(arguments: ["HTTP Status Code: see below", "Type: String", "Required: Yes", "Status: 400", "Message:", "HTTP Status Code 400"])
    func linesThatAreNoFields(text: String) {
        #expect(ErrorList.field(text) == nil)
    }

    @Test func errorNames() {
        for name in ["AIS.0101", "ThrottlingException", "INVALID_ARGUMENT", "E1", "AccessDenied", "NOT.FOUND"] {
            #expect(ErrorList.looksLikeErrorName(name), "\(name)")
        }
        for name in ["Note", "Overview", "README", "important", "Widget"] {
            #expect(!ErrorList.looksLikeErrorName(name), "\(name)")
        }
    }

    // MARK: Hostile input

    /// Every line is looked at once: 10 MB of bold lines (every one a name line) is read in linear time.
    @Test(.timeLimit(.minutes(2))) func tenMegabytesOfBoldLines() throws {
        let names = String(repeating: "**Foo1**\n", count: 10_000_000 / 9)
        #expect(try MarkdownReader.readGrids(text: names, path: "bold.md").isEmpty)
        let alternating = String(repeating: "## a\n**b**\n", count: 1_000_000 / 11)
        #expect(try MarkdownReader.readGrids(text: alternating, path: "mix.md").isEmpty)
        let entries = (0..<20_000).map { "**E\($0)**\nText.\nHTTP Status Code: 400\n" }.joined()
        let grid = try #require(try MarkdownReader.readGrids(text: entries, path: "many.md").only)
        #expect(grid.rows.count == 20_001)
    }

    @Test func hostileNameLinesDoNotCrash() throws {
        let lines = [
            "****", "** **", "**\u{202E}A1**", "__**A1**__", "**A1**" + String(repeating: "<a>", count: 2000),
            "**" + String(repeating: "x", count: 5000) + "**", "**`A 1`**", "###### ", "####### A1", "# **A1** ####",
            "**A1**\\", "**[A1](#a)**", "**<b>A1</b>**", "**A1***", "** A1 ** **", "HTTP Status Code: 400",
        ]
        let text = lines.map { $0 + "\nHTTP Status Code: 400\n" }.joined(separator: "\n")
        let grids = try MarkdownReader.readGrids(text: text, path: "h.md")
        _ = try? CatalogBuilder.build(grids, path: "h.md", options: .init(service: "S"))
        let codes = grids.flatMap { $0.rows.dropFirst().map { $0[0].text } }
        #expect(codes.contains("\u{202E}A1"))
        #expect(codes.contains("A 1"))
        #expect(!codes.contains { $0.utf8.count > ErrorList.maximumNameBytes })
    }

    @Test func hostileHTMLListsStayBounded() throws {
        // 100,000 nested lists inside a definition: read as paragraphs below 32 levels.
        let nested = "<dl><dt>A1</dt><dd>" + String(repeating: "<ul><li>", count: 100_000) + "HTTP Status Code: 400"
        let grid = try #require(try HTMLReader.readGrids(data: Array(nested.utf8), path: "n.html").only)
        #expect(grid.rows.last?.last?.text == "400")
        // A section over 10 MB is left out, not an error; 100,000 nested <dl> are text.
        let huge = "<h3>A1</h3><p>" + String(repeating: "word ", count: 2_200_000) + "</p><p>HTTP Status Code: 400</p>"
            + "<h3>B1</h3><p>HTTP Status Code: 400</p>"
        #expect(try HTMLReader.readGrids(data: Array(huge.utf8), path: "h.html").isEmpty)
        let deep = String(repeating: "<dl><dt>A1<dd>", count: 100_000)
        #expect(try HTMLReader.readGrids(data: Array(deep.utf8), path: "d.html").isEmpty)
    }

    // MARK: The real page

    @Test(.requiresSharedPages) func awsCommonErrorsGiveEighteenCodesWithStatuses() throws {
        let file = try ReaderTestFiles.corpus("aws-lambda-commonerrors-20221114.md")
        let grids = try MarkdownReader.readGrids(text: file.text, path: file.path)
        let grid = try #require(grids.only)
        #expect(grid.caption == "Common Errors")
        #expect(grid.location == SourceLocation(path: file.path, line: 5, column: 1))
        let catalog = try CatalogBuilder.build(grids, path: file.path, options: .init(service: "AWS"))
        #expect(catalog.entries.count == 18)
        #expect(catalog.entries.allSatisfy { $0.variants.count == 1 && $0.variants[0].status != nil && !$0.variants[0].message.isEmpty })
        var counts: [Int: Int] = [:]
        for status in Self.statuses(catalog).compactMap({ $0 }) { counts[status, default: 0] += 1 }
        #expect(counts == [400: 12, 403: 3, 404: 1, 500: 1, 503: 1])
        #expect(catalog.entries.first?.code == "AccessDeniedException")
        #expect(catalog.entries.last?.code == "ValidationError")
        #expect(catalog.entry("InternalFailure")?.variants.only?.status == 500)
        #expect(catalog.entry("MalformedQueryString")?.variants.only?.status == 404)
        #expect(catalog.entry("ServiceUnavailable")?.variants.only?.status == 503)
        #expect(catalog.entry("AccessDeniedException")?.location == SourceLocation(path: file.path, line: 5, column: 2))
    }
}
