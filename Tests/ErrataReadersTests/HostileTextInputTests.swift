import ErrataModel
import ErrataReaders
import Testing

/// Text, Markdown, RST and AsciiDoc inputs that are too big, and hostile characters that must come
/// through the readers verbatim.
@Suite struct HostileTextInputTests {
    typealias Reader = @Sendable (String, String) throws -> [Grid]
    static let readers: [(String, Reader)] = [
        ("text", { try TextReader.readGrids(text: $0, path: $1) }),
        ("markdown", { try MarkdownReader.readGrids(text: $0, path: $1) }),
        ("rst", { try RSTReader.readGrids(text: $0, path: $1) }),
        ("asciidoc", { try AsciiDocReader.readGrids(text: $0, path: $1) }),
    ]

    /// A one-row error table in `format` whose message cell is `message`.
    static func table(_ format: String, message: String, code: String = "A.1") -> String {
        switch format {
        case "text": "Error Code|Error Message|\n---|---|\n\(code)|\(message)|\n"
        case "markdown": "| Error Code | Error Message |\n| --- | --- |\n| \(code) | \(message) |\n"
        case "asciidoc": "|===\n|Error Code |Error Message\n\n|\(code) |\(message)\n|===\n"
        default: ".. list-table::\n   :header-rows: 1\n\n   * - Error Code\n     - Error Message\n   * - \(code)\n     - \(message)\n"
        }
    }

    static func diagnostic(_ body: () throws -> Void) -> Diagnostic? {
        do {
            try body()
            return nil
        } catch let error as Diagnostic {
            return error
        } catch {
            return .error("unexpected \(error)")
        }
    }

    @Test(arguments: ["text", "markdown", "rst", "asciidoc"])
    func cellOver10MBIsAnErrorAtItsLine(format: String) throws {
        let reader = try #require(Self.readers.first { $0.0 == format }?.1)
        let huge = String(repeating: "x", count: TextInputLimits.maximumLineBytes + 1)
        let found = try #require(Self.diagnostic { _ = try reader(Self.table(format, message: huge), "big") })
        #expect(found.message.contains("10 MB"), "\(found)")
        let line = format == "rst" ? 7 : format == "asciidoc" ? 4 : 3
        #expect(found.location == SourceLocation(path: "big", line: line, column: 1))
    }

    @Test(arguments: ["text", "markdown", "rst", "asciidoc"])
    func inputOver16MBIsAnError(format: String) throws {
        let reader = try #require(Self.readers.first { $0.0 == format }?.1)
        let row = Self.table("markdown", message: String(repeating: "y", count: 1000)).split(separator: "\n").last! + "\n"
        let text = Self.table(format, message: "m") + String(repeating: String(row), count: 17 * 1024)
        let found = try #require(Self.diagnostic { _ = try reader(text, "huge.md") })
        #expect(found.message.contains("16 MB"), "\(found)")
        #expect(found.location == SourceLocation(path: "huge.md"))
    }

    @Test(arguments: ["text", "markdown", "rst", "asciidoc"])
    func lineOf100kCharactersIsReadWhole(format: String) throws {
        let reader = try #require(Self.readers.first { $0.0 == format }?.1)
        let long = String(repeating: "abcdefghi ", count: 10_000)
        let catalog = try CatalogBuilder.build(
            try reader(Self.table(format, message: long), "long"), path: "long", options: .init(service: "S"))
        #expect(catalog.entries.map(\.code) == ["A.1"])
        #expect(catalog.entries.first?.variants.first?.message == long.trimmedSpaces)
    }

    @Test(arguments: ["text", "markdown", "rst", "asciidoc"])
    func invisibleAndBidiCharactersStayInCodesAndMessages(format: String) throws {
        let reader = try #require(Self.readers.first { $0.0 == format }?.1)
        let code = "AIS\u{202E}.0101\u{2066}x\u{2069}\u{200B}"
        let message = "evil \u{202E}txt.exe\u{202C} zero\u{200B}width \u{7F}del"
        let catalog = try CatalogBuilder.build(
            try reader(Self.table(format, message: message, code: code), "bidi"), path: "bidi", options: .init(service: "S"))
        #expect(catalog.entries.map(\.code) == [code])
        #expect(catalog.entries.first?.variants.first?.message == message)
    }

    @Test func pipeInsideAMarkdownCellIsTextNotACellEnd() throws {
        let text = "| Error Code | Error Message |\n| --- | --- |\n| A.1 | a \\| b | c |\n"
        let catalog = try CatalogBuilder.build(
            try MarkdownReader.readGrids(text: text, path: "p.md"), path: "p.md", options: .init(service: "S"))
        #expect(catalog.entries.first?.variants.first?.message == "a | b")
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate var trimmedSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
