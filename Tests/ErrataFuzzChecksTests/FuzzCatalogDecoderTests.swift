import ErrataFuzzChecks
import ErrataModel
import Testing

@Suite struct FuzzCatalogDecoderTests {
    @Test func bytesRoundTrip() {
        let catalog = Catalog(
            service: "S\u{0}", errorBody: [ErrorBodyFormat(code: ["code"], message: ["msg"])],
            modules: [Module(name: "A"), Module(name: "B")],
            entries: [
                Entry(code: "X.1", module: "A", variants: [Variant(message: "m", status: 400), Variant(message: "n", description: "d", solution: "s", statuses: [503, 500, 429])], deprecated: true),
                Entry(code: "X.2", module: "B", variants: [Variant(message: "\u{2028}", alternativeMessages: ["o", "p {x}"])], retryable: true),
                Entry(code: "X.3", variants: [Variant(message: "")]),
            ])
        #expect(FuzzCatalogDecoder.catalog(from: FuzzCatalogDecoder.bytes(for: catalog)) == catalog)
    }

    @Test func anyBytesGiveACatalog() {
        let catalog = FuzzCatalogDecoder.catalog(from: [0xFF, 0xC3, 0xFF, 0xFF, 0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x05, 0x03])
        #expect(catalog.service == "")
        #expect(catalog.errorBody.first?.code == ["\u{FFFD}"])
        #expect(catalog.entries.map(\.code) == ["A"])
        #expect(catalog.entries.first?.variants.first?.status == 305)
        #expect(catalog.entries.first?.deprecated == true && catalog.entries.first?.retryable == true)
    }

    /// Control bytes after the flags are more statuses of the row; zeros and repeats are skipped.
    @Test func furtherControlBytesAreMoreStatuses() {
        let catalog = FuzzCatalogDecoder.catalog(from: [0xFF, 0xFF, 0xFF, 0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x64, 0x00, 0xC8, 0x00, 0x64, 0x65])
        #expect(catalog.entries.first?.variants.first?.statuses == [400, 500, 401])
    }
}
