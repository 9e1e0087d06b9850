import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Testing

/// The AsciiDoc reader on pages of its own layouts (`Tests/Fixtures/Readers/AsciiDoc/`): an
/// Antora reference with a table per error group, a message reference written as a definition
/// list, a section per error, and tables with spans, styles and `cols` forms.
@Suite struct AsciiDocReaderTests {
    /// One variant of an entry: code, module, message, description, solution, statuses.
    struct Row: Equatable {
        var code: String
        var module: String?
        var message: String
        var description: String
        var solution: String
        var statuses: [Int] = []
    }

    static func page(_ name: String, layout: ReadingRecipe.ErrorLayout? = nil) throws -> DocumentReader.Page {
        let file = try ReaderTestFiles.fixture("AsciiDoc/\(name)")
        return try DocumentReader.readPage(
            data: Array(file.text.utf8), path: name, options: .init(recipe: ReadingRecipe(errors: layout)))
    }

    static func rows(_ catalog: Catalog) -> [Row] {
        catalog.entries.flatMap { entry in
            entry.variants.map { variant in
                Row(code: entry.code, module: entry.module, message: variant.message, description: variant.description,
                    solution: variant.solution, statuses: variant.statuses)
            }
        }
    }

    @Test func antoraReferenceGivesEachGroupTableItsHeadingAsModule() throws {
        let page = try Self.page("antora-reference.adoc")
        #expect(page.title == "Larkspur Cache Error Codes")
        #expect(page.catalog.service == "Larkspur Cache")
        #expect(page.tables.map(\.caption) == ["Connection Errors", "Storage Errors"])
        #expect(page.catalog.modules.map(\.name) == ["Connection Errors", "Storage Errors"])
        let connection = "Connection Errors"
        let storage = "Storage Errors"
        #expect(Self.rows(page.catalog) == [
            Row(code: "LKC-CONN-1", module: connection, message: "The node refused the connection.", description: "",
                solution: "Check that the node is **running** and reachable."),
            Row(code: "LKC-CONN-2", module: connection, message: "The handshake timed out after {0} seconds.", description: "",
                solution: "Raise `handshake.timeout` in {productName}."),
            Row(code: "LKC-CONN-3", module: connection, message: "The client and server protocol versions differ.", description: "",
                solution: "Upgrade the client, see [the upgrade notes](https://example.com/upgrade)."),
            Row(code: "LKC-STORE-1", module: storage, message: "The data region is full.", description: "",
                solution: "Free space or enlarge the region with the region size."),
            Row(code: "LKC-STORE-2", module: storage, message: "A page checksum does not match.", description: "",
                solution: "Restore the partition from a backup."),
        ])
        #expect(page.warnings.isEmpty, "\(page.warnings)")
    }

    @Test func headerOptionAndImplicitHeaderRowAreHeaderRows() throws {
        let file = try ReaderTestFiles.fixture("AsciiDoc/antora-reference.adoc")
        let grids = try AsciiDocReader.readGrids(text: file.text, path: "p.adoc")
        #expect(grids.map(\.headerRowCount) == [1, 1])
        #expect(grids.map { $0.rows.count } == [4, 3])
        #expect(grids[0].rows[0].map(\.text) == ["Error Code", "Description", "Recommended Action"])
        #expect(grids[0].rows[1][0].location == SourceLocation(path: "p.adoc", line: 19, column: 2))
        #expect(grids.map(\.location?.line) == [16, 28])
        // No option: the first line's cells followed by a blank line are the header.
        let implicit = try AsciiDocReader.readGrids(text: "|===\n|Code |Message\n\n|E1 |m\n|===\n", path: "i.adoc")
        #expect(implicit.first?.headerRowCount == 1)
        let noBlank = try AsciiDocReader.readGrids(text: "|===\n|Code |Message\n|E1 |m\n|===\n", path: "i.adoc")
        #expect(noBlank.first?.headerRowCount == nil)
        let noHeader = try AsciiDocReader.readGrids(text: "[%noheader]\n|===\n|Code |Message\n\n|E1 |m\n|===\n", path: "i.adoc")
        #expect(noHeader.first?.headerRowCount == 0)
    }

    @Test func messageReferenceDefinitionListGivesCodeMessageCauseAndAction() throws {
        let page = try Self.page("message-reference.adoc")
        #expect(page.title == "{productName} Message Reference")
        let described = "As described in the message."
        #expect(Self.rows(page.catalog) == [
            Row(code: "QX-CORE-00101", module: nil, message: "Queue {0} could not be opened",
                description: "The queue file is missing.", solution: "Restore the queue file from a backup."),
            Row(code: "QX-CORE-00102", module: nil,
                message: "The broker [{0}] stopped accepting messages because its journal on volume {1} is full.",
                description: "The journal volume ran out of space.",
                solution: "Free space on the volume, or move the journal with the `relocate` command."),
            Row(code: "QX-CORE-00103", module: nil, message: "Consumer {0} acknowledged message {1} twice",
                description: described, solution: "Resolve the situation described in the message, if necessary."),
            Row(code: "QX-NET-00004", module: nil, message: "Listener on port {0} could not bind to address {1}",
                description: "Another process holds the port.",
                solution: "Do one of the following:\n\n- Stop the other process.\n- Choose another port with **--port**."),
            Row(code: "QX-NET-00005", module: nil, message: "Connection to peer {0} lost",
                description: "The peer closed the connection.", solution: "Check the peer's log."),
        ])
        let grids = try AsciiDocReader.readGrids(text: try ReaderTestFiles.fixture("AsciiDoc/message-reference.adoc").text, path: "m.adoc")
        #expect(grids.map(\.layout) == [.terms])
        #expect(grids.first?.rows.first?.map(\.text) == ["Error Code", "Message", "Description", "Solution", "HTTP Status Code"])
        #expect(grids.first?.caption == "1 {productName} Error Messages")
        // Each entry is located at its term's first line.
        #expect(grids.first?.rows.dropFirst().map { $0[0].location?.line } == [15, 20, 27, 33, 42])
    }

    @Test func sectionPerErrorGivesStatusesAndLabelledParts() throws {
        let page = try Self.page("sections.adoc")
        #expect(page.catalog.service == "Heron Mail")
        #expect(Self.rows(page.catalog) == [
            Row(code: "HM1001", module: nil, message: "Mailbox not found.",
                description: "Mailbox not found.\n\nThe mailbox named in the path does not exist.", solution: "", statuses: [404]),
            Row(code: "HM1002", module: nil, message: "Message too large.", description: "",
                solution: "Split the attachments over several messages.", statuses: [413]),
            Row(code: "HM1003", module: nil, message: "Rate limit exceeded.",
                description: "Rate limit exceeded.\n\nMore than 100 calls per minute.", solution: "Wait a minute, then retry.",
                statuses: [429]),
        ])
        // The listing block is the sample error body.
        #expect(page.catalog.errorBody.map { [$0.code, $0.message] } == [[["error", "code"], ["error", "message"]]])
        #expect(page.inferredBody.sources.map(\.line) == [8])
        let grids = try AsciiDocReader.readGrids(text: try ReaderTestFiles.fixture("AsciiDoc/sections.adoc").text, path: "s.adoc")
        #expect(grids.map(\.layout) == [.headings])
        #expect(grids.first?.caption == "Errors")
    }

    @Test func spansStylesAndColsForms() throws {
        let page = try Self.page("spans.adoc")
        let recognition = "Recognition"
        #expect(Self.rows(page.catalog) == [
            Row(code: "OV.0101", module: recognition, message: "The image is empty.", description: "",
                solution: "Send an image of at least 16 pixels:\n\n- PNG or JPEG,\n- under 4 MB."),
            Row(code: "OV.0102", module: recognition, message: "The image format | encoding is not supported.", description: "",
                solution: "Convert the image to PNG."),
            Row(code: "OV.0102", module: recognition, message: "The image is encrypted.", description: "", solution: "Remove the password."),
            Row(code: "OV.0103", module: recognition, message: "The region {x},{y} is outside the image.", description: "",
                solution: "**Note:** Regions are 0-based."),
            Row(code: "OV.0201", module: "Billing", message: "The account is in arrears.", description: "",
                solution: "Top up the account in the console."),
            Row(code: "OV.0301", module: "Error codes", message: "Quota exceeded.", description: "", solution: ""),
        ])
        #expect(page.tables.map(\.caption) == ["Osprey Vision errors", "Error codes"])
        let grids = try AsciiDocReader.readGrids(text: try ReaderTestFiles.fixture("AsciiDoc/spans.adoc").text, path: "v.adoc")
        let table = try #require(grids.first)
        // `3+s|`: one cell across the row; `.2+|`: the code cell over two rows; the copies are empty.
        #expect(table.rows[1].map(\.text) == ["Recognition", "", ""])
        #expect(table.rows[1].map(\.isSpanCopy) == [false, true, true])
        #expect(table.rows[1][0].markdown == "**Recognition**")
        #expect(table.rows[3].map(\.text) == ["OV.0102", "The image format | encoding is not supported.", "Convert the image to PNG."])
        #expect(table.rows[4].map(\.isSpanCopy) == [true, false, false])
        #expect(table.rows[5][0].markdown == "`OV.0103`")
        // `cols=3*` and `2+|` at the end of a row.
        #expect(grids[1].rows.map { $0.map(\.isSpanCopy) } == [[false, false, false], [false, false, false]])
        #expect(grids[1].rows[1].map(\.text) == ["OV.0301", "Quota exceeded.", ""])
    }

    @Test func cellSpecifiers() {
        #expect(AsciiDocTable.spec("2+") == .init(colspan: 2))
        #expect(AsciiDocTable.spec(".3+") == .init(rowspan: 3))
        #expect(AsciiDocTable.spec("2.3+^.>a") == .init(colspan: 2, rowspan: 3, style: "a"))
        #expect(AsciiDocTable.spec("4*") == .init(duplicate: 4))
        #expect(AsciiDocTable.spec("m") == .init(style: "m"))
        #expect(AsciiDocTable.spec("^.^") == .init())
        for notASpec in ["x", "2", "2.3", "`IGN-1`", "2+b", "+", ".", "1.2*"] {
            #expect(AsciiDocTable.spec(Substring(notASpec)) == nil, "\(notASpec)")
        }
        #expect(AsciiDocTable.Attributes(#"[cols="20%,40%, 40%", width="100%",opts="header"]"#) == {
            var attributes = AsciiDocTable.Attributes(nil)
            attributes.columnCount = 3
            attributes.columnStyles = [nil, nil, nil]
            attributes.header = true
            return attributes
        }())
        #expect(AsciiDocTable.Attributes("[%header,cols=3*]").columnCount == 3)
        #expect(AsciiDocTable.Attributes("[%header,cols=3*]").header == true)
        #expect(AsciiDocTable.Attributes(#"[cols="1,2a,2m"]"#).columnStyles == [nil, "a", "m"])
        #expect(AsciiDocTable.Attributes(#"[cols="3"]"#).columnCount == 3)
        #expect(AsciiDocTable.Attributes(#"[cols="2*<,^3a"]"#).columnStyles == [nil, nil, "a"])
    }

    @Test func cellsOnOneLineOrOnePerLineGiveOneGrid() throws {
        let oneLine = "[cols=\"1,1,1\"]\n|===\n|Code |Message |Action\n|E1 |first |retry\n|E2 |second |wait\n|===\n"
        let perLine = "[cols=\"1,1,1\"]\n|===\n|Code\n|Message\n|Action\n\n|E1\n|first\n|retry\n\n|E2\n|second\n|wait\n|===\n"
        let columnsFromFirstLine = "|===\n|Code |Message |Action\n|E1\n|first\n|retry\n|E2 |second\n|wait\n|===\n"
        let expected = [["Code", "Message", "Action"], ["E1", "first", "retry"], ["E2", "second", "wait"]]
        for text in [oneLine, perLine, columnsFromFirstLine] {
            let grids = try AsciiDocReader.readGrids(text: text, path: "t.adoc")
            #expect(grids.first?.rows.map { $0.map(\.text) } == expected, "\(text)")
        }
    }

    @Test func csvAndDsvDataTables() throws {
        let text = #"""
            == Errors

            [%header,format=csv]
            |===
            Error Code,Error Message
            E.1,"Disk full, really"
            E.2,"Say ""hi"""
            |===

            :===
            Error Code:Error Message

            D.1:colon \: here
            :===
            """#
        let grids = try AsciiDocReader.readGrids(text: text, path: "d.adoc")
        #expect(grids.map { $0.rows.map { $0.map(\.text) } } == [
            [["Error Code", "Error Message"], ["E.1", "Disk full, really"], ["E.2", #"Say "hi""#]],
            [["Error Code", "Error Message"], ["D.1", "colon : here"]],
        ])
        #expect(grids.map(\.headerRowCount) == [1, 1])
        #expect(grids[0].rows[2][1].location == SourceLocation(path: "d.adoc", line: 7))
    }

    @Test func recipeLayoutDecidesWhichListsAreRead() throws {
        // Entries no heuristic takes: names not shaped like error names, no status, no heading about errors.
        let terms = "== Reference\n\nquota_exceeded:: The quota is spent.\n\nnot_found:: Nothing is there.\n"
        #expect(try AsciiDocReader.readGrids(text: terms, path: "t.adoc").isEmpty)
        let taken = try AsciiDocReader.readGrids(text: terms, path: "t.adoc", errorLayout: .terms)
        #expect(taken.first?.rows.dropFirst().map { $0.map(\.text) } == [["quota_exceeded", "The quota is spent.", ""], ["not_found", "Nothing is there.", ""]])
        // A recipe that says headings reads no definition list (its heading, a code-shaped name, is an entry).
        let asHeadings = try AsciiDocReader.readGrids(text: terms, path: "t.adoc", errorLayout: .headings)
        #expect(asHeadings.map(\.layout) == [.headings])
        #expect(asHeadings.first?.rows.dropFirst().map { $0[0].text } == ["Reference"])

        let sections = "== Reference\n\n=== quota_exceeded\n\nThe quota is spent.\n\n=== not_found\n\nNothing is there.\n"
        #expect(try AsciiDocReader.readGrids(text: sections, path: "s.adoc").isEmpty)
        let headings = try AsciiDocReader.readGrids(text: sections, path: "s.adoc", errorLayout: .headings)
        #expect(headings.first?.rows.dropFirst().map { $0[0].text } == ["quota_exceeded", "not_found"])
        #expect(headings.first?.layout == .headings)

        let reference = try ReaderTestFiles.fixture("AsciiDoc/message-reference.adoc").text
        #expect(try AsciiDocReader.readGrids(text: reference, path: "m.adoc", errorLayout: .tables).isEmpty)
        let tablePage = try ReaderTestFiles.fixture("AsciiDoc/antora-reference.adoc").text
        #expect(try AsciiDocReader.readGrids(text: tablePage, path: "a.adoc", errorLayout: .tables).count == 2)
    }

    @Test func blockMacrosInCellsAndEntriesAreLocatedWarnings() throws {
        let text = """
            == Errors

            [cols="1,2a",options="header"]
            |===
            |Error Code |Error Message
            |E.1
            |Disk full.

            image::disk.png[]
            |===

            E.2 Disk gone ::
              Cause: The disk was removed.
            +
            include::partials/disk.adoc[]

            ifdef::env-site[]

            E.3 Disk slow ::
              Cause: The disk is old.
            endif::[]

            """
        let page = try DocumentReader.readPage(data: Array(text.utf8), path: "w.adoc", options: .init(service: "S"))
        let warnings = page.warnings.filter { $0.message.contains("is not read") }
        // `endif::[]` right under E.3's cause is in its definition: warned about too.
        #expect(warnings.map(\.location) == [9, 15, 21].map { SourceLocation(path: "w.adoc", line: $0) })
        #expect(warnings.first?.message.contains("'image::' in a table cell") == true)
        #expect(warnings.dropFirst().first?.message.contains("'include::' in an error entry") == true)
        #expect(warnings.last?.message.contains("'endif::' in an error entry") == true)
        #expect(page.catalog.entries.map(\.code) == ["E.1", "E.2", "E.3"])
        // The preprocessor lines between the entries neither end the list nor join an entry.
        #expect(page.tables.map(\.codeCount) == [1, 2])
    }

    @Test func commentsHeaderAndNonErrorBlocksAreSkipped() throws {
        let text = """
            ---
            title: Front Matter Title
            ---
            // a comment
            = Wren Queue Errors
            Jo Writer <jo@example.com>
            :toc:

            ////
            |===
            |Error Code |Error Message
            |HIDDEN.1 |in a comment
            |===
            ////

            [source,text]
            ----
            |===
            |Error Code |Error Message
            |LISTED.1 |in a listing
            |===
            ----

            ====
            [options="header"]
            |===
            |Error Code |Error Message
            // |COMMENTED.1 |a comment line
            |WQ.1 |Queue closed.
            |===
            ====

            """
        let page = try DocumentReader.readPage(data: Array(text.utf8), path: "c.adoc", options: .init(service: "S"))
        #expect(page.title == "Wren Queue Errors")
        #expect(page.catalog.entries.map(\.code) == ["WQ.1"])
        #expect(page.tables.map(\.caption) == [nil])
    }

    @Test func inlineMarkup() {
        let cases: [(String, String, String)] = [
            ("*strong* and **un**constrained", "strong and unconstrained", "**strong** and **un**constrained"),
            ("_emphasis_ and __em__phasis", "emphasis and emphasis", "*emphasis* and *em*phasis"),
            ("`mono` and ``mo``no and `+{raw}*+`", "mono and mono and {raw}*", "`mono` and `mo`no and `{raw}*`"),
            ("+*pass*+ and ++__through__++ and pass:[*x*]", "*pass* and __through__ and *x*", #"\*pass\* and \_\_through\_\_ and \*x\*"#),
            ("xref:guide.adoc#id[the guide] and xref:other.adoc[]", "the guide and other.adoc", "the guide and other.adoc"),
            ("link:https://a.example/x[docs^] and https://b.example[B]", "docs and B", "[docs](https://a.example/x) and [B](https://b.example)"),
            ("see https://c.example/y.", "see https://c.example/y.", "see https://c.example/y."),
            ("<<anchor,the anchor>> and <<plain>>", "the anchor and plain", "the anchor and plain"),
            ("kbd:[Ctrl+C] then btn:[Save]", "Ctrl+C then Save", "`Ctrl+C` then Save"),
            ("Text.footnote:[A note.]", "Text.A note.", "Text.A note."),
            ("[[here]]Anchored [.role]#marked# [#id]_em_", "Anchored marked em", "Anchored marked *em*"),
            (#"\{0} is {productName}, \*not bold*"#, "{0} is {productName}, *not bold*", #"{0} is {productName}, \*not bold\*"#),
            ("2*3*4 and snake_case_name", "2*3*4 and snake_case_name", #"2\*3\*4 and snake_case_name"#),
            ("*strong _nested_ text*", "strong nested text", "**strong *nested* text**"),
        ]
        for (input, text, markdown) in cases {
            let cell = RichText.cell([.paragraph(AsciiDocInline.parse(input))])
            #expect(cell.text == text, "\(input)")
            #expect(cell.markdown == markdown, "\(input)")
        }
    }

    @Test func blocksInCellsAndDefinitions() {
        let lines = [
            "NOTE: Check first.", "", "* one", "** nested", "* two", "+", "more of two", "", "//", ". first", ". second", "",
            "[source,json]", "----", "{\"a\": 1}", "----", "", "- dash", "", "Last ||line +", "continues.",
        ].enumerated().map { AsciiDocLine(text: Substring($1), line: $0 + 1) }
        let parsed = AsciiDocBlocks.parse(lines)
        let cell = RichText.cell(parsed.blocks.map(\.block))
        #expect(cell.markdown == """
            **Note:** Check first.

            - one
              - nested
            - two

              more of two

            1. first
            2. second

            `{"a": 1}`

            - dash

            Last ||line continues.
            """)
        #expect(parsed.blocks.map(\.line) == [1, 3, 10, 15, 18, 20])
        #expect(parsed.directives.isEmpty)
    }

    @Test func definitionListTermForms() {
        #expect(AsciiDocDefinitionList.term("CODE message ::").map { [$0.text, $0.rest] } == ["CODE message", ""])
        #expect(AsciiDocDefinitionList.term("E1:: The text").map { [$0.text, $0.rest] } == ["E1", "The text"])
        #expect(AsciiDocDefinitionList.term("E1::: nested").map { [$0.text, $0.rest] } == ["E1", "nested"])
        #expect(AsciiDocDefinitionList.term("E1;; semi").map { [$0.text, $0.rest] } == ["E1", "semi"])
        #expect(AsciiDocDefinitionList.term("::").map { [$0.text, $0.rest] } == ["", ""])
        for notATerm in ["image::a.png[]", "Use Foo::bar here", "// E1:: comment", "a ::::: b", "note: x"] {
            #expect(AsciiDocDefinitionList.term(Substring(notATerm)) == nil, "\(notATerm)")
        }
    }

    @Test func formatIsDetectedFromTheNameAndTheContents() throws {
        for name in ["a.adoc", "b.ASCIIDOC", "c.asc"] {
            #expect(try FormatDetector.detect(path: name, data: Array("text".utf8)) == .asciidoc)
        }
        let contents = [
            "Intro\n\n|===\n|Error Code |Message\n|E1 |m\n|===\n",
            "// comment\n= Title\n:toc:\n\nText.\n",
            "= Title\n\n== Errors\n\nText.\n",
            "type=page\ntitle=T\n~~~~~~\n= Title\n:attr: v\n",
        ]
        for text in contents {
            #expect(try FormatDetector.detect(path: "page", data: Array(text.utf8)) == .asciidoc, "\(text)")
        }
        #expect((try? FormatDetector.detect(path: "page", data: Array("= not a title\nplain text\n".utf8))) != .asciidoc)
    }
}
