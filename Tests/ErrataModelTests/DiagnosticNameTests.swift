import ErrataModel
import Testing

/// Warnings carry stable kebab-case names, printed after them and looked up by the name.
@Suite struct DiagnosticNameTests {
    @Test func warningsPrintTheirNameAndOtherDiagnosticsNone() {
        let location = SourceLocation(path: "p.md", line: 3, column: 5)
        #expect(Diagnostic.warning(.repeatedRow, "listed again", at: location).description
            == "p.md:3:5: warning: listed again [repeated-row]")
        #expect(Diagnostic.error("bad", at: location).description == "p.md:3:5: error: bad")
        #expect(Diagnostic(.note, "read", at: location).description == "p.md:3:5: note: read")
    }

    @Test func namesAreKebabCaseAndDistinct() {
        let names = Diagnostic.Name.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(name.allSatisfy { ("a"..."z").contains($0) || $0 == "-" } && !name.hasPrefix("-") && !name.hasSuffix("-"), "\(name)")
        }
    }

    @Test func namingFindsANameOrSuggestsTheClosest() throws {
        #expect(try Diagnostic.Name(naming: "no-sample-body") == .noSampleBody)
        #expect(Diagnostic.Name.closest(to: "no-sampel-body") == .noSampleBody)
        #expect(Diagnostic.Name.closest(to: "Repeated-Row") == .repeatedRow)
        #expect(Diagnostic.Name.closest(to: "everything") == nil)
        #expect(Diagnostic.Name.closest(to: "") == nil)
        #expect(throws: Diagnostic.error("no warning is named 'repeated-rows'; did you mean 'repeated-row'?")) {
            try Diagnostic.Name(naming: "repeated-rows")
        }
        #expect(throws: Diagnostic.error("no warning is named 'x' (docs/diagnostics.md lists the names)")) {
            try Diagnostic.Name(naming: "x")
        }
    }

    /// A spec with no codes is a warning at its `entries` key, not an error.
    @Test func emptyEntriesAreAWarning() throws {
        var catalog = Catalog(service: "S")
        catalog.entriesLocation = SourceLocation(path: "s.yaml", line: 2, column: 10)
        let warnings = try CatalogValidator.validate(catalog).warnings
        #expect(warnings.map(\.name) == [.noEntries])
        #expect(warnings.first?.location == SourceLocation(path: "s.yaml", line: 2, column: 10))
        catalog.entries = [Entry(code: "A", variants: [Variant(message: "m")])]
        #expect(try CatalogValidator.validate(catalog).warnings.isEmpty)
    }

    /// Where the entries stood is no part of the catalog's identity.
    @Test func entriesLocationIsNotCompared() {
        var located = Catalog(service: "S")
        located.entriesLocation = SourceLocation(path: "s.yaml", line: 2)
        #expect(located == Catalog(service: "S"))
        #expect(located.hashValue == Catalog(service: "S").hashValue)
    }
}
