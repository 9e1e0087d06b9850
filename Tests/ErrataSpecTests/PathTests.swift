import ErrataSpec
import Testing

/// Path arithmetic on strings, and where a spec's relative `source:` points.
@Suite struct PathTests {
    @Test func normalizeDropsDotsAndFoldsAFolderBeforeDotDot() {
        #expect(Path.normalize("./spec//a.yaml") == "spec/a.yaml")
        #expect(Path.normalize("spec/../pages/a.md") == "pages/a.md")
        #expect(Path.normalize("../pages/a.md") == "../pages/a.md")
        #expect(Path.normalize("a/b/../../..") == "..")
        #expect(Path.normalize("/../x") == "/x")
        #expect(Path.normalize("spec/..") == ".")
    }

    @Test func relativeWalksUpToTheCommonFolder() {
        #expect(Path.relative("pages/a.md", from: "spec", workingDirectory: "/w") == "../pages/a.md")
        #expect(Path.relative("spec/a.md", from: "spec", workingDirectory: "/w") == "a.md")
        #expect(Path.relative("a.md", from: ".", workingDirectory: "/w") == "a.md")
        #expect(Path.relative("/w/docs/a.md", from: "spec/x", workingDirectory: "/w") == "../../docs/a.md")
        #expect(Path.relative("a.md", from: "/elsewhere", workingDirectory: "/w") == "../w/a.md")
    }

    @Test func aSpecsSourceIsReadFromTheSpecsFolder() {
        #expect(SpecSource.location("../pages/a.md", inSpecAt: "spec/api.yaml") == "pages/a.md")
        #expect(SpecSource.location("a.md", inSpecAt: "api.yaml") == "a.md")
        #expect(SpecSource.location("a.md", inSpecAt: "/w/spec/api.yaml") == "/w/spec/a.md")
        #expect(SpecSource.location("https://example.com/errors", inSpecAt: "spec/api.yaml") == "https://example.com/errors")
        #expect(SpecSource.location("/pages/a.md", inSpecAt: "spec/api.yaml") == "/pages/a.md")
    }

    @Test func aPageGivenOnTheCommandLineIsRecordedFromTheSpecsFolder() {
        #expect(SpecSource.recorded("pages/a.md", forSpecAt: "spec/api.yaml") == "../pages/a.md")
        #expect(SpecSource.recorded("HTTPS://example.com/e", forSpecAt: "spec/api.yaml") == "HTTPS://example.com/e")
        #expect(SpecSource.recorded("/docs/a.md", forSpecAt: "spec/api.yaml") == "/docs/a.md")
        // Recorded, then read back from the spec: the same file.
        let recorded = SpecSource.recorded("docs/pages/a.md", forSpecAt: "spec/api.yaml")
        #expect(SpecSource.location(recorded, inSpecAt: "spec/api.yaml") == "docs/pages/a.md")
    }
}
