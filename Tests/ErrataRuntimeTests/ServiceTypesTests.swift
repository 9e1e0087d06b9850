import ErrataRuntime
import Foundation
import Testing

/// The runtime's generic types on services written here by hand, as a generated library declares
/// them: two services whose types stay apart, a listing format, problem details, translations.
enum Parcel: ErrataService {
    typealias Code = ErrataCode<Parcel>
    typealias Module = ErrataNoModule

    static let errata = ErrataServiceData(table: table, formats: formats, localization: nil)
    static func errataInfo(line: Int) -> ErrataErrorInfo<Parcel> { chunk[line] }

    static let table = ErrataCodeTable(text: ErrataCodeTable.build([
        record("PARCEL_LOST", "Parcel {id} was lost.", statuses: [404], description: "The **parcel** is gone."),
        record("PARCEL_LATE", "Parcel is late.", statuses: [409], solution: "Wait a day."),
    ]))
    static let formats = ErrataBody.Formats([
        ErrataBody.Format(syntax: .json, code: ErrataBody.path("errors[].code"), message: ErrataBody.path("errors[].message")),
    ])
    static let chunk = ErrataLineChunk<ErrataErrorInfo<Parcel>>(0, lines: table.lines, make: ErrataErrorInfo.init(line:))

    static func record(_ code: String, _ message: String, statuses: [Int], description: String = "", solution: String = "") -> [String] {
        ErrataCodeRecord(
            code: code, module: "", deprecated: false, retryable: false, remarks: nil,
            variants: [
                ErrataVariantRecord(
                    message: message, alternativeMessages: [], description: description, solution: solution,
                    plainDescription: description.replacingOccurrences(of: "**", with: ""), plainSolution: solution,
                    statuses: statuses, columns: [], segments: ErrataMessageTemplate.segments(of: message), alternativeSegments: [])
            ]
        ).fields
    }
}

/// A second service with the same code text, a problem details format and German translations.
enum Depot: ErrataService {
    typealias Code = ErrataCode<Depot>
    typealias Module = ErrataNoModule

    static let errata = ErrataServiceData(table: table, formats: formats, localization: localization)
    static func errataInfo(line: Int) -> ErrataErrorInfo<Depot> { chunk[line] }

    static let table = ErrataCodeTable(text: ErrataCodeTable.build([
        Parcel.record("PARCEL_LOST", "Depot lost it.", statuses: [410], description: "Gone for good.", solution: "Order again.")
    ]))
    static let formats = ErrataBody.Formats([
        ErrataBody.Format(syntax: .json, kind: .problemDetails, code: [.key("code")], message: [.key("detail")]),
    ])
    static let chunk = ErrataLineChunk<ErrataErrorInfo<Depot>>(0, lines: table.lines, make: ErrataErrorInfo.init(line:))
    static let localization = ErrataLocalization(
        languages: ["en", "de"], text: ErrataLocalization.build([[(description: "Für immer weg.", solution: nil)]]),
        lines: table.lines)
}

extension ErrataCode where Service == Parcel {
    static var parcelLost: Self { "PARCEL_LOST" }
    static var parcelLate: Self { "PARCEL_LATE" }

    static func ~= (pattern: Self, value: any Error) -> Bool {
        ErrataErrors.unwrap(value, as: ErrataError<Parcel>.self)?.code == pattern
    }
}

@Suite struct ServiceTypesTests {
    @Test func codesReadTheirServicesDocumentation() throws {
        let lost = ErrataCode<Parcel>.parcelLost
        #expect(lost.isDocumented && lost.messages == ["Parcel {id} was lost."])
        #expect(lost.info?.variants.first?.statuses == [404])
        #expect(lost.module == nil && lost.description == "PARCEL_LOST")
        #expect(ErrataCode<Parcel>.allDocumented == [.parcelLost, .parcelLate])
        #expect(!ErrataCode<Parcel>(rawValue: "OTHER").isDocumented)
        // The same text is another service's code, with its own documentation.
        #expect(ErrataCode<Depot>(rawValue: "PARCEL_LOST").messages == ["Depot lost it."])
        // Codable as a string (or an integer, read as its text).
        let decoded = try JSONDecoder().decode([ErrataCode<Parcel>].self, from: Data(#"["PARCEL_LATE", 7]"#.utf8))
        #expect(decoded == [.parcelLate, "7"])
        #expect(String(decoding: try JSONEncoder().encode([lost]), as: UTF8.self) == #"["PARCEL_LOST"]"#)
    }

    @Test func anErrorOfAListingBodyHoldsEveryError() throws {
        let body = #"{"errors": [{"code": "PARCEL_LOST", "message": "Parcel 42 was lost."}, {"code": "PARCEL_LATE", "message": "Parcel is late."}]}"#
        let error = try ErrataError<Parcel>.decode(Data(body.utf8), httpStatus: 404)
        #expect(error.code == .parcelLost && error.placeholderValues == ["42"] && error.variantIndex == 0)
        #expect(error.errors.map(\.code) == [.parcelLost, .parcelLate])
        #expect(error.errors[1].documentedStatus == 409 && error.errors[1].recoverySuggestion == "Wait a day.")
        #expect(error.failureReason == "The parcel is gone." && error.documentedStatus == 404)
        #expect(error.problem == nil && error.errorInfo == nil)
        // Made from its parts, an error is its own only error.
        let made = ErrataError<Parcel>(code: .parcelLate, message: "Parcel is late.", httpStatus: 409)
        #expect(made.errors == [made] && made.matchedVariant?.solution == "Wait a day.")
        #expect(try ErrataError<Parcel>.decode(made.encodedBody(), httpStatus: 409).code == .parcelLate)
    }

    @Test func servicesTypesStayApart() throws {
        let parcel: any Error = ErrataError<Parcel>(code: .parcelLost, message: "Parcel 1 was lost.")
        let depot: any Error = try ErrataError<Depot>.decode(Data(#"{"code": "PARCEL_LOST", "detail": "Depot lost it."}"#.utf8))
        #expect(parcel is ErrataError<Parcel> && !(parcel is ErrataError<Depot>))
        #expect(!(depot is ErrataError<Parcel>))
        #expect(ErrataCode<Parcel>.parcelLost ~= parcel)
        #expect(!(ErrataCode<Parcel>.parcelLost ~= depot))
        do {
            throw parcel
        } catch .parcelLost {
        } catch {
            Issue.record("not matched: \(error)")
        }
        #expect(throws: ErrataUnrecognizedResponse<Parcel>(httpStatus: 502, body: "<html>")) {
            try ErrataError<Parcel>.decode(Data("<html>".utf8), httpStatus: 502)
        }
    }

    @Test func problemDetailsAndTranslationsReachTheError() throws {
        let error = try ErrataError<Depot>.decode(Data(#"{"code": "PARCEL_LOST", "title": "Lost", "detail": "Depot lost it."}"#.utf8))
        #expect(error.problem?.title == "Lost" && error.problem?.type == "about:blank")
        #expect(error.failureReason(for: Locale(identifier: "de_DE")) == "Für immer weg.")
        #expect(error.failureReason(for: Locale(identifier: "fr_FR")) == "Gone for good.")
        // A translation without a solution falls back to the documentation's own.
        #expect(error.recoverySuggestion(for: Locale(identifier: "de_DE")) == "Order again.")
        // Without translations, a locale changes nothing.
        let parcel = ErrataError<Parcel>(code: .parcelLost, message: "Parcel 3 was lost.")
        #expect(parcel.failureReason(for: Locale(identifier: "de_DE")) == parcel.failureReason)
    }

    @Test func noModuleHasNoValue() {
        #expect(ErrataNoModule.allCases.isEmpty && ErrataNoModule(rawValue: "") == nil)
    }
}
