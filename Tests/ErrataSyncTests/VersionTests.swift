import ErrataTestSupport
import ErrataSync
import Testing

@Suite struct VersionTests {
    @Test func versionIsSemantic() {
        #expect(ErrataVersion.current.split(separator: ".").count == 3)
    }
}
