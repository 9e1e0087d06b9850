@testable import ErrataRenderers
import Testing

@Suite struct MarkdownAnchorsTests {
    @Test(arguments: [
        ("AIS.0101", "ais-0101"), ("ModelArts.4105", "modelarts-4105"), ("4000001", "4000001"),
        ("--a__b--", "a-b"), ("错误", "9519-8bef"), ("APIG错误.1", "apig-9519-8bef-1"), ("", "code"), ("...", "code"),
    ])
    func slugs(_ code: String, _ slug: String) {
        #expect(MarkdownAnchors.slug(code, empty: "code") == slug)
    }

    @Test func collisionsGetSuffixesInDocumentOrder() {
        let anchors = MarkdownAnchors(moduleNames: [], codes: ["AIS.0101", "ais.0101", "AIS_0101"])
        #expect(anchors.entries == ["ais-0101", "ais-0101-2", "ais-0101-3"])
    }

    @Test func naturalAnchorsWinOverSuffixes() {
        // "AIS-0101-2" wants the anchor a suffix would give the second AIS.0101 spelling.
        let anchors = MarkdownAnchors(moduleNames: [], codes: ["AIS.0101", "ais.0101", "AIS-0101-2"])
        #expect(anchors.entries == ["ais-0101", "ais-0101-3", "ais-0101-2"])
    }

    @Test func fixedAndModuleAnchorsAreReserved() {
        let anchors = MarkdownAnchors(moduleNames: ["OCR", "ocr"], codes: ["Notes", "module.ocr", "OCR"])
        #expect(anchors.modules == ["module-ocr", "module-ocr-2"])
        #expect(anchors.entries == ["notes-2", "module-ocr-3", "ocr"])
    }

    @Test func anchorsAreStableAcrossRuns() {
        let codes = (0..<50).map { "C.\($0 % 7)" } + ["c.1", "C-1"]
        #expect(MarkdownAnchors(moduleNames: [], codes: codes).entries ==
            MarkdownAnchors(moduleNames: [], codes: codes).entries)
        #expect(Set(MarkdownAnchors(moduleNames: [], codes: codes).entries).count == codes.count)
    }
}
