import ErrataModel
import ErrataReaders
import ErrataTestSupport
import Testing

/// Real vendor pages of the shared corpus (row counts from its MANIFEST, values checked by hand).
@Suite(.requiresSharedPages) struct HTMLReaderCorpusTests {
    @Test func huaweiOCRMarkdownWrappingHTML() throws {
        let grids = try HTMLTestSupport.readGrids(atPath: HTMLTestSupport.corpusPath("huawei-ocr-errorcodes-zh-20191210.md"))
        try #require(grids.count == 1)
        let grid = grids[0]
        #expect(grid.headerRowCount == 1)
        #expect(grid.rows[0].map(\.text) == ["模块", "错误码", "错误信息", "说明", "建议解决方法"])
        #expect(grid.rows.count - 1 == 36)
        let first = try #require(HTMLTestSupport.row(grid, column: 1, equal: "AIS.0101"))
        #expect(first.map(\.text) == ["文字识别", "AIS.0101", "The input parameter is invalid.", "输入参数不符合规范", "请检查输入参数。"])
        let platform = try #require(HTMLTestSupport.row(grid, column: 1, equal: "ModelArts.4107"))
        #expect(platform[0].text == "平台" && platform[0].isSpanCopy)
        #expect(platform[3].text == "获取用户临时AK，SK异常")
        // The Markdown around the table is text, not tables.
        #expect(grid.rows.allSatisfy { $0.count == 5 })
    }

    @Test func huaweiAPIGMarkdownWrappingHTML() throws {
        let grids = try HTMLTestSupport.readGrids(atPath: HTMLTestSupport.corpusPath("huawei-apig-errorcodes-zh-20210924.md"))
        try #require(grids.count == 1)
        let grid = grids[0]
        #expect(grid.headerRowCount == 1)
        #expect(grid.rows[0].map(\.text) == ["状态码", "错误码", "错误信息", "描述", "处理措施"])
        #expect(grid.rows.count - 1 == 185)
        #expect(grid.rows[1].map(\.text) == ["204", "APIG.0000", "Successful", "请求成功", "无"])
        let row = try #require(HTMLTestSupport.row(grid, column: 1, equal: "APIG.1119"))
        #expect(row.map(\.text) == [
            "400", "APIG.1119", "No permissions to perform operations on this method.", "细粒度授权失败，无权限执行此操作", "获取对应细粒度权限后使用",
        ])
    }

    @Test func otcECSFragment() throws {
        let grids = try HTMLTestSupport.readGrids(atPath: HTMLTestSupport.corpusPath("otc-ecs-errorcodes-20220427.html"))
        try #require(grids.count == 1)
        let grid = grids[0]
        #expect(grid.headerRowCount == 1)
        #expect(grid.rows[0].map(\.text) == ["HTTP Status Code", "Error Code", "Error Message", "Description", "Solution"])
        #expect(grid.rows.count - 1 == 148)
        #expect(grid.caption == "Error Codes")
        let ecs1000 = grid.rows.filter { $0[1].text == "Ecs.1000" }
        #expect(ecs1000.map { $0[0].text } == ["400", "404"])
        #expect(ecs1000.map { $0[2].text } == ["Failed to call the Nova API because %s.", "itemNotFound: xxx could not be found."])
        let ecs0003 = try #require(HTMLTestSupport.row(grid, column: 1, equal: "Ecs.0003"))
        #expect(ecs0003[2].text == "The token role contains op_suspended. The current operation is not allowed.")
        #expect(ecs0003[2].markdown == "The token role contains **op_suspended**. The current operation is not allowed.")
        let ecs0007 = try #require(HTMLTestSupport.row(grid, column: 1, equal: "Ecs.0007"))
        #expect(ecs0007[2].text == "ecs service not support the ironic image [%s]")
        #expect(ecs0007[2].markdown == "ecs service not support the ironic image \\[%s\\]")
    }

    @Test func otcELBThreeTables() throws {
        let grids = try HTMLTestSupport.readGrids(atPath: HTMLTestSupport.corpusPath("otc-elb-statuscodes-shared-20220506.html"))
        try #require(grids.count == 3)
        #expect(grids.map(\.caption) == ["Table 1 Normal response codes", "Table 2 Error codes", "Table 3 Error codes"])
        #expect(grids[0].headerRowCount == 1 && grids[1].headerRowCount == 1)
        #expect(grids[0].rows.count == 4)

        // Table 3: its header row is a plain <tr><td> row under the caption, not marked as header.
        let table = grids[2]
        #expect(table.headerRowCount == nil)
        #expect(table.rows[0].map(\.text)
            == ["Module", "HTTP Status Code", "Error Code", "Error Message", "Description", "Handling Measure"])
        #expect(!table.rows[0].contains { $0.isHeader })
        // 83 <tr> rows: the unmarked header row and 82 codes.
        #expect(table.rows.count == 83)
        #expect(table.rows.allSatisfy { $0.count == 6 })
        let second = table.rows[2]
        #expect(second[0].text == "Load balancer" && second[0].isSpanCopy)
        #expect(second[2].text == "ELB.1102")
        let elb1202 = try #require(HTMLTestSupport.row(table, column: 2, equal: "ELB.1202"))
        #expect(elb1202[3].text == "1.decoded token is null.\n\n2.checkEnterpriseProject is error.")
        #expect(elb1202[4].text == "The token is empty.\n\nAn error occurred during verification of ep_id.")
        #expect(elb1202[4].markdown == "- The token is empty.\n- An error occurred during verification of **ep_id**.")
        let last = try #require(table.rows.last)
        #expect(last.map(\.text) == [
            "API version", "404", "ELB.1110", "version not found.", "The API version does not exist.", "Contact customer service.",
        ])
        #expect(!last[0].isSpanCopy)
    }
}
