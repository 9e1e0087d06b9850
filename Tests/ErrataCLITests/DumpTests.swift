import Foundation
import Testing

@Suite struct DumpTests {
    @Test func dumpOfTheOCRSpecHoldsTheSeedTable() throws {
        let result = try ErrataCLI.run(["dump", "spec/huawei-ocr.yaml"], in: ErrataCLI.repoRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.count == 46)
        let variants = entries.flatMap { $0["variants"] as? [[String: Any]] ?? [] }
        #expect(variants.count == 47)
        #expect(Set(entries.compactMap { $0["module"] as? String }) == ["OCR", "Platform", "APIG"])
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(notes.first?["text"] as? String == "If other error codes are displayed, contact us.")
        #expect(variants.allSatisfy { $0.keys.sorted() == ["description", "message", "solution", "statuses"] })
    }

    @Test func dumpIsDeterministic() throws {
        let first = try ErrataCLI.run(["dump", "spec/huawei-ocr.yaml"], in: ErrataCLI.repoRoot)
        let second = try ErrataCLI.run(["dump", "spec/huawei-ocr.yaml"], in: ErrataCLI.repoRoot)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.hasSuffix("}\n"))
    }

    @Test func missingInputExitsTwo() throws {
        let result = try ErrataCLI.run(["dump", "no/such.yaml"], in: ErrataCLI.repoRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such.yaml: error:"))
    }

    @Test func unknownOptionExitsTwo() throws {
        let result = try ErrataCLI.run(["generate", "--no-such-option"], in: ErrataCLI.repoRoot)
        #expect(result.status == 2)
    }
}
