import ErrataOutput
import Testing

@Suite struct OutputFileTests {
    @Test func textIsStoredAsUTF8() {
        #expect(OutputFile(path: "a", text: "é\n").contents == [0xC3, 0xA9, 0x0A])
    }
}
