import ErrataModel
import ErrataReaders
import Testing
import ErrataSpec

/// The front door's dispatch: each format has its page reader, and a small page of each format
/// reads through `DocumentReader` into the same catalog, service and sample body format.
@Suite struct PageReaderTests {
    @Test func everyFormatMapsToItsReader() {
        let expected: [InputFormat: ObjectIdentifier?] = [
            .spec: nil,
            .html: ObjectIdentifier(HTMLPageReader.self),
            .text: ObjectIdentifier(TextPageReader.self),
            .markdown: ObjectIdentifier(MarkdownPageReader.self),
            .rst: ObjectIdentifier(RSTPageReader.self),
            .asciidoc: ObjectIdentifier(AsciiDocPageReader.self),
        ]
        #expect(Set(expected.keys) == Set(InputFormat.allCases))
        for format in InputFormat.allCases {
            let reader = DocumentReader.pageReader(for: format).map { ObjectIdentifier($0) }
            #expect(reader == expected[format], "\(format)")
        }
    }

    static let sample = #"{"fault": {"code": "KQ.0001", "text": "Queue is full."}}"#

    /// One hand-written page per format: a title, a two-code table and (except the spec) a sample body.
    static let pages: [(name: String, format: InputFormat, text: String)] = [
        ("kestrel.html", .html, """
            <html><body>
            <h1>Kestrel Queue Error Codes</h1>
            <pre>\(sample)</pre>
            <table>
            <tr><th>Error Code</th><th>Error Message</th></tr>
            <tr><td>KQ.0001</td><td>Queue is full.</td></tr>
            <tr><td>KQ.0002</td><td>Queue is gone.</td></tr>
            </table>
            </body></html>

            """),
        ("kestrel.md", .markdown, """
            # Kestrel Queue Error Codes

            | Error Code | Error Message |
            | --- | --- |
            | KQ.0001 | Queue is full. |
            | KQ.0002 | Queue is gone. |

            ```json
            \(sample)
            ```

            """),
        ("kestrel.rst", .rst, """
            Kestrel Queue Error Codes
            =========================

            .. list-table::
               :header-rows: 1

               * - Error Code
                 - Error Message
               * - KQ.0001
                 - Queue is full.
               * - KQ.0002
                 - Queue is gone.

            .. code-block:: json

               \(sample)

            """),
        ("kestrel.adoc", .asciidoc, """
            = Kestrel Queue Error Codes
            :toc:

            [source,json]
            ----
            \(sample)
            ----

            [options="header"]
            |===
            |Error Code |Error Message
            |KQ.0001 |Queue is full.
            |KQ.0002 |Queue is gone.
            |===

            """),
        ("kestrel.txt", .text, """
            Kestrel Queue Error Codes
            A failed call answers \(sample)
            Error codes
            Error Code|Error Message|
            ---|---|
            KQ.0001|Queue is full.|
            KQ.0002|Queue is gone.|

            """),
        ("kestrel.yaml", .spec, """
            service: Kestrel Queue
            entries:
              - code: KQ.0001
                message: Queue is full.
              - code: KQ.0002
                message: Queue is gone.

            """),
    ]

    @Test(arguments: pages)
    func pageReadsThroughTheFrontDoor(name: String, format: InputFormat, text: String) throws {
        let data = Array(text.utf8)
        #expect(try FormatDetector.detect(path: name, data: data) == format)
        let page = try DocumentReader.readPage(data: data, path: name)
        #expect(page.catalog.service == "Kestrel Queue")
        #expect(page.catalog.entries.map(\.code) == ["KQ.0001", "KQ.0002"])
        #expect(page.catalog.entries.map { $0.variants.first?.message } == ["Queue is full.", "Queue is gone."])
        let explicit = try DocumentReader.readPage(data: data, path: "page", options: .init(format: format))
        #expect(explicit.catalog.entries == page.catalog.entries)
        guard format != .spec else {
            #expect(page.inferredBody.formats.isEmpty)
            return
        }
        #expect(page.title == "Kestrel Queue Error Codes")
        #expect(page.catalog.errorBody.map { [$0.code, $0.message] } == [[["fault", "code"], ["fault", "text"]]])
    }

    @Test(arguments: pages.filter { $0.format != .spec })
    func readerGivesTheTablesCodeBlocksAndTitle(name: String, format: InputFormat, text: String) throws {
        let reader = try #require(DocumentReader.pageReader(for: format))
        let content = try reader.read(PageInput(data: Array(text.utf8), path: name))
        #expect(content.grids.count == 1)
        #expect(content.grids.first?.rows.count == 3)
        #expect(content.codeBlocks.contains { $0.text.contains(Self.sample) })
        #expect(content.codeBlocks.allSatisfy { $0.location.path == name })
        #expect(content.title == "Kestrel Queue Error Codes")
    }

    @Test func textRenderingIsOneCodeBlock() throws {
        let page = try #require(Self.pages.first { $0.format == .text })
        let content = try TextPageReader.read(PageInput(data: Array(page.text.utf8), path: page.name))
        #expect(content.codeBlocks == [CodeBlock(text: page.text, location: SourceLocation(path: page.name, line: 1))])
    }

    @Test func markdownWrappingAnHTMLTableIsMarkdownWithItsTableFencedBlocksAndHeading() throws {
        let text = """
            # Kestrel Queue Error Codes

            <table>
            <tr><th>Error Code</th><th>Error Message</th></tr>
            <tr><td>KQ.0001</td><td>Queue is full.</td></tr>
            </table>

            ```json
            \(Self.sample)
            ```

            """
        let data = Array(text.utf8)
        #expect(try FormatDetector.detect(path: "wrapped.md", data: data) == .markdown)
        #expect(try FormatDetector.detect(path: "wrapped.mdx", data: data) == .markdown)
        #expect(try FormatDetector.detect(path: "wrapped", data: data) == .html)
        let page = try DocumentReader.readPage(data: data, path: "wrapped.md")
        #expect(page.title == "Kestrel Queue Error Codes")
        #expect(page.catalog.service == "Kestrel Queue")
        #expect(page.catalog.entries.map(\.code) == ["KQ.0001"])
        #expect(page.inferredBody.sources.map(\.line) == [9])
    }

    @Test func serviceFallsBackToTheFileName() throws {
        let text = "| Error Code | Error Message |\n| --- | --- |\n| KQ.0001 | Queue is full. |\n"
        let catalog = try DocumentReader.read(data: Array(text.utf8), path: "docs/Kestrel-Errors.MD")
        #expect(catalog.service == "Kestrel-Errors")
    }

    @Test func fileNameStemAndExtension() {
        #expect(FileName.stem("spec/huawei-ocr.yaml") == "huawei-ocr")
        #expect(FileName.stem("a.b/c") == "c")
        #expect(FileName.stem(".errata") == ".errata")
        #expect(FileName.stem("archive.tar.gz") == "archive.tar")
        #expect(FileName.lowercasedExtension("docs/Errors.MD") == "md")
        #expect(FileName.lowercasedExtension("a.b/README") == "")
        #expect(FileName.lowercasedExtension(".profile") == "")
    }
}

/// One UTF-8 decoding for every text input (text rendering, Markdown, RST, YAML): its errors are
/// located at the line and column of the bad byte, whatever the line ends.
@Suite struct TextDecodingTests {
    static func pageError(_ bytes: [UInt8], path: String) -> Diagnostic? {
        HostileTextInputTests.diagnostic { _ = try DocumentReader.read(data: bytes, path: path, options: .init(service: "S")) }
    }

    static func specError(_ bytes: [UInt8]) -> Diagnostic? {
        HostileTextInputTests.diagnostic { _ = try SpecReader.read(data: bytes, path: "s.yaml") }
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func nulInASpecIsLocated(lineEnd: String) throws {
        let bytes = Array("service: S\(lineEnd)entries:\(lineEnd)  - code: A\u{0}1\(lineEnd)".utf8)
        let found = try #require(Self.specError(bytes))
        #expect(found.location == SourceLocation(path: "s.yaml", line: 3, column: 12))
        #expect(found.message.contains("NUL byte at offset \(bytes.firstIndex(of: 0)!)"), "\(found)")
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func invalidByteInAPageIsLocated(lineEnd: String) throws {
        var bytes = Array("| Error Code | Error Message |\(lineEnd)| --- | --- |\(lineEnd)| A.1 | caf".utf8)
        bytes += [0xE9] + Array(" |\(lineEnd)".utf8)
        let found = try #require(Self.pageError(bytes, path: "p.md"))
        #expect(found.location == SourceLocation(path: "p.md", line: 3, column: 12))
        #expect(found.message.contains("not valid UTF-8: byte 0xE9"), "\(found)")
    }

    @Test func byteOrderMarkCountsInTheOffsetNotTheColumn() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("service: S\u{0}".utf8)
        let found = try #require(Self.specError(bytes))
        #expect(found.location == SourceLocation(path: "s.yaml", line: 1, column: 11))
        #expect(found.message.contains("at offset 13"), "\(found)")
    }

    @Test func yamlKeepsItsSizeLimit() throws {
        let found = try #require(HostileTextInputTests.diagnostic { _ = try YAMLFields.compose(Array("a: b\n".utf8), path: "c.yml", maximumSize: 4) })
        #expect(found.message == "the file is 5 bytes; the limit is 4")
        #expect(found.location == SourceLocation(path: "c.yml"))
    }

    @Test func loneCRInASpecIsALineEnd() throws {
        let catalog = try SpecReader.read(data: Array("service: S\rentries:\r  - code: A.1\r    message: m\r".utf8), path: "s.yaml")
        #expect(catalog.entries.map(\.code) == ["A.1"])
        #expect(catalog.entries.first?.variants.first?.message == "m")
    }
}
