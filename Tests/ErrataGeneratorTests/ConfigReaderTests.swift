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

    @Test func otherValuesAreListedWithTheValidOnes() {
        #expect(problems("      accessLevel: private\n") == "errata.yml:5:20: error: accessLevel must be one of: public, package, internal")
        #expect(problems("      style: class\n") == "errata.yml:5:14: error: style must be one of: struct, enum")
        #expect(problems("      accessLevel: ''\n") == "errata.yml:5:20: error: 'accessLevel' must not be empty")
    }
}
