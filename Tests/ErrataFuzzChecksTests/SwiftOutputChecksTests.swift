@testable import ErrataFuzzChecks
import ErrataModel
import ErrataRenderers
import Testing

/// The Swift-output invariants catch what they claim to: each test breaks one rendered file by hand.
@Suite struct SwiftOutputChecksTests {
    static let catalog = Catalog(
        service: "OCR", modules: [Module(name: "OCR")],
        entries: [
            Entry(code: "AIS.0101", module: "OCR", variants: [Variant(message: "say \"\"\"hi\"\"\" #\"x\"#", description: "a\u{2028}b */", statuses: [400, 500])]),
            Entry(code: "default", variants: [
                Variant(
                    message: "{xxx} failed", solution: "line\rbreak", alternativeMessages: ["also \"\"\"{y}\"\"\" #\"z\"#", "␟␛"],
                    columns: [Column(name: "Kind */", value: "client \"\"\"")]),
            ]),
        ])

    /// The catalog with translations: into two languages, hostile texts, one module name.
    static let localized: Catalog = {
        var localized = catalog
        localized.language = "en"
        localized.locales = [CatalogLocale(tag: "zh-Hans"), CatalogLocale(tag: "de")]
        localized.modules[0].localized = ["de": "Texterkennung \"\"\" */"]
        localized.entries[0].variants[0].localized = [
            "zh-Hans": VariantTranslation(description: "描述 ␟ \"\"\"# **x**", solution: "方案\u{2028}x ␛"),
            "de": VariantTranslation(description: "Beschreibung"),
        ]
        localized.entries[1].variants[0].localized = ["de": VariantTranslation(solution: "Lösung")]
        return localized
    }()

    /// The catalog's files, its reference rendering's, and the markers, for tampering.
    static func rendered(_ catalog: Catalog = catalog) throws -> (files: [RenderedFile], reference: [RenderedFile], markers: [String: String]) {
        let options = SwiftOutputChecks.options
        let (reference, markers) = SwiftOutputChecks.referenceCatalog(for: catalog)
        return (try SwiftRenderer.render(CatalogValidator.validate(catalog), options: options), try SwiftRenderer.render(CatalogValidator.validate(reference), options: options), markers)
    }

    static func problems(tampering path: String, of catalog: Catalog = catalog, _ change: (String) -> String) throws -> [String] {
        let (files, reference, markers) = try rendered(catalog)
        let index = try #require(files.firstIndex { $0.path == path })
        var file = files[index]
        file.contents = change(file.contents)
        #expect(file.contents != files[index].contents, "the tampering changed nothing")
        return SwiftOutputChecks.compare(file, reference[index], markers: markers, catalog: catalog)
    }

    @Test func hostileCatalogWithTranslationsPasses() {
        #expect(SwiftOutputChecks.check(Self.localized) == [])
    }

    @Test func changedTranslationIsCaught() throws {
        let text = try Self.problems(tampering: "FzErrorTable.swift", of: Self.localized) { $0.replacingEvery("Lösung", with: "Losung") }
        #expect(text.contains { $0.contains("does not round-trip") }, "\(text)")
        let flags = try Self.problems(tampering: "FzErrorTable.swift", of: Self.localized) { $0.replacingEvery("2␟Lösung", with: "1␟Lösung") }
        #expect(flags.contains { $0.contains("does not round-trip") }, "\(flags)")
        let name = try Self.problems(tampering: "FzModule.swift", of: Self.localized) { $0.replacingEvery("Texterkennung", with: "Erkennung") }
        #expect(name.contains { $0.contains("should be") })
    }

    @Test func hostileCatalogPasses() {
        #expect(SwiftOutputChecks.check(Self.catalog) == [])
    }

    @Test func changedLiteralIsCaught() throws {
        let problems = try Self.problems(tampering: "FzErrorCode.swift") { $0.replacingEvery("\"AIS.0101\"", with: "\"AIS.0102\"") }
        #expect(problems.contains { $0.contains("should be \"AIS.0101\"") })
    }

    @Test func changedTableIsCaught() throws {
        let problems = try Self.problems(tampering: "FzErrorTable.swift") { $0.replacingEvery("u{D}break", with: "u{9}break") }
        #expect(problems.contains { $0.contains("does not round-trip") })
    }

    @Test func changedStatusesAreCaught() throws {
        let changed = try Self.problems(tampering: "FzErrorTable.swift") { $0.replacingEvery("400,500", with: "400,501") }
        #expect(changed.contains { $0.contains("does not round-trip") })
        let broken = try Self.problems(tampering: "FzErrorTable.swift") { $0.replacingEvery("400,500", with: "400,,00") }
        #expect(broken.contains { $0.contains("does not round-trip") })
        let lost = try Self.problems(tampering: "FzErrorTable.swift") { $0.replacingEvery("\n        default", with: "default") }
        #expect(lost.contains { $0.contains("does not parse") }, "\(lost)")
    }

    @Test func changedAlternativeMessageIsCaught() throws {
        let problems = try Self.problems(tampering: "FzErrorTable.swift") { $0.replacingEvery("also", with: "alsO") }
        #expect(problems.contains { $0.contains("does not round-trip") })
    }

    @Test func changedColumnIsCaught() throws {
        let problems = try Self.problems(tampering: "FzErrorTable.swift") { $0.replacingEvery("client", with: "CLIENT") }
        #expect(problems.contains { $0.contains("does not round-trip") })
    }

    @Test func lineBreakInCommentIsCaught() throws {
        let problems = try Self.problems(tampering: "FzModule.swift") { $0.replacingEvery("/// OCR", with: "/// O\rCR") }
        #expect(problems.contains { $0.contains("comment line") })
    }

    @Test func injectedCodeIsCaught() throws {
        let problems = try Self.problems(tampering: "FzErrorCode.swift") {
            $0.replacingEvery("{ \"AIS.0101\" }", with: "{ fatalError(); \"AIS.0101\" }")
        }
        #expect(problems.contains { $0.contains("code depends on the input") })
    }

    @Test func keywordIdentifierIsCaught() throws {
        let problems = try Self.problems(tampering: "FzErrorCode.swift") { $0.replacingEvery("default_", with: "default") }
        #expect(problems.contains { $0.contains("is a keyword") })
    }

    @Test func nonASCIICodeIsCaught() throws {
        let problems = try Self.problems(tampering: "FzErrorCode.swift") { $0.replacingEvery("ais0101", with: "aïs0101") }
        #expect(problems.contains { $0.contains("U+EF") })
    }
}

private extension String {
    func replacingEvery(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
