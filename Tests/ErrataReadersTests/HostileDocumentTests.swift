import ErrataModel
import ErrataReaders
import Testing

/// Damaged bytes and line-end tricks in text, Markdown, RST and AsciiDoc inputs, through the front door.
@Suite struct HostileDocumentTests {
    static let markdown = "| Error Code | Error Message |\n| --- | --- |\n| A.1 | first |\n| A.2 | second |\n"
    static let text = "Error Code|Error Message|\n---|---|\nA.1|first|\nA.2|second|\n"
    static let rst = "+------------+---------------+\n| Error Code | Error Message |\n+============+===============+\n| A.1        | first         |\n+------------+---------------+\n| A.2        | second        |\n+------------+---------------+\n"
    static let asciidoc = "|===\n|Error Code |Error Message\n\n|A.1 |first\n|A.2 |second\n|===\n"
    static let inputs: [(path: String, text: String)] = [("t.md", markdown), ("t.txt", text), ("t.rst", rst), ("t.adoc", asciidoc)]

    static func read(_ bytes: [UInt8], path: String) throws -> Catalog {
        try DocumentReader.read(data: bytes, path: path, options: .init(service: "S"))
    }

    static func diagnostic(_ bytes: [UInt8], path: String) -> Diagnostic? {
        do {
            _ = try read(bytes, path: path)
            return nil
        } catch let error as Diagnostic {
            return error
        } catch {
            return .error("unexpected \(error)")
        }
    }

    @Test(arguments: 0..<4)
    func crlfLoneCRAndByteOrderMarkGiveTheSameCatalog(index: Int) throws {
        let (path, text) = Self.inputs[index]
        let expected = try Self.read(Array(text.utf8), path: path)
        #expect(expected.entries.map(\.code) == ["A.1", "A.2"])
        for variant in [text.replacingEvery("\n", with: "\r\n"), text.replacingEvery("\n", with: "\r"), "\u{FEFF}" + text] {
            #expect(try Self.read(Array(variant.utf8), path: path) == expected, "\(variant.debugDescription)")
        }
    }

    @Test(arguments: 0..<4)
    func nulByteAndInvalidUTF8AreErrors(index: Int) throws {
        let (path, text) = Self.inputs[index]
        var bytes = Array(text.utf8)
        let at = bytes.count - 4
        bytes.insert(0, at: at)
        let nul = try #require(Self.diagnostic(bytes, path: path))
        #expect(nul.message.contains("NUL byte at offset \(at)"), "\(nul)")
        #expect(nul.location?.path == path)
        bytes[at] = 0xFF
        #expect(Self.diagnostic(bytes, path: path)?.message.contains("not valid UTF-8") == true)
        bytes[at] = 0xC3  // a truncated two-byte sequence
        #expect(Self.diagnostic(bytes, path: path)?.message.contains("not valid UTF-8") == true)
    }

    @Test func lineAndParagraphSeparatorsInsideACellAreNotLineEnds() throws {
        let text = "| Error Code | Error Message |\n| --- | --- |\n| A.1 | a\u{2028}b\u{2029}c\u{85}d\u{B}e\u{C}f |\n| A.2 | g |\n"
        let catalog = try Self.read(Array(text.utf8), path: "s.md")
        #expect(catalog.entries.map(\.code) == ["A.1", "A.2"])
    }

    @Test func textInputsOver16MBAreRefusedBeforeParsing() throws {
        let row = "| A.1 | " + String(repeating: "z", count: 1000) + " |\n"
        let text = Self.markdown + String(repeating: row, count: 17 * 1024)
        let found = try #require(Self.diagnostic(Array(text.utf8), path: "big.md"))
        #expect(found.description.hasPrefix("big.md: error: the input is "), "\(found)")
        #expect(found.message.contains("16 MB"))
    }
}

extension String {
    fileprivate func replacingEvery(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
