import ErrataRenderers
import Testing

@Suite struct RenderedFileTests {
    @Test func equalityIsByPathAndContents() {
        #expect(RenderedFile(path: "a", contents: "x\n") == RenderedFile(path: "a", contents: "x\n"))
        #expect(RenderedFile(path: "a", contents: "x\n") != RenderedFile(path: "a", contents: "y\n"))
    }
}
