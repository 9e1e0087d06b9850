import ErrataTestSupport
import Testing

/// With `ERRATA_REQUIRE_SHARED=1` (as in CI), a checkout without the real pages fails with a plain message,
/// besides the failures of every test that reads them.
@Suite struct SharedPagesTests {
    @Test(.enabled(if: SharedPages.required, "only when ERRATA_REQUIRE_SHARED=1"))
    func sharedPagesArePresentWhenRequired() {
        #expect(SharedPages.available,
                "ERRATA_REQUIRE_SHARED=1 but \(SharedPages.corpus.path) or \(SharedPages.seed.path) is missing")
    }
}
