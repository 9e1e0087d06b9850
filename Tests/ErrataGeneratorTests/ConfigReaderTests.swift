import ErrataModel
import ErrataTestSupport
import ErrataGenerator
import ErrataRenderers
import Testing

/// errata.yml's Swift settings are typed values, checked against their cases.
@Suite struct ConfigReaderTests {
    func read(_ swiftSettings: String) throws -> CatalogConfig.SwiftOutput? {
        let text = "catalogs:\n  - spec: a.yaml\n    swift:\n      output: Out\n" + swiftSettings
        return try ConfigReader.read(data: Array(text.utf8), path: "errata.yml").catalogs.first?.swift
    }

    func problems(_ swiftSettings: String) -> String {
        do {
            _ = try read(swiftSettings)
            return ""
        } catch {
            return ErrorText.describe(error) ?? "\(error)"
        }
    }

    @Test func accessLevelAndStyleAreTyped() throws {
        let defaults = try #require(try read(""))
        #expect(defaults.accessLevel == .public)
        #expect(defaults.style == .struct)
        let given = try #require(try read("      accessLevel: package\n      style: enum\n"))
        #expect(given.accessLevel == .package)
        #expect(given.style == .enum)
        #expect(try read("      accessLevel: internal\n")?.accessLevel == .internal)
    }

    @Test func runtimeIsEmbeddedUnlessShared() throws {
        #expect(try read("")?.runtime == .embedded)
        #expect(try read("      runtime: shared\n")?.runtime == .shared)
        #expect(try read("      runtime: embedded\n")?.runtime == .embedded)
        #expect(problems("      runtime: static\n") == "errata.yml:5:16: error: runtime must be one of: shared, embedded")
    }

    @Test func otherValuesAreListedWithTheValidOnes() {
        #expect(problems("      accessLevel: private\n") == "errata.yml:5:20: error: accessLevel must be one of: public, package, internal")
        #expect(problems("      style: class\n") == "errata.yml:5:14: error: style must be one of: struct, enum")
        #expect(problems("      accessLevel: ''\n") == "errata.yml:5:20: error: 'accessLevel' must not be empty")
    }

    /// `allowWarnings` lists warning names; an unknown one is a located error naming the closest.
    @Test func allowWarningsAreWarningNames() throws {
        let text = "catalogs:\n  - spec: a.yaml\n    docs: Docs\nallowWarnings: [no-sample-body, repeated-row]\n"
        #expect(try ConfigReader.read(data: Array(text.utf8), path: "errata.yml").allowWarnings == [.noSampleBody, .repeatedRow])
        let none = "catalogs:\n  - spec: a.yaml\n    docs: Docs\n"
        #expect(try ConfigReader.read(data: Array(none.utf8), path: "errata.yml").allowWarnings == [])
        let wrong = none + "allowWarnings: [repeated-rows]\n"
        #expect(throws: Diagnostics.self) { try ConfigReader.read(data: Array(wrong.utf8), path: "errata.yml") }
        do {
            _ = try ConfigReader.read(data: Array(wrong.utf8), path: "errata.yml")
        } catch {
            #expect(ErrorText.describe(error) == "errata.yml:4:17: error: allowWarnings: no warning is named 'repeated-rows'; did you mean 'repeated-row'?")
        }
    }
}
