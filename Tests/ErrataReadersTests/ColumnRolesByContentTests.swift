import ErrataModel
@testable import ErrataReaders
import Testing

/// Column roles from header names compared loosely, and from the cells when no header names a
/// role; every column of a table read says its role and why.
@Suite struct ColumnRolesByContentTests {
    private func grid(_ rows: [[String]], headerRowCount: Int? = 1) -> Grid {
        Grid(rows: rows.map { $0.map { Cell(text: $0) } }, headerRowCount: headerRowCount, location: SourceLocation(path: "p", line: 1))
    }

    private func built(_ grids: [Grid]) throws -> CatalogBuilder.Built {
        try CatalogBuilder.buildWithTables(grids, path: "p", options: .init(service: "S"))
    }

    private func page(_ name: String) throws -> [Grid] {
        let page = try ReaderTestFiles.fixture("ColumnRoles/\(name)")
        switch name.split(separator: ".").last {
        case "html": return try HTMLReader.readGrids(data: Array(page.text.utf8), path: page.path)
        case "rst": return try RSTReader.readGrids(text: page.text, path: page.path)
        default: return try MarkdownReader.readGrids(text: page.text, path: page.path)
        }
    }

    @Test(arguments: [
        ("HttpCode", ColumnRole.status), ("HTTP_CODE", .status), ("Http Status", .status), ("http-status", .status),
        ("HTTPStatus", .status), ("ErrorCode", .code), ("error_code", .code), ("Error-Code", .code), ("error_msg", .message),
        ("ErrorMessage", .message), ("Error message:", .message), ("HTTP 状态码", .status), ("http状态码", .status),
    ])
    func headerNamesWithoutCaseSpacesOrPunctuation(header: String, role: ColumnRole) {
        #expect(ColumnRole.role(forHeader: header) == role)
    }

    @Test func headerWordsAndKeys() {
        #expect(HeaderName.words("HttpCode") == ["http", "code"])
        #expect(HeaderName.words("HTTP_CODE") == ["http", "code"])
        #expect(HeaderName.words("表3 错误码") == ["表", "3", "错误码"])
        #expect(HeaderName.key("Error&nbsp;Code") == "errorcode")
        #expect(HeaderName.names("Table 3 Error codes of the API", "error codes"))
        #expect(HeaderName.names("ErrorCodes", "Error codes"))
        #expect(!HeaderName.names("Table 3 Error codes", "codes of"))
        #expect(!HeaderName.names("Errors", "Error"))
        #expect(!HeaderName.names("Errors", ""))
    }

    /// No two roles share a synonym once names are compared loosely.
    @Test func synonymsStayDistinctAsKeys() {
        let keys = ColumnRole.synonymKeys
        #expect(keys.count > 100)
        #expect(keys["httpcode"] == .status && keys["errorcode"] == .code && keys["errormsg"] == .message)
    }

    /// The API reference layout: parameter tables, then `HttpCode | Error code | Error message |
    /// Description`; the status column is read as the status, not kept as a column.
    @Test func apiPageWithHttpCodeColumn() throws {
        let result = try built(try page("api-page-httpcode.md"))
        #expect(result.tables.map(\.index) == [2])
        #expect(result.catalog.entries.map(\.code) == [
            "InvalidPoolName.Malformed", "InvalidZoneId.NotFound", "Forbidden.Quota", "InternalError",
        ])
        #expect(result.catalog.entries.flatMap(\.variants).map(\.statuses) == [[400], [404], [403], [500]])
        #expect(result.catalog.entries.flatMap(\.variants).allSatisfy { $0.columns.isEmpty })
        #expect(result.tables.first?.columns.map(\.role) == [.status, .code, .message, .description])
        #expect(result.tables.first?.columns.first == CatalogBuilder.ColumnRead(
            position: 1, header: "HttpCode", role: .status, reason: .header, detail: "header \"HttpCode\""))
        #expect(result.warnings.isEmpty)
    }

    @Test(arguments: [
        (["404", "410"], true), (["404 Not Found", "500 Internal Server Error"], true), (["400/500", "404"], true),
        (["500, 502, 504 - Server Errors", "200 - OK"], true),
        (["4000", "4001"], false), (["4xx", "5xx"], false), (["2021", "2022"], false), (["Bad", "404"], false), (["404"], false),
    ])
    func statusColumnByContent(cells: [String], isStatus: Bool) {
        let body = cells.map { [Cell(text: $0)] }[...]
        #expect(ColumnContent(body, column: 0).isStatuses == isStatus)
    }

    @Test func statusCells() {
        #expect(StatusCell.parse("404")?.statuses == [404])
        #expect(StatusCell.parse("404 - Not Found")?.name == "Not Found")
        #expect(StatusCell.parse("500, 502, 504 - Server Errors")?.statuses == [500, 502, 504])
        #expect(StatusCell.parse("400/500")?.statuses == [400, 500])
        #expect(StatusCell.parse("404: Gone")?.name == "Gone")
        #expect(StatusCell.parse("4040") == nil)
        #expect(StatusCell.parse("404abc") == nil)
        #expect(StatusCell.parse("700 - Odd") == nil)
        #expect(StatusCell.parse("404, 7000") == nil)
        #expect(StatusCell.parse("Not Found") == nil)
    }

    @Test(arguments: [
        // Shapes of codes: dotted, CamelCase, UPPER_SNAKE, numbers, namespaced, dashed.
        (["AIS.0101", "AIS.0102", "AIS.0103"], false, true),
        (["NoSuchKey", "AccessDenied", "InvalidRange"], false, true),
        (["INVALID_ARGUMENT", "NOT_FOUND", "PERMISSION_DENIED"], false, true),
        (["1001", "1002", "1003"], false, true),
        (["ns:WidgetMissing", "ns:WidgetLocked"], false, true),
        (["WDG-CMN-1", "WDG-CMN-2", "WDG-CMN-65535"], false, true),
        // camelCase and snake_case only beside statuses or messages.
        (["rateLimitExceeded", "widgetNotFound"], true, true),
        (["not_found", "too_many_requests"], true, true),
        (["rateLimitExceeded", "widgetNotFound"], false, false),
        (["project_id", "widget_name"], false, false),
        // Not codes: words, sentences, repeated values, type names.
        (["Quota", "Region"], true, false),
        (["The widget is gone.", "Try again later."], true, false),
        (["AIS.0101", "AIS.0101"], true, false),
        (["String", "Integer"], true, false),
    ])
    func codeColumnByContent(cells: [String], supported: Bool, isCode: Bool) {
        let body = cells.map { [Cell(text: $0)] }[...]
        #expect(ColumnContent(body, column: 0).isCodes(supported: supported) == isCode)
    }

    /// Google-like: no `<thead>`, header cells in the first row, the codes under "Reason" (a
    /// description synonym) beside the status; the "Description" column keeps its role.
    @Test func reasonColumnOfIdentifiersWithoutThead() throws {
        let result = try built(try page("reason-without-thead.html"))
        #expect(result.catalog.entries.map(\.code) == ["invalidWidget", "widgetQuotaExceeded", "widgetNotFound", "rateLimitExceeded"])
        #expect(result.catalog.entry("widgetNotFound")?.variants == [
            Variant(message: "The widget named in the request does not exist.", status: 404),
        ])
        #expect(result.tables.first?.columns.map(\.role) == [.status, .code, .description])
        #expect(result.tables.first?.columns[1].reason == .content)
        #expect(result.warnings.map(\.message) == [
            "no header names the error-code column; column 2 (\"Reason\") is headed as the description but holds code-shaped cells and is read as the codes",
        ])
    }

    /// DigitalOcean-like: snake_case identifiers in the second column under a header errata does
    /// not know, beside a status; the explanation column read as the message.
    @Test func identifierColumnBesideStatuses() throws {
        let result = try built(try page("identifier-column.md"))
        #expect(result.catalog.entries.map(\.code) == ["unauthorized", "not_found", "unprocessable_entity", "too_many_requests"])
        #expect(result.catalog.entry("not_found")?.variants == [
            Variant(message: "The resource you were accessing could not be found.", status: 404),
        ])
        let columns = try #require(result.tables.first?.columns)
        #expect(columns.map(\.role) == [.status, .code, .message])
        #expect(columns.map(\.reason) == [.header, .content, .content])
        #expect(columns[1].detail == "4 of 4 cells are distinct code-shaped identifiers")
        #expect(result.warnings.map(\.message) == [
            "no header names the error-code column; column 2 (\"Identifier\") holds code-shaped cells and is read as the codes",
            "column 3 (\"Explanation\") holds short texts and is read as the message",
        ])
        #expect(result.warnings.map(\.severity) == [.warning, .note])
        #expect(result.warnings.allSatisfy { $0.location?.line == 3 })
    }

    /// A table without `<thead>` whose codes are dashed and not in the first column; the first
    /// column is a module by its header.
    @Test func dashedCodesNotFirstWithoutThead() throws {
        let result = try built(try page("dashed-codes-no-thead.html"))
        #expect(result.catalog.entries.map(\.code) == ["WDG-CMN-1", "WDG-CMN-2", "WDG-CMN-65535"])
        #expect(result.catalog.entries.map(\.module) == ["Common", "Common", "Common"])
        #expect(result.catalog.entry("WDG-CMN-2")?.variants.first?.message == "The widget component is not started.")
    }

    /// Headers in Chinese errata has never seen: statuses, codes and messages by their cells.
    @Test func chineseHeadersNeverSeen() throws {
        let result = try built(try page("chinese-headers.md"))
        #expect(result.catalog.entries.map(\.code) == ["Widget.ParamInvalid", "Widget.NotFound", "Widget.Internal"])
        #expect(result.catalog.entry("Widget.NotFound")?.variants == [Variant(message: "部件不存在。", status: 404)])
        #expect(result.tables.first?.columns.map(\.role) == [.status, .code, .message])
        #expect(result.warnings.first?.message == "column 1 (\"返回状态\") holds HTTP statuses and is read as the status")
    }

    /// A status column under an unknown header beside a known code column.
    @Test func statusColumnUnderAnUnknownHeader() throws {
        let result = try built([grid([
            ["Error Code", "Foo", "Error Message"], ["W.1", "400 Bad Request", "Bad widget."], ["W.2", "404", "No widget."],
        ])])
        #expect(result.catalog.entries.flatMap(\.variants).map(\.statuses) == [[400], [404]])
        #expect(result.warnings.map(\.message) == ["column 2 (\"Foo\") holds HTTP statuses and is read as the status"])
        #expect(result.tables.first?.columns[1].detail == "2 of 2 cells are HTTP statuses")
    }

    /// Message and description told apart by their cells: the shorter texts are the message.
    @Test func messageAndDescriptionByLength() throws {
        let result = try built([grid([
            ["Error Code", "Summary", "Explanation"],
            ["W.1", "Widget missing.", "The widget named in the request does not exist. Check its name and the region."],
            ["W.2", "Widget locked.", "Another request holds the widget. Wait until it finishes, then try again."],
        ])])
        #expect(result.catalog.entry("W.1")?.variants == [Variant(
            message: "Widget missing.", description: "The widget named in the request does not exist. Check its name and the region.")])
        #expect(result.tables.first?.columns.map(\.role) == [.code, .message, .description])
        #expect(result.warnings.count == 2)
    }

    /// Labels ("API team", "Client error") beside a description are not messages: kept as columns.
    @Test func labelsAreNotMessages() throws {
        let result = try built([grid([
            ["Error Code", "Owner", "Description"],
            ["W.1", "API team", "The widget named in the request does not exist."],
            ["W.2", "Core team", "Another request holds the widget."],
        ])])
        #expect(result.catalog.entry("W.1")?.variants.first?.columns == [Column(name: "Owner", value: "API team")])
        #expect(result.tables.first?.columns[1] == CatalogBuilder.ColumnRead(
            position: 2, header: "Owner", role: nil, reason: .kept, detail: "no role: kept as each row's columns"))
    }

    /// Parameter tables are never error tables, whatever their names look like.
    @Test func parameterTablesAreNotErrorTables() throws {
        for table in [
            grid([["Name", "Type", "Description"], ["WidgetId", "String", "The widget."], ["PoolName", "String", "The pool."]]),
            grid([["Field", "Meaning"], ["WIDGET_ID", "The widget."], ["POOL_NAME", "The pool."]]),
            grid([["Key", "Kind", "Notes"], ["widgetId", "string", "The widget."], ["poolName", "integer", "The pool."]]),
        ] {
            #expect(throws: Diagnostic.self) { _ = try built([table]) }
        }
    }

    /// Guessing looks at a sample of each column, so a 100,000-row table with no known header
    /// costs no more to guess than a small one; every row is still read.
    @Test(.timeLimit(.minutes(2))) func guessesSampleLargeTables() throws {
        let rows = (0..<100_000).map { [String(400 + $0 % 100), "WDG.\($0)", "Widget \($0) failed."] }
        let table = grid([["A", "B", "C"]] + rows)
        let sample = ColumnContent(table.rows.dropFirst(), column: 1)
        #expect(sample.filled == ColumnContent.sampleSize)
        let result = try built([table])
        #expect(result.catalog.entries.count == 100_000)
        #expect(result.tables.first?.columns.map(\.role) == [.status, .code, .message])
        #expect(result.catalog.entries.last?.variants == [Variant(message: "Widget 99999 failed.", status: 499)])
    }
}
