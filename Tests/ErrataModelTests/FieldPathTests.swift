import ErrataModel
import Testing

/// Paths with list steps: their written form, read back, and what it may not be.
@Suite struct FieldPathTests {
    @Test(arguments: [
        ("errors[0].code", [FieldPath.Step.key("errors"), .index(0), .key("code")]),
        ("errors[].extensions.code", [.key("errors"), .each, .key("extensions"), .key("code")]),
        ("error.details[@type$=ErrorInfo].reason", [.key("error"), .key("details"), .element(whereKey: "@type", hasSuffix: "ErrorInfo"), .key("reason")]),
        ("[0].code", [.index(0), .key("code")]),
        ("matrix[1][]", [.key("matrix"), .index(1), .each]),
        ("a\\[0\\].b", [.key("a[0]"), .key("b")]),
        ("a\\.b.c", [.key("a.b"), .key("c")]),
        ("list[k\\]$=v\\]]", [.key("list"), .element(whereKey: "k]", hasSuffix: "v]")]),
        ("list[k$=]", [.key("list"), .element(whereKey: "k", hasSuffix: "")]),
        ("list[k\\$=v$=w]", [.key("list"), .element(whereKey: "k$=v", hasSuffix: "w")]),
    ])
    func writtenFormsRead(text: String, steps: [FieldPath.Step]) throws {
        let path = try #require(FieldPath(parsing: text))
        #expect(path.steps == steps)
        #expect(FieldPath(parsing: path.description) == path, "\(path.description)")
    }

    @Test(arguments: ["a[", "a[x]", "a[-1]", "a[]b", "a.[0]", "a..b", ".a", "a.", "a[$=x]", "a[0", "a\\", "[0]..b"])
    func malformedPathsAreRefused(text: String) {
        #expect(FieldPath(parsing: text) == nil)
    }

    @Test func keysWithBracketsAndDotsAreEscapedWhenWritten() {
        #expect(FieldPath(["a[0]", "b.c", "d\\e"]).description == "a\\[0].b\\.c.d\\\\e")
        #expect(FieldPath(steps: [.key("l"), .element(whereKey: "k$", hasSuffix: "]")]).description == "l[k\\$$=\\]]")
    }

    @Test func listPrefixIsTheFirstListOfEveryError() {
        #expect(FieldPath(parsing: "errors[].extensions.code")?.listPrefix == [.key("errors"), .each])
        #expect(FieldPath(parsing: "errors[0].code")?.listPrefix == [.key("errors"), .index(0)])
        #expect(FieldPath(parsing: "error.details[@type$=ErrorInfo].reason")?.listPrefix == nil, "a filter picks one entry")
        #expect(FieldPath(["error", "code"]).listPrefix == nil)
    }

    @Test func lastIsTheLastKey() {
        #expect(FieldPath(parsing: "error.details[@type$=ErrorInfo].reason")?.last == "reason")
        #expect(FieldPath(parsing: "errors[0]")?.last == "errors")
        #expect(FieldPath(["a", "b"]).keys == ["a", "b"])
        #expect(FieldPath(parsing: "a[0].b")?.keys == nil)
    }
}
