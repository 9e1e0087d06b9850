import ErrataModel
@testable import ErrataRenderers
import Testing

@Suite struct FixtureFileNamesTests {
    func names(_ codes: [String], variants: Int = 1) throws -> [[String]] {
        let entries = codes.map { Entry(code: $0, variants: Array(repeating: Variant(message: "m"), count: variants)) }
        return try FixtureFileNames.names(for: entries)
    }

    func name(_ code: String) throws -> String { try names([code])[0][0] }

    @Test(arguments: [
        ("AIS.0101", "AIS.0101.json"), ("4000001", "4000001.json"), ("-1", "-1.json"),
        ("APIG/0101", "APIG_2F0101.json"), ("a\\b", "a_5Cb.json"), ("a_b", "a_5Fb.json"), ("a b", "a_20b.json"),
        ("", "_.json"), (".", "_2E.json"), ("..", "_2E_2E.json"), (".hidden", "_2Ehidden.json"), ("end.", "end_2E.json"),
        ("错", "_E9_94_99.json"), ("é", "_C3_A9.json"), ("e\u{301}", "e_CC_81.json"), ("😀", "_F0_9F_98_80.json"),
        ("CON", "_43ON.json"), ("nul.txt", "_6Eul.txt.json"), ("Com1", "_43om1.json"), ("console", "console.json"),
        ("index", "_69ndex.json"), ("INDEX.json", "_49NDEX.json.json"), ("a:b*c?d\"e<f>g|h", "a_3Ab_2Ac_3Fd_22e_3Cf_3Eg_7Ch.json"),
    ])
    func encodesCodes(_ code: String, _ expected: String) throws {
        #expect(try name(code) == expected)
    }

    @Test func caseClashesEncodeUppercaseLetters() throws {
        let result = try names(["AIS.0101", "ais.0101", "Ais.0101", "AIS.0102"]).map { $0[0] }
        #expect(result == ["_41_49_53.0101.json", "ais.0101.json", "_41is.0101.json", "AIS.0102.json"])
    }

    @Test func variantsAfterTheFirstGetASuffix() throws {
        #expect(try names(["ModelArts.4105"], variants: 3)[0] ==
            ["ModelArts.4105.json", "ModelArts.4105_v2.json", "ModelArts.4105_v3.json"])
        // Codes that look like suffixed names cannot collide with them.
        #expect(try name("ModelArts.4105_v2") == "ModelArts.4105_5Fv2.json")
    }

    @Test func longCodesAreCutWithAHash() throws {
        let long = String(repeating: "A", count: 300)
        let longer = long + "B"
        let result = try names([long, longer]).map { $0[0] }
        #expect(result.allSatisfy { $0.utf8.count <= 200 + 18 + 5 })
        #expect(result[0] != result[1])
        #expect(result[0].hasPrefix(String(repeating: "A", count: 180) + "_h"))
        // Cutting never leaves half an escape.
        let escaped = try name("a" + String(repeating: "/", count: 100))
        #expect(escaped.hasPrefix("a" + String(repeating: "_2F", count: 59) + "_h"))
    }

    @Test func fnv1aMatchesKnownValues() {
        #expect(FixtureFileNames.fnv1a("") == "cbf29ce484222325")
        #expect(FixtureFileNames.fnv1a("a") == "af63dc4c8601ec8c")
    }

    @Test func namesAreSafeAndUniqueIgnoringCase() throws {
        let codes = ["AIS.0101", "ais.0101", "aIS.0101", "a/b", "a_2Fb", "A_2fb", "", "_", ".", "..", "...", "x.", "X.",
                     "index", "Index", "CON", "con", "错", "é", "É", "e\u{301}", "ModelArts.4105_v2", "ModelArts.4105",
                     "a b", "a%20b", "-", "--", "0", "00"]
        let all = try names(codes, variants: 2).flatMap { $0 }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        for file in all {
            #expect(!file.isEmpty && !file.hasPrefix(".") && file.allSatisfy(allowed.contains), "\(file)")
            #expect(FixtureFileNames.asciiLowercased(file) != "index.json")
        }
        #expect(Set(all.map(FixtureFileNames.asciiLowercased)).count == all.count)
    }
}
