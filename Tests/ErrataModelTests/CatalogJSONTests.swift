import ErrataModel
import Testing

@Suite struct CatalogJSONTests {
    let catalog = Catalog(
        service: "Sample",
        source: "https://example.com/errors",
        modules: [Module(name: "OCR")],
        entries: [
            Entry(
                code: "AIS.0101", module: "OCR",
                variants: [Variant(message: "Bad {xxx}.", description: "d", solution: "s", status: 400)],
                location: SourceLocation(path: "spec.yaml", line: 3, column: 5)),
            Entry(code: "42", variants: [Variant(message: "m")]),
        ],
        notes: [Note(label: "Other", text: "Contact us.")]
    )

    @Test func roundTripsAndDropsLocations() throws {
        let json = try CatalogJSON.encode(catalog)
        let decoded = try CatalogJSON.decode(json)
        #expect(decoded == catalog)
        #expect(decoded.entries[0].location == nil)
        #expect(!json.contains("spec.yaml"))
    }

    @Test func alwaysWritesModuleAndStatusKeys() throws {
        let json = try CatalogJSON.encode(catalog)
        #expect(json.contains("\"module\" : null"))
        #expect(json.contains("\"status\" : null"))
        #expect(json.contains("\"status\" : 400"))
        #expect(json.hasSuffix("}\n"))
    }

    @Test func sameCatalogGivesSameBytes() throws {
        var reordered = catalog
        reordered.entries[0].location = SourceLocation(path: "other.yaml", line: 9)
        #expect(try CatalogJSON.encode(reordered) == CatalogJSON.encode(catalog))
    }
}
