import ErrataReaders
import Testing

@Suite struct GridTests {
    @Test func markdownDefaultsToPlainText() {
        let cell = Cell(text: "AIS.0101")
        #expect(cell.markdown == "AIS.0101")
        #expect(!cell.isEmpty)
        #expect(Cell(text: "").isEmpty)
    }
}
