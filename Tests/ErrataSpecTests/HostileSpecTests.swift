import ErrataTestSupport
import ErrataModel
import Testing
import ErrataSpec

/// YAML tricks in a spec: keys duplicated in disguise, merge keys, look-alike codes, huge values.
@Suite struct HostileSpecTests {
    func problems(_ yaml: String) -> [String] {
        do {
            _ = try SpecReader.read(data: Array(yaml.utf8), path: "s.yaml")
            return []
        } catch let error as Diagnostics {
            return error.items.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test(arguments: [
        "    message: m\n    \"message\": n\n", "    message: m\n    'message': n\n",
        "    message: m\n    !!str message: n\n", "    message: m\n    ? message\n    : n\n",
        "    status: 400\n    message: m\n    \"status\": 401\n",
    ])
    func keysDuplicatedInDisguiseAreRefused(fields: String) {
        let found = problems("service: S\nentries:\n  - code: A.1\n" + fields)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains("error: duplicate key") == true, "\(found)")
        #expect(found.first?.hasPrefix("s.yaml:4:") == true, "\(found)")
    }

    @Test func mergeKeysAreRefused() {
        let found = problems("service: S\nentries:\n  - &a {code: A.1, message: m}\n  - <<: *a\n    code: A.2\n")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("s.yaml:4:5: error: unknown key '<<'") == true, "\(found)")
    }

    @Test func codesAreTextSoOneAndZeroOneDifferButQuotingDoesNot() throws {
        let catalog = try SpecReader.read(data: Array("service: S\nentries:\n  - {code: 1, message: a}\n  - {code: 01, message: b}\n  - {code: NO, message: c}\n  - {code: no, message: d}\n".utf8), path: "s.yaml")
        #expect(catalog.entries.map(\.code) == ["1", "01", "NO", "no"])
        let found = problems("service: S\nentries:\n  - {code: 1, message: a}\n  - {code: \"1\", message: b}\n")
        #expect(found == ["s.yaml:4:5: error: duplicate code '1' (first defined at line 3); list its rows as variants of one entry"])
    }

    @Test func canonicallyEquivalentCodesAreDuplicates() {
        let found = problems("service: S\nentries:\n  - {code: \"caf\\u00E9\", message: a}\n  - {code: \"cafe\\u0301\", message: b}\n")
        #expect(found.count == 1 && found.first?.hasPrefix("s.yaml:4:5: error: duplicate code") == true, "\(found)")
    }

    @Test func valueOver10MBIsRefusedAtItsPosition() {
        let huge = String(repeating: "x", count: 10 * 1024 * 1024 + 1)
        let found = problems("service: S\nentries:\n  - code: A.1\n    message: \(huge)\n")
        #expect(found == ["s.yaml:4:14: error: 'message' is \(huge.utf8.count) bytes; a value may hold at most 10 MB"])
        let code = problems("service: S\nentries:\n  - code: \(huge)\n    message: m\n")
        #expect(code.count == 1 && code.first?.hasPrefix("s.yaml:3:11: error: 'code' is ") == true, "\(code)")
    }

    @Test func escapedControlsAndLineSeparatorsArriveVerbatim() throws {
        let yaml = "service: S\nentries:\n  - code: \"A\\u202E1\"\n    message: \"m\\u2028x\\u0085\\ry\\0\\t\\u007F\"\n"
        let catalog = try SpecReader.read(data: Array(yaml.utf8), path: "s.yaml")
        #expect(catalog.entries.first?.code == "A\u{202E}1")
        #expect(catalog.entries.first?.variants.first?.message == "m\u{2028}x\u{85}\ry\u{0}\t\u{7F}")
    }
}
