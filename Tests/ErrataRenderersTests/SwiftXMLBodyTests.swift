import ErrataModel
import ErrataRenderers
import Foundation
import Testing

/// The generated library decodes XML error bodies from a server it does not control: markup
/// FoundationXML's parser mishandles (a processing instruction without data makes it dereference
/// a null pointer; a document type declaration can bring one in) is removed or refused before
/// parsing, never handed to the parser.
@Suite struct SwiftXMLBodyTests {
    struct Body: Sendable {
        var bytes: [UInt8]
        /// `code|message` once decoded, or `unrecognized`.
        var expected: String

        init(_ text: String, _ expected: String) {
            bytes = Array(text.utf8)
            self.expected = expected
        }

        init(bytes: [UInt8], _ expected: String) {
            self.bytes = bytes
            self.expected = expected
        }
    }

    static let element = "<Error><Code>Gone</Code><Message>It is gone.</Message></Error>"

    static let bodies: [Body] = [
        Body(element, "Gone|It is gone."),
        Body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element, "Gone|It is gone."),
        // Processing instructions without data: each crashed the parser before.
        Body("<Error><?pi?><Code>Gone</Code><Message>It is gone.</Message></Error>", "Gone|It is gone."),
        Body(element + "<?xml?>", "Gone|It is gone."),
        Body("<?xml?>" + element, "Gone|It is gone."),
        Body("<Error><Code>Go<?pi with data?>ne</Code><Message>It is gone.</Message></Error>", "Gone|It is gone."),
        // A document type declaration is refused, whatever it declares.
        Body("<!DOCTYPE Error [<!ENTITY e \"<?pi?>\">]><Error><Code>&e;Gone</Code><Message>m</Message></Error>", "unrecognized"),
        Body("<!DOCTYPE Error [<?pi?>]>" + element, "unrecognized"),
        Body("<!DOCTYPE Error>" + element, "unrecognized"),
        // Comments and CDATA keep their meaning.
        Body("<Error><!-- a <?pi?> in a comment --><Code>Gone</Code><Message>It is gone.</Message></Error>", "Gone|It is gone."),
        Body("<Error><Code>Gone</Code><Message><![CDATA[a <?pi?> & <b>]]> said</Message></Error>", "Gone|a <?pi?> & <b> said"),
        // Unterminated markup.
        Body("<Error><Code>Gone</Code><Message>It is gone.</Message></Error><?pi", "unrecognized"),
        Body("<Error><Code>Gone</Code><!-- <Message>It is gone.</Message></Error>", "unrecognized"),
        Body("<Error><Code><![CDATA[Gone</Code></Error>", "unrecognized"),
        // Encodings: UTF-8, with or without a byte order mark; anything else is not read.
        Body(bytes: [0xEF, 0xBB, 0xBF] + Array(element.utf8), "Gone|It is gone."),
        Body(bytes: [0xFE, 0xFF] + Array(("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + element).utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
             "unrecognized"),
        // UTF-16 without a byte order mark: valid UTF-8 to a scan, a processing instruction to the parser.
        Body(bytes: Array(("<?pi?>" + element).utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "unrecognized"),
        Body(bytes: Array("<Error><Code>Gone</Code><Message>caf".utf8) + [0xE9] + Array("</Message></Error>".utf8), "unrecognized"),
    ]

    @Test func hostileBodiesDecodeOrAreRefusedWithoutCrashing() throws {
        let catalog = Catalog(
            service: "Acme Storage",
            errorBody: [ErrorBodyFormat(syntax: .xml, code: ["Error", "Code"], message: ["Error", "Message"])],
            entries: [Entry(code: "Gone", variants: [Variant(message: "It is gone.", status: 404)])])
        let files = try SwiftRenderer.render(CatalogValidator.validate(catalog), options: SwiftRenderOptions(typePrefix: "Acme", specPath: "acme.yaml"))
        var main = "import Foundation\n\nlet bodies: [[UInt8]] = [\n"
        for body in Self.bodies { main += "    \(body.bytes),\n" }
        main += """
            ]
            for body in bodies {
                do {
                    let error = try AcmeError.decode(Data(body), httpStatus: 404)
                    print(error.code.rawValue + "|" + error.message)
                } catch is AcmeUnrecognizedResponse {
                    print("unrecognized")
                }
            }

            """
        let output = try SwiftTestSupport.compileAndRun(files, main: main)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == Self.bodies.count)
        for (line, body) in zip(lines, Self.bodies) {
            #expect(line == body.expected, "\(String(decoding: body.bytes, as: UTF8.self))")
        }
    }
}
