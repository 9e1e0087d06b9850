import ErrataRuntime
import ErrataTestSupport
import Foundation
@testable import HuaweiOCRErrors
import Testing

/// The table: its hash and layout are those of the generated libraries, and lookups find every
/// code and nothing else.
@Suite struct CodeTableTests {
    /// The lines of the error table literal in the generated OCR library, as `buildLines` writes them.
    static func generatedOCRTableLines() throws -> [String] {
        let source = try String(contentsOf: RepositoryPaths.path("Generated/Swift/HuaweiOCRErrorTable.swift"), encoding: .utf8)
        let start = try #require(source.range(of: "#\"\"\"\n"))
        let end = try #require(source.range(of: "\n        \"\"\"#"))
        return source[start.upperBound..<end.lowerBound].components(separatedBy: "\n").map { String($0.dropFirst(8)) }
    }

    /// The OCR library's documentation as records, read through its public and internal API.
    static func ocrRecords() -> [ErrataCodeRecord] {
        HuaweiOCRErrorCode.allDocumented.map { code in
            let info = code.info!
            return ErrataCodeRecord(
                code: code.rawValue, module: info.module?.rawValue ?? "", deprecated: info.deprecated,
                retryable: info.retryable, remarks: info.remarks,
                variants: info.variants.map { variant in
                    ErrataVariantRecord(
                        message: variant.message, alternativeMessages: variant.alternativeMessages,
                        description: variant.description, solution: variant.solution,
                        plainDescription: variant.plainDescription, plainSolution: variant.plainSolution,
                        statuses: variant.statuses, columns: variant.columns.map { ErrataColumn(name: $0.name, value: $0.value) },
                        segments: variant.segments, alternativeSegments: variant.alternativeSegments)
                })
        }
    }

    @Test func buildWritesTheGeneratedLibrarysTableByteForByte() throws {
        let built = ErrataCodeTable.buildLines(Self.ocrRecords().map(\.fields))
        let generated = try Self.generatedOCRTableLines()
        #expect(built.count == generated.count)
        for (line, (mine, theirs)) in zip(built, generated).enumerated() {
            #expect(mine == theirs, "line \(line)")
        }
    }

    @Test func hashIsTheGeneratedLibrarysHash() {
        var generator = SeededGenerator(seed: 21)
        var inputs = HuaweiOCRErrorCode.allDocumented.map { Array($0.rawValue.utf8) } + [[], [0], Array("é".utf8)]
        for length in 0..<40 {
            inputs.append((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        for bytes in inputs {
            let mine = bytes.withUnsafeBufferPointer { ErrataCodeTable.hash($0) }
            let theirs = bytes.withUnsafeBufferPointer { HuaweiOCRErrorTable.hash($0) }
            #expect(mine == theirs, "\(bytes)")
        }
    }

    @Test func lookupFindsEveryOCRCodeAtItsLineAndReadsItsRecord() throws {
        let records = Self.ocrRecords()
        let table = ErrataCodeTable(text: try Self.generatedOCRTableLines().joined(separator: "\n"))
        #expect(table.lines == records.count)
        #expect(table.codes == records.map(\.code))
        for (line, record) in records.enumerated() {
            #expect(table.line(for: record.code) == line)
            #expect(ErrataCodeRecord(table, line: line) == record)
        }
        for unknown in ["", "AIS.010", "AIS.01010", "ais.0101", "APIGW.0101", "AIS.0101 ", "\u{241F}"] {
            #expect(table.line(for: unknown) == nil, "\(unknown)")
            #expect(HuaweiOCRErrorTable.info(for: unknown) == nil)
        }
    }

    @Test func manyCodesWithCollidingSlotsAreAllFound() {
        var generator = SeededGenerator(seed: 7)
        var codes: [String] = []
        var seen = Set<String>()
        while codes.count < 5000 {
            let code = "E" + String(Int.random(in: 0..<1_000_000, using: &generator))
            if seen.insert(code).inserted { codes.append(code) }
        }
        let table = ErrataCodeTable(text: ErrataCodeTable.build(codes.map { [$0, "payload of \($0)"] }))
        for (line, code) in codes.enumerated() {
            #expect(table.line(for: code) == line)
        }
        // Codes sharing a first slot with a stored one, and others: none is found.
        var misses = 0
        while misses < 5000 {
            let code = "E" + String(Int.random(in: 1_000_000..<2_000_000, using: &generator))
            #expect(table.line(for: code) == nil)
            misses += 1
        }
    }

    @Test func aCodeGivenTwiceIsIndexedAtItsFirstLine() {
        let table = ErrataCodeTable(text: ErrataCodeTable.build([["A", "1"], ["B"], ["A", "2"]]))
        #expect(table.lines == 3)
        #expect(table.line(for: "A") == 0)
        #expect(table.line(for: "B") == 1)
        var reader = table.reader(atLine: 2)
        #expect(reader.next() == "A")
        #expect(reader.next() == "2")
    }

    @Test func fieldsRoundTripThroughEscaping() {
        let texts = ["plain", "line\nbreak", "end␟mark", "escape␛itself", "␛n literally", "", "mixed ␛␟\n␛"]
        let table = ErrataCodeTable(text: ErrataCodeTable.build([["code"] + texts + ["12", "1,2,300"]]))
        var reader = table.reader(atLine: 0)
        #expect(reader.next() == "code")
        for text in texts { #expect(reader.next() == text) }
        #expect(reader.number() == 12)
        #expect(reader.numbers() == [1, 2, 300])
        #expect(reader.atLineEnd)
    }

    @Test func lineCacheDecodesEachLineOnceAcrossChunks() {
        let cache = ErrataLineCache<String>(lines: 600) { "line \($0)" }
        #expect(cache[0] == "line 0")
        #expect(cache[255] == "line 255")
        #expect(cache[256] == "line 256")
        #expect(cache[599] == "line 599")
    }
}
