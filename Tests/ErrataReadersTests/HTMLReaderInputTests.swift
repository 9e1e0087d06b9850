import ErrataModel
import ErrataReaders
import Testing

/// Encodings, damaged input and limits.
@Suite struct HTMLReaderInputTests {
    let chineseTable = "<table><tr><td>错误码</td><td>请检查输入参数。</td></tr></table>"

    @Test func utf8WithoutCharsetDeclaration() throws {
        let grid = try HTMLTestSupport.grid("<html><head><title>t</title></head><body>\(chineseTable)</body></html>")
        #expect(HTMLTestSupport.texts(grid) == [["错误码", "请检查输入参数。"]])
        let fragment = try HTMLTestSupport.grid(chineseTable)
        #expect(HTMLTestSupport.texts(fragment) == [["错误码", "请检查输入参数。"]])
    }

    @Test func gbkPage() throws {
        var bytes = Array(#"<html><head><meta charset="gbk"></head><body><table><tr><td>"#.utf8)
        bytes += [0xB4, 0xED, 0xCE, 0xF3, 0xC2, 0xEB]  // 错误码
        bytes += Array("</td><td>".utf8) + [0xC7, 0xEB, 0xBC, 0xEC, 0xB2, 0xE9] + Array("</td></tr></table></body></html>".utf8)
        let grids = try HTMLReader.readGrids(data: bytes, path: "gbk.html")
        #expect(grids.map(HTMLTestSupport.texts) == [[["错误码", "请检查"]]])
    }

    @Test func latin1PageDeclaredWithHTTPEquiv() throws {
        var bytes = Array(#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><table><tr><td>caf"#.utf8)
        bytes += [0xE9, 0xA0, 0x3C] + Array("/td></tr></table>".utf8)
        let grids = try HTMLReader.readGrids(data: bytes, path: "latin1.html")
        #expect(grids.map(HTMLTestSupport.texts) == [[["café"]]])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(chineseTable.utf8)
        let grids = try HTMLReader.readGrids(data: bytes, path: "bom.html")
        #expect(grids.map(HTMLTestSupport.texts) == [[["错误码", "请检查输入参数。"]]])
        #expect(grids.first?.location?.line == 1)
    }

    @Test func utf16WithByteOrderMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in chineseTable.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let grids = try HTMLReader.readGrids(data: bytes, path: "utf16.html")
        #expect(grids.map(HTMLTestSupport.texts) == [[["错误码", "请检查输入参数。"]]])
    }

    @Test func crlfLineEnds() throws {
        let page = "<html>\r\n<body>\r\n<table>\r\n<tr><td>a\r\nb</td>\r\n<td>c</td></tr>\r\n</table>\r\n</body></html>\r\n"
        let grid = try HTMLTestSupport.grid(page)
        #expect(HTMLTestSupport.texts(grid) == [["a b", "c"]])
        #expect(grid.location?.line == 3)
        #expect(grid.rows[0].map { $0.location?.line } == [4, 6])
    }

    @Test func invalidUTF8IsAnErrorWithItsPosition() throws {
        let bytes = Array("<table><tr><td>ok</td></tr>\n<tr><td>bad ".utf8) + [0xFF] + Array("</td></tr></table>".utf8)
        let diagnostic = try #require(HTMLTestSupport.diagnostic(bytes))
        #expect(diagnostic.message.contains("invalid UTF-8"))
        #expect(diagnostic.message.contains("byte offset 40"))
        #expect(diagnostic.location == SourceLocation(path: "test.html", line: 2, column: 13))
        // A truncated multi-byte sequence at the very end, and an encoded surrogate.
        #expect(HTMLTestSupport.diagnostic(Array("<p>".utf8) + [0xE9, 0x94]) != nil)
        #expect(HTMLTestSupport.diagnostic(Array("<p>".utf8) + [0xED, 0xA0, 0x80]) != nil)
    }

    @Test func invalidBytesInADeclaredCharsetAreAnError() throws {
        let bytes = Array(#"<meta charset="gbk"><table><tr><td>"#.utf8) + [0xB4, 0xFF, 0xFF] + Array("</td></tr></table>".utf8)
        let diagnostic = try #require(HTMLTestSupport.diagnostic(bytes))
        #expect(diagnostic.message.contains("gbk"))
        #expect(diagnostic.location?.line == 1)
    }

    @Test func nulByteIsAnError() throws {
        let bytes = Array("<table><tr><td>a".utf8) + [0] + Array("b</td></tr></table>".utf8)
        let diagnostic = try #require(HTMLTestSupport.diagnostic(bytes))
        #expect(diagnostic.message.contains("NUL byte at byte offset 16"))
        #expect(diagnostic.location == SourceLocation(path: "test.html", line: 1, column: 17))
    }

    @Test func pageCutOffMidRowIsAnError() throws {
        let diagnostic = try #require(HTMLTestSupport.diagnostic(Array(
            "<html><body>\n<table><tr><td>a</td></tr>\n<tr><td>b</td><td>c".utf8)))
        #expect(diagnostic.message.contains("truncated"))
        #expect(diagnostic.message.contains("line 2"))
        #expect(diagnostic.location?.line == 3)
        // Cut after a nested table's end tag: the outer table is still open.
        let nested = HTMLTestSupport.diagnostic(Array("<table><tr><td><table><tr><td>x</td></tr></table>".utf8))
        #expect(nested?.message.contains("truncated") == true)
        // Cut between rows.
        #expect(HTMLTestSupport.diagnostic(Array("<table><tr><td>x</td></tr>\n".utf8))?.message.contains("truncated") == true)
        // Complete tables are fine, with or without text after them.
        #expect(HTMLTestSupport.diagnostic(Array("<table><tr><td>x</td></tr></table>".utf8)) == nil)
        #expect(HTMLTestSupport.diagnostic(Array("<table><tr><td>x</table >\n<p>after".utf8)) == nil)
        #expect(HTMLTestSupport.diagnostic(Array("<table><tr><td>x</TABLE junk>".utf8)) == nil)
        #expect(HTMLTestSupport.diagnostic(Array("<table><tr><td>x</tables>".utf8))?.message.contains("truncated") == true)
    }

    @Test func hugeTextInACellIsAnErrorNotSilentLoss() throws {
        let huge = String(repeating: "x", count: 10 * 1024 * 1024 + 10)
        let page = "<table><tr><td>a</td></tr>\n<tr><td>\(huge)</td></tr><tr><td>after</td></tr></table>"
        let diagnostic = try #require(HTMLTestSupport.diagnostic(Array(page.utf8)))
        #expect(diagnostic.message.contains("10 MB"))
        #expect(diagnostic.location?.line == 2)
        // The same text outside any table is skipped, and the table after it is read in full.
        let outside = "<p>\(huge)</p><table><tr><td>a</td></tr><tr><td>b</td></tr></table>"
        let grid = try HTMLTestSupport.grid(outside)
        #expect(HTMLTestSupport.texts(grid) == [["a"], ["b"]])
    }

    @Test func deeplyNestedMarkupDoesNotCrash() throws {
        let depth = 100_000
        let page = "<table><tr><td>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "</td><td>next</td></tr></table>"
        let grid = try HTMLTestSupport.grid(page)
        #expect(HTMLTestSupport.texts(grid) == [["deep", "next"]])
        let inline = "<table><tr><td>" + String(repeating: "<b>", count: depth) + "bold" + "</td></tr></table>"
        #expect(try HTMLTestSupport.grid(inline).rows.first?.first?.text == "bold")
    }

    @Test func inputOver256MBIsAnError() throws {
        let bytes = [UInt8](repeating: 0x20, count: 256 * 1024 * 1024 + 1)
        let diagnostic = try #require(HTMLTestSupport.diagnostic(bytes))
        #expect(diagnostic.message.contains("256 MB"))
    }
}
