import ErrataRuntime
import Foundation
@testable import HuaweiOCRErrors
import Testing

@Suite struct MessageTemplateTests {
    @Test func placeholdersSplitTheMessage() {
        #expect(ErrataMessageTemplate.segments(of: "Template match failed, template_id={xxx}.") == ["Template match failed, template_id=", ""])
        #expect(ErrataMessageTemplate.segments(of: "limit:XX,time:1 minute.") == ["limit:", ",time:1 minute"])
        #expect(ErrataMessageTemplate.segments(of: "%s and ${name} {0}{1}") == ["", " and ", " ", ""])
        #expect(ErrataMessageTemplate.segments(of: "Xbox is not XX-rated") == ["Xbox is not ", "-rated"])
        #expect(ErrataMessageTemplate.segments(of: "brace { not closed") == ["brace { not closed"])
        #expect(ErrataMessageTemplate.segments(of: "  plain.  ") == ["plain"])
    }

    @Test func matchingGivesPlaceholderValues() {
        let segments = ErrataMessageTemplate.segments(of: "Quota {name} exceeded: {used} of {limit}.")
        #expect(ErrataMessageTemplate.match("Quota disk exceeded: 12 of 10", segments: segments) == ["disk", "12", "10"])
        #expect(ErrataMessageTemplate.match(" Quota disk exceeded: 12 of 10.\u{3000}", segments: segments) == ["disk", "12", "10"])
        #expect(ErrataMessageTemplate.match("Quota disk exceeded 12 of 10", segments: segments) == nil)
        #expect(ErrataMessageTemplate.match("Plain", segments: ["Plain"]) == [])
        #expect(ErrataMessageTemplate.match("Plainer", segments: ["Plain"]) == nil)
        #expect(ErrataMessageTemplate.match("anything", segments: []) == nil)
        #expect(ErrataMessageTemplate.literalLength(segments) == "Quota  exceeded:  of ".utf8.count)
    }

    @Test func normalisingDropsWhitespaceAndOneFinalPeriod() {
        #expect(ErrataMessageTemplate.normalized("\u{A0}\u{2003} Done..\u{2029}") == "Done.")
        #expect(ErrataMessageTemplate.normalized("...") == "..")
        #expect(ErrataMessageTemplate.normalized("\u{200B}x") == "\u{200B}x")
    }

    /// The runtime's resolution of a message agrees with the generated library's for every
    /// documented row, its message with placeholders filled in, and messages of other codes.
    @Test func resolutionAgreesWithTheGeneratedLibrary() {
        let records = CodeTableTests.ocrRecords()
        for record in records {
            let code = HuaweiOCRErrorCode(rawValue: record.code)
            var messages = records.flatMap { $0.variants.map(\.message) }
            messages += record.variants.map { $0.segments.joined(separator: "42") }
            messages += ["", "unrelated", record.variants[0].message + " extra"]
            for message in messages {
                for status in [nil, 400, 500] as [Int?] {
                    let generated = HuaweiOCRError(code: code, message: message, httpStatus: status)
                    let resolved = ErrataVariantRecord.resolve(message, httpStatus: status, in: record.variants)
                    #expect(resolved?.index == generated.variantIndex, "\(record.code): \(message)")
                    #expect((resolved?.values ?? []) == generated.placeholderValues, "\(record.code): \(message)")
                }
            }
        }
    }

    @Test func exactAndTemplateMatchesPreferTheResponsesStatus() {
        let variants = [
            ErrataVariantRecord(templateMessage: "Limit {n} reached", statuses: [400]),
            ErrataVariantRecord(templateMessage: "Limit {n} reached", statuses: [429]),
            ErrataVariantRecord(templateMessage: "Limit {n} reached for {who}", statuses: [403]),
        ]
        #expect(ErrataVariantRecord.resolve("Limit 5 reached", httpStatus: 429, in: variants)?.index == 1)
        #expect(ErrataVariantRecord.resolve("Limit 5 reached", httpStatus: nil, in: variants)?.index == 0)
        #expect(ErrataVariantRecord.resolve("Limit 5 reached for you", httpStatus: 429, in: variants).map { $0.index } == 2)
        #expect(ErrataVariantRecord.resolve("Limit 5 reached for you", httpStatus: 429, in: variants)?.values == ["5", "you"])
        #expect(ErrataVariantRecord.resolve("Limit {n} reached", httpStatus: 429, in: variants)?.values == ["{n}"])
        #expect(ErrataVariantRecord.resolve("Other", httpStatus: 429, in: variants) == nil)
        let literal = ErrataVariantRecord(literalMessage: "Size is XX.", alternativeMessages: ["Too big"])
        #expect(literal.match("Size is XX") == [])
        #expect(literal.match("Size is 12") == nil)
        #expect(literal.match("Too big.") == [])
    }
}
