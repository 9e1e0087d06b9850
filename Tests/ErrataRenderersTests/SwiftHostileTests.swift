import ErrataModel
import ErrataRenderers
import Foundation
import Testing

/// Text that tries to leave a literal or a comment: the generated code still compiles, warning-free,
/// and every string it holds equals the input scalar for scalar.
@Suite struct SwiftHostileTests {
    static let hostile: [String] = [
        ####"triple """ quotes"####, ####"interpolation \(exit(1)) here"####, ####"raw end "# and "## and "###"####,
        ####"raw escape \# \## \#(x)"####, "long run \"" + String(repeating: "#", count: 40) + " end",
        "lone\rCR", "CRLF\r\nline", "LS\u{2028}PS\u{2029}NEL\u{85}end", "comment */ end /* open */",
        "tab\there", "nul\u{0}del\u{7F}", "bidi \u{202E}evil\u{202C} \u{2066}iso\u{2069}", "zero\u{200B}width\u{FEFF}",
        "\"\"leading quotes", "trailing backslash \\", "#\"#\"#", "café cafe\u{301} 日本語 🇯🇵",
        "line\nbreak", "", "   ", "/// doc", "\u{1}\u{1F}\u{9F}",
        "table marks \u{241F} \u{241B} \u{241B}n \u{241B}\u{241F} end\u{241F}", "\u{241B}", "\u{241F}\n\u{241B}\n",
    ]

    static var catalog: Catalog {
        var entries: [Entry] = []
        for (index, text) in hostile.enumerated() {
            entries.append(Entry(
                code: "H.\(index) \(text)", module: index.isMultiple(of: 2) ? "M\"#\u{2028}\\(x)" : nil,
                variants: [
                    Variant(message: text, description: "d" + text, solution: text + "s", status: 400 + index),
                    Variant(message: text + " {xxx}", description: text, solution: ""),
                ],
                deprecated: index == 3 ? true : nil, retryable: index.isMultiple(of: 3), remarks: text))
        }
        return Catalog(
            service: "Evil \"\"\" */ \u{2028} service", source: "https://x/*/\u{202E}",
            errorBody: [ErrorBodyFormat(code: ["code\"#\\(x)"], message: ["msg\u{2028}\r\n"], fields: [BodyField(name: "id\"#\\(y)\u{202E}", path: ["x\n\"#"])])],
            modules: [Module(name: "M\"#\u{2028}\\(x)")], entries: entries,
            notes: [Note(label: "*/", text: "/* \u{2029} \"\"\" note")])
    }

    static func hex(_ text: String) -> String {
        text.utf8.map { String($0, radix: 16) }.joined(separator: " ")
    }

    @Test func generatedCodeCompilesAndRoundTrips() throws {
        let options = SwiftRenderOptions(typePrefix: "Evil", accessLevel: .public, specPath: "spec/*/\n\"x\".yaml")
        let files = try SwiftRenderer.render(CatalogValidator.validate(Self.catalog), options: options)
        let output = try SwiftTestSupport.compileAndRun(files, main: Self.driver)
        var expected: [String] = []
        for entry in Self.catalog.entries {
            expected.append("code " + Self.hex(entry.code))
            for variant in entry.variants {
                expected += [variant.message, variant.description, variant.solution].map { "text " + Self.hex($0) }
            }
            expected.append("remarks-free flags \(entry.deprecated == true) \(entry.retryable == true)")
        }
        expected.append("module " + Self.hex("M\"#\u{2028}\\(x)"))
        let first = Self.hostile[0]
        expected.append("decoded " + Self.hex("H.0 \(first)") + " / " + Self.hex(first + " 123") + " / 1 [\"123\"]")
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == expected.count)
        for (line, wanted) in zip(lines, expected) { #expect(line == wanted) }
    }

    @Test func commentsNeverHoldLineBreaksOrInvisibleCharacters() throws {
        let options = SwiftRenderOptions(typePrefix: "Evil", accessLevel: .internal, specPath: "a\u{2028}b")
        for file in try SwiftRenderer.render(CatalogValidator.validate(Self.catalog), options: options) {
            let breaks = file.contents.unicodeScalars.filter {
                ["\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "\u{0}", "\u{7F}"].contains($0)
            }
            #expect(breaks.isEmpty, "\(file.path)")
            let code = file.contents.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            #expect(!code.contains { $0.contains("/*") && !$0.contains("\"") }, "\(file.path) opens a block comment")
            #expect(!file.contents.contains("public "), "\(file.path) ignores the access level")
        }
    }

    /// Prints every code and text the generated table holds as UTF-8 hex, and decodes one body.
    static let driver = #"""
        import Foundation

        func hex(_ text: String) -> String { text.utf8.map { String($0, radix: 16) }.joined(separator: " ") }

        for code in EvilErrorCode.allDocumented {
            print("code " + hex(code.rawValue))
            for variant in code.info?.variants ?? [] {
                for text in [variant.message, variant.description, variant.solution] { print("text " + hex(text)) }
            }
            print("remarks-free flags \(code.info?.deprecated == true) \(code.info?.retryable == true)")
        }
        for module in EvilModule.allCases { print("module " + hex(module.rawValue)) }
        let body = try JSONSerialization.data(withJSONObject: [
            "code\"#\\(x)": EvilErrorCode.allDocumented[0].rawValue,
            "msg\u{2028}\r\n": EvilErrorCode.allDocumented[0].messages[0] + " 123",
        ])
        let error = try EvilError.decode(body)
        print("decoded \(hex(error.code.rawValue)) / \(hex(error.message)) / \(error.variantIndex ?? -1) \(error.placeholderValues)")
        """#
}

/// Edge shapes: no modules at all (an enum without cases cannot have a raw type) and internal access.
@Suite struct SwiftEdgeShapeTests {
    @Test func catalogWithoutModulesCompiles() throws {
        let catalog = Catalog(service: "Bare", entries: [
            Entry(code: "-1", variants: [Variant(message: "Failed: %d of %d.")]),
            Entry(code: "0", variants: [Variant(message: "OK")]),
        ])
        let files = try SwiftRenderer.render(CatalogValidator.validate(catalog), options: SwiftRenderOptions(typePrefix: "Bare", accessLevel: .internal, specPath: "bare.yaml"))
        let output = try SwiftTestSupport.compileAndRun(files, main: """
            let error = BareError(code: .codeMinus1, message: "Failed: 3 of 4")
            print(error.placeholderValues, error.module == nil, BareModule.allCases.count, BareErrorCode.code0.messages)
            """)
        #expect(output == "[\"3\", \"4\"] true 0 [\"OK\"]\n")
    }
}
