import ErrataModel
@testable import ErrataReaders
import Testing

@Suite struct CatalogBuilderTests {
    private func grid(_ rows: [[String]], headerRowCount: Int? = nil) -> Grid {
        Grid(rows: rows.map { $0.map { Cell(text: $0) } }, headerRowCount: headerRowCount)
    }

    private func build(_ grids: [Grid], tableIndex: Int? = nil) throws -> Catalog {
        try CatalogBuilder.build(
            grids, path: "page.html", options: .init(service: "S", source: "https://e.x", tableIndices: tableIndex.map { [$0] } ?? []))
    }

    @Test func reorderedAndRenamedHeaders() throws {
        let catalog = try build([grid([
            ["Handling Measure.", "Error Message", "Category", "Description", "Error Codes", "resultKey"],
            ["Retry.", "Busy", "Core", "Server busy.", "C.1", "BUSY"],
        ])])
        #expect(catalog.service == "S")
        #expect(catalog.source == "https://e.x")
        #expect(catalog.entries == [Entry(code: "C.1", module: "Core", variants: [
            Variant(message: "Busy", description: "Server busy.", solution: "Retry.", columns: [Column(name: "resultKey", value: "BUSY")]),
        ])])
        #expect(catalog.modules == [Module(name: "Core")])
    }

    @Test(arguments: [
        ("Error&nbsp;Code", ColumnRole.code), ("Error\u{00A0}Code ", .code), (" error message.", .message),
        ("Error Code (string)", .code), ("HTTP Status Code", .status), ("Measure", .solution), ("resultCode", .code),
        ("模块", .module), ("错误码", .code), ("错误信息", .message), ("描述", .description), ("说明", .description),
        ("建议解决方法", .solution), ("处理措施", .solution), ("状态码", .status), ("HTTP", .status),
        ("Response Code", .status), ("Error Type", .code), ("Possible Cause", .description), ("Cause", .description),
        ("Troubleshooting", .solution), ("Handling Measure", .solution), ("返回错误码", .code), ("エラーコード", .code),
        ("오류 코드", .code), ("Fehlermeldung", .message), ("Описание", .description), ("Solución", .solution),
    ])
    func headerSynonyms(header: String, role: ColumnRole) {
        #expect(ColumnRole.role(forHeader: header) == role)
    }

    @Test func codeColumnFoundByItsCellsWithAWarning() throws {
        let table = grid([["Name", "Meaning"], ["AADSTS16000", "Interaction required."], ["AADSTS50011", "Redirect mismatch."]])
        let built = try CatalogBuilder.buildWithTables([table], path: "p", options: .init(service: "S"))
        #expect(built.catalog.entries.map(\.code) == ["AADSTS16000", "AADSTS50011"])
        #expect(built.catalog.entries.first?.variants.first?.message == "Interaction required.")
        #expect(built.warnings.map(\.message) == [
            "no header names the error-code column; column 1 (\"Name\") holds code-shaped cells and is read as the codes",
        ])
        let exceptions = grid([["Name", "Meaning"], ["NoSuchKey", "Gone."], ["AccessDenied", "No."]])
        #expect(try build([exceptions]).entries.map(\.code) == ["NoSuchKey", "AccessDenied"])
        // Parameter tables and prose are not code columns: the page still has no error table.
        for other in [grid([["Parameter", "Description"], ["project_id", "Project."], ["name", "Name."]]),
                      grid([["Term", "Meaning"], ["Quota", "Limit."], ["Region", "Area."]])] {
            #expect(throws: Diagnostic.self) { try build([other]) }
        }
    }

    @Test func unknownHeadersMapToNothing() {
        #expect(ColumnRole.role(forHeader: "resultKey") == nil)
        #expect(ColumnRole.role(forHeader: "Tag") == nil)
    }

    @Test func chineseHeadersAndNoteRow() throws {
        let catalog = try build([grid([
            ["模块", "错误码", "错误信息", "说明", "建议解决方法"],
            ["OCR", "AIS.0101", "The input parameter is invalid.", "参数不合法", "检查参数"],
            ["其他", "如果出现其他错误码，请联系技术支持。", "", "", ""],
        ])])
        #expect(catalog.entries.map(\.code) == ["AIS.0101"])
        #expect(catalog.entries.first?.variants.first?.solution == "检查参数")
        #expect(catalog.notes == [Note(label: "其他", text: "如果出现其他错误码，请联系技术支持。")])
        #expect(catalog.modules.map(\.name) == ["OCR"])
    }

    @Test func missingCodeColumnListsHeaders() throws {
        let grids = [grid([["Tag", "Description"], ["Code", "Error code."]]), grid([["Name", "Value"]])]
        let error = #expect(throws: Diagnostic.self) { try build(grids) }
        #expect(error?.location == SourceLocation(path: "page.html"))
        #expect(error?.message == "2 tables; none has an error-code column; their headers were: [Tag, Description]; [Name, Value]")
        let none = #expect(throws: Diagnostic.self) { try build([]) }
        #expect(none?.description == "page.html: error: no table found")
    }

    @Test func severalTablesPickTheErrorTablesOrTheIndexGiven() throws {
        let tables = [
            grid([["Parameter", "Type"], ["id", "string"]]),
            grid([["Code", "Meaning"], ["X", "A code and its meaning"]]),
            grid([["Error Code", "Error Message"], ["E.1", "Failed."]]),
            grid([["Error Code", "Other"], ["C.1", "?"]]),
        ]
        #expect(try build(tables).entries.map(\.code) == ["X", "E.1"])
        let overridden = try build(tables, tableIndex: 1)
        #expect(overridden.entries.map(\.code) == ["X"])
        #expect(overridden.entries.first?.variants.first?.message == "A code and its meaning")
        #expect(try build([tables[3]]).entries.map(\.code) == ["C.1"])
        let wrong = #expect(throws: Diagnostic.self) { try build(tables, tableIndex: 0) }
        #expect(wrong?.message == "table 0 has no error-code column; its header is: [Parameter, Type]")
        let outOfRange = #expect(throws: Diagnostic.self) { try build(tables, tableIndex: 4) }
        #expect(outOfRange?.message == "table index 4 is out of range: found 4 tables")
    }

    /// One row is one variant with every status of its status cell, however they are separated.
    @Test func severalStatusesInOneCellAreOneVariant() throws {
        let built = try build([grid([
            ["Error Code", "Error Message", "HTTP Status Code"],
            ["E.1", "Busy.", "400/500"], ["E.2", "Gone.", "400, 404"], ["E.3", "Odd.", "500 or 503 (or 500 again)"],
            ["E.1", "Busy.", "502"],
        ])])
        #expect(built.entry("E.1")?.variants == [
            Variant(message: "Busy.", statuses: [400, 500]), Variant(message: "Busy.", statuses: [502]),
        ])
        #expect(built.entry("E.2")?.variants == [Variant(message: "Gone.", statuses: [400, 404])])
        #expect(built.entry("E.3")?.variants.map(\.statuses) == [[500, 503]])
        #expect(built.entry("E.3")?.variants.first?.status == 500)
        #expect(built.variantCount == 4)
    }

    @Test func statusColumnFirstThirdOrAbsent() throws {
        let first = try build([grid([["Status Code", "Error Code", "Error Message"], ["404", "E.1", "Gone"]])])
        #expect(first.entries.first?.variants == [Variant(message: "Gone", status: 404)])
        let third = try build([grid([["Error Code", "Error Message", "HTTP Status Code"], ["E.1", "Gone", "400/404"]])])
        #expect(third.entries.first?.variants == [Variant(message: "Gone", statuses: [400, 404])])
        #expect(third.variantCount == 1)
        let absent = try build([grid([["Error Code", "Error Message"], ["E.1", "Gone"]])])
        #expect(absent.entries.first?.variants.first?.status == nil)
        let text = try build([grid([["Error Code", "Error Message", "HTTP"], ["E.1", "Gone", "n/a"]])])
        #expect(text.entries.first?.variants.first?.status == nil)
    }

    @Test func duplicateCodesOnNonAdjacentRowsAreOneEntry() throws {
        let catalog = try build([grid([
            ["HTTP Status Code", "Error Code", "Error Message"],
            ["400", "Ecs.1000", "Bad request"], ["500", "Ecs.2000", "Internal"], ["404", "Ecs.1000", "Not found"],
        ])])
        #expect(catalog.entries.map(\.code) == ["Ecs.1000", "Ecs.2000"])
        #expect(catalog.entry("Ecs.1000")?.variants == [Variant(message: "Bad request", status: 400), Variant(message: "Not found", status: 404)])
    }

    @Test func noteRowWithColspanCopiesIsNotRepeated() throws {
        let note = Cell(text: "If other error codes are displayed, contact us.")
        var copy = note
        copy.isSpanCopy = true
        let table = Grid(rows: [
            ["Module", "Error Code", "Error Message"].map { Cell(text: $0, isHeader: true) },
            [Cell(text: "OCR"), Cell(text: "AIS.0101"), Cell(text: "Invalid.")],
            [Cell(text: "Other"), note, copy],
        ], headerRowCount: 1)
        let catalog = try build([table])
        #expect(catalog.notes == [Note(label: "Other", text: "If other error codes are displayed, contact us.")])
        #expect(catalog.modules.map(\.name) == ["OCR"])
    }

    @Test func spanCopiesFillModuleAndContinueTheCode() throws {
        func copy(_ text: String) -> Cell { Cell(text: text, isSpanCopy: true) }
        let table = Grid(rows: [
            [Cell(text: "Module"), Cell(text: "Error Code"), Cell(text: "Error Message")],
            [Cell(text: "Platform"), Cell(text: "ModelArts.4105"), Cell(text: "The JSON format of the input data is incorrect.")],
            [copy("Platform"), copy("ModelArts.4105"), Cell(text: "Failed to obtain the temporary AK/SK")],
            [copy("Platform"), Cell(text: "ModelArts.4106"), Cell(text: "Invalid authorization request.")],
            [Cell(text: ""), Cell(text: ""), Cell(text: "Third message of 4106")],
        ], headerRowCount: 1)
        let catalog = try build([table])
        #expect(catalog.entries.map(\.code) == ["ModelArts.4105", "ModelArts.4106"])
        #expect(catalog.entries.map(\.module) == ["Platform", "Platform"])
        #expect(catalog.entry("ModelArts.4105")?.variants.count == 2)
        #expect(catalog.entry("ModelArts.4106")?.variants.last?.message == "Third message of 4106")
    }

    @Test func descriptionStandsInForAMissingMessageColumn() throws {
        let catalog = try build([grid([
            ["HTTP", "Error code", "Description"], ["404", "NoSuchKey", "The specified key does not exist."],
        ])])
        #expect(catalog.entry("NoSuchKey")?.variants == [Variant(message: "The specified key does not exist.", description: "", status: 404)])
        let rich = Cell(text: "Access is denied.\n\nAsk the owner.", markdown: "Access is denied.\n\nAsk the **owner**.")
        let split = RowInterpreter.messageFromDescription(rich)
        #expect(split.message == "Access is denied.")
        #expect(split.description == "Access is denied.\n\nAsk the **owner**.")
    }

    @Test func twoHeaderRowsAndSuccessRowsKept() throws {
        let catalog = try build([grid([
            ["Error codes", "", ""], ["Code", "Message", "Status"],
            ["0", "Success", "200"], ["-1", "Unknown error.", "500"], ["APIG.0000", "OK", "204"],
        ], headerRowCount: 2)])
        #expect(catalog.entries.map(\.code) == ["0", "-1", "APIG.0000"])
        #expect(catalog.entries.map { $0.variants.first?.status } == [200, 500, 204])
        #expect(catalog.entries.allSatisfy { $0.module == nil })
        #expect(catalog.modules.isEmpty)
    }

    @Test(arguments: [
        ("AIS.0101", true), ("0", true), ("-1", true), ("4000001", true), ("NoSuchBucket", true),
        ("INVALID_PARAMETER", true), ("Other", false), ("其他", false), ("Contact us.", false),
        ("If other error codes are displayed, contact us.", false), ("", false), ("Done.", false),
    ])
    func codeShapes(text: String, isCode: Bool) {
        #expect(CodeShape.looksLikeCode(Cell(text: text)) == isCode)
    }

    @Test func codeSpanCellIsACodeEvenWithASpace() {
        #expect(CodeShape.looksLikeCode(Cell(text: "Precondition Failed", markdown: "`Precondition Failed`")))
    }
}
