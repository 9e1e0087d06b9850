@testable import ErrataOutput
import Testing

@Suite struct PathNameTests {
    @Test(arguments: [
        ("a//b/./c/", "a/b/c"), ("./a", "a"), (".", "."), ("a/..", "."), ("../x/../y", "../y"),
        ("/a/../../b", "/b"), ("/", "/"), ("//", "/"), ("a/b/../../..", ".."),
    ])
    func normalizesLexically(input: String, expected: String) {
        #expect(PathName.normalize(input) == expected)
    }

    @Test func emptyPathIsInvalid() {
        #expect(PathName.normalize("") == nil)
    }

    @Test func relativePathsResolveAgainstTheWorkingDirectory() {
        let cwd = PathName.currentDirectory()
        #expect(PathName.absolute("Gen/A.swift") == PathName.normalize(cwd + "/Gen/A.swift"))
        #expect(PathName.absolute("/x") == "/x")
    }

    @Test func ancestorsKeepTheGivenFormWherePossible() throws {
        let path = try #require(ResolvedPath("Gen/Sub/A.swift"))
        let ancestors = path.ancestors
        #expect(ancestors.suffix(2).map(\.display) == ["Gen", "Gen/Sub"])
        #expect(ancestors.first?.absolute == "/")
        #expect(ancestors.map(\.absolute) == PathName.ancestors(of: path.absolute))
        let up = try #require(ResolvedPath("../x/a"))
        #expect(up.ancestors.suffix(2).map(\.display) == ["..", "../x"])
    }

    @Test func temporaryNamesAreRecognisedAndBounded() {
        let name = TemporaryFileName.make(for: "Codes.swift")
        #expect(name.hasPrefix(".Codes.swift.errata-tmp-"))
        #expect(TemporaryFileName.isTemporary(name))
        #expect(!TemporaryFileName.isTemporary("Codes.swift"))
        #expect(!TemporaryFileName.isTemporary(".Codes.swift.errata-tmp-xyz"))
        #expect(TemporaryFileName.make(for: String(repeating: "é", count: 200)).utf8.count <= 255)
    }
}
