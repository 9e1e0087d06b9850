// The API of generated libraries: an embedded copy of this file keeps its `public` modifiers.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An error a service returned, read from the body of a failed response (a generated library's
/// `PError`): code, message, HTTP status, the body's other fields, the documentation row it
/// matches (computed once), `LocalizedError` texts. One reference (`ErrataErrorState`).
///
/// Decode a response with `decode(_:httpStatus:headers:)` or `init(data:response:)`; match a code
/// with `switch error.code`, or directly on any error: `catch .someCode`.
public struct ErrataError<Service: ErrataService>: Error, LocalizedError, CustomStringConvertible, Hashable, Sendable,
    Codable, ErrataServiceError
{
    /// The members of RFC 9457 problem details a body held.
    public typealias ProblemDetails = ErrataProblemDetails
    /// A structured error entry's reason, domain and metadata.
    public typealias ErrorInfo = ErrataStructuredError

    /// The error's state: what the response held and the row its message matched.
    let state: ErrataErrorState

    init(state: ErrataErrorState) {
        self.state = state
    }

    /// The code; a JSON body may send it as a string or an integer.
    public var code: Service.Code { Service.Code(rawValue: state.code) }
    /// The message as received; empty when the body had none.
    public var message: String { state.message }
    /// The HTTP status of the response, when known.
    public var httpStatus: Int? { state.httpStatus }
    /// The body's other documented fields that it held, by their name in the spec.
    public var fields: [String: String] { state.fields }
    /// Which documented body format the error was read in and is encoded in (0: the first).
    public var bodyFormat: Int { state.bodyFormat }
    /// Index in `info.variants` of the documentation row whose message (or one of whose
    /// alternative messages) this is: an exact match first, then the template that matches with
    /// the most literal text; among rows that match equally well, the first whose `statuses`
    /// include `httpStatus`, else the first. Nil when none matches (or the code is undocumented).
    /// Computed once, when the error is made.
    public var variantIndex: Int? { state.variantIndex }
    /// The values of the matched row's placeholders, e.g. `["42"]`; empty when none.
    public var placeholderValues: [String] { state.placeholderValues }
    /// Every error of the body in document order, this one first: several when the format reads a
    /// list (`errors[]`), else this error alone.
    public var errors: [ErrataError] {
        guard let entries = state.entries else { return [self] }
        return entries.map {
            ErrataError(
                code: Service.Code(rawValue: $0.code), message: $0.message, httpStatus: state.httpStatus, fields: $0.fields,
                bodyFormat: state.bodyFormat)
        }
    }
    /// The RFC 9457 members of a problem details body; nil in other formats.
    public var problem: ProblemDetails? { state.problem }
    /// The structured entry (reason, domain, metadata) of a format that reads one; nil otherwise.
    public var errorInfo: ErrorInfo? { state.errorInfo }

    /// An error as the API would send it. `fields` are keyed by their name in the spec;
    /// `bodyFormat` is the index of a documented body format; `errors`, when not empty, every
    /// error of a listing body (this one first).
    public init(
        code: Service.Code, message: String, httpStatus: Int? = nil, fields: [String: String] = [:], bodyFormat: Int = 0,
        errors: [ErrataError] = [], problem: ProblemDetails? = nil, errorInfo: ErrorInfo? = nil
    ) {
        state = ErrataErrorState(
            code: code.rawValue, message: message, httpStatus: httpStatus, fields: fields, bodyFormat: bodyFormat,
            formats: Service.errata.formats, rows: Service.errataInfo(for: code.rawValue)?.records,
            entries: errors.isEmpty ? nil : errors.map { ErrataBody.Entry(code: $0.state.code, message: $0.message, fields: $0.fields) },
            problem: problem, errorInfo: errorInfo)
    }

    init(_ read: ErrataBody.Read, httpStatus: Int?) {
        state = ErrataErrorState(read, httpStatus: httpStatus, rows: Service.errataInfo(for: read.code)?.records)
    }

    // MARK: Reading a response

    /// Reads the body of a failed response, in any documented format, with its HTTP status and
    /// its headers (a format may read the code from a header).
    ///
    /// - Throws: `ErrataUnrecognizedResponse<Service>` (the library's `PUnrecognizedResponse`),
    ///   holding the status and the body's text, when the body is in none of the documented
    ///   formats (a proxy's HTML page, an empty body).
    public static func decode(_ data: Data, httpStatus: Int? = nil, headers: [String: String] = [:]) throws -> ErrataError {
        guard let read = ErrataBody.read(data, headers: headers, formats: Service.errata.formats) else {
            throw ErrataUnrecognizedResponse<Service>(httpStatus: httpStatus, body: ErrataText.text(of: data))
        }
        return ErrataError(read, httpStatus: httpStatus)
    }

    /// The error of a failed response: its body, its HTTP status and its headers.
    ///
    /// - Throws: `ErrataUnrecognizedResponse<Service>` when the body is in no documented format.
    public init(data: Data, response: HTTPURLResponse) throws {
        self = try Self.decode(data, httpStatus: response.statusCode, headers: ErrataBody.headers(of: response))
    }

    /// Decodes a JSON body in the first documented JSON format whose code it holds (the HTTP
    /// status is then unknown; `decode(_:httpStatus:)` attaches it).
    public init(from decoder: any Decoder) throws {
        self.init(try ErrataBody.decodedRead(decoder, formats: Service.errata.formats.list), httpStatus: nil)
    }

    /// Encodes the body in the shape of `bodyFormat` (nested keys for dotted paths).
    public func encode(to encoder: any Encoder) throws {
        try state.encode(to: encoder, formats: Service.errata.formats)
    }

    /// The body as the API sends it in `bodyFormat`: JSON with sorted keys, or XML.
    public func encodedBody() -> Data {
        state.encodedBody(formats: Service.errata.formats)
    }

    /// The headers a response carrying `encodedBody()` needs: its content type and, in a format
    /// whose code is a header, that header.
    public var bodyHeaders: [String: String] {
        ErrataBody.responseHeaders(code: state.code, format: Service.errata.formats.list[bodyFormat])
    }

    // MARK: What the documentation says

    /// What the documentation says about the code; nil for an undocumented code.
    public var info: ErrataErrorInfo<Service>? { Service.errataInfo(for: state.code) }

    /// The module the code is filed under, if documented.
    public var module: Service.Module? { info?.module }

    /// The documentation row whose message this is (see `variantIndex`).
    public var matchedVariant: ErrataVariant? {
        guard let variantIndex = state.variantIndex, let info else { return nil }
        return info.variants[variantIndex]
    }

    /// The status the documentation gives the error: that of the matched row, else of the code's
    /// first row; nil for an undocumented code or a row without one.
    public var documentedStatus: Int? { state.documentedStatus(rows: info?.records) }

    /// `code: message`, plus the HTTP status when known.
    public var description: String { state.description }

    public var errorDescription: String? { description }

    /// What the error means: the description of the matched row (else of the code's first row)
    /// as plain text, in the user's preferred language when the documentation is translated
    /// (`failureReason(for:)` for the best match of `Locale.preferredLanguages`); the row's
    /// documented message when the documentation gives no description; nil for an undocumented
    /// code.
    public var failureReason: String? {
        guard let localization = Service.errata.localization else { return state.failureReason(rows: info?.records) }
        return failureReason(language: localization.preferredLanguage)
    }

    /// What to do about it: the solution of the matched row (else of the code's first row) as
    /// plain text, in the user's preferred language when the documentation is translated; nil
    /// when the documentation gives none.
    public var recoverySuggestion: String? {
        guard let localization = Service.errata.localization else { return state.recoverySuggestion(rows: info?.records) }
        return recoverySuggestion(language: localization.preferredLanguage)
    }

    /// `failureReason` in the language of the documentation that best matches `locale` (the
    /// documentation's own when none does, or where that language has no description of the row).
    public func failureReason(for locale: Locale) -> String? {
        failureReason(language: Service.errata.localization?.language(for: locale) ?? 0)
    }

    /// `recoverySuggestion` in the language of the documentation that best matches `locale` (as
    /// for `failureReason(for:)`).
    public func recoverySuggestion(for locale: Locale) -> String? {
        recoverySuggestion(language: Service.errata.localization?.language(for: locale) ?? 0)
    }

    /// `failureReason` in language `language` (an index in the localization's `languages`).
    private func failureReason(language: Int) -> String? {
        let rows = info?.records
        guard let row = state.explainingRow(in: rows) else { return nil }
        if let text = translated(language: language, solution: false) { return text }
        return ErrataText.failureReason(plainDescription: row.plainDescription, message: row.message)
    }

    /// `recoverySuggestion` in language `language`.
    private func recoverySuggestion(language: Int) -> String? {
        guard let row = state.explainingRow(in: info?.records) else { return nil }
        if let text = translated(language: language, solution: true) { return text }
        return row.plainSolution.isEmpty ? nil : row.plainSolution
    }

    /// The explaining row's translated description (or solution); nil in the documentation's own
    /// language and where the translation has none.
    private func translated(language: Int, solution: Bool) -> String? {
        guard language > 0, let localization = Service.errata.localization,
            let line = Service.errata.table.line(for: state.code)
        else { return nil }
        return localization.text(line: line, variant: state.variantIndex ?? 0, language: language, solution: solution)
    }
}

/// A failed response of a service whose body is in none of the documented error formats (a
/// generated library's `PUnrecognizedResponse`).
public struct ErrataUnrecognizedResponse<Service: ErrataService>: Error, CustomStringConvertible, Hashable, Sendable {
    /// The HTTP status of the response, when known.
    public let httpStatus: Int?
    /// The body as text (invalid UTF-8 replaced), e.g. a proxy's HTML error page.
    public let body: String

    public init(httpStatus: Int?, body: String) {
        self.httpStatus = httpStatus
        self.body = body
    }

    /// The status and the start of the body.
    public var description: String {
        ErrataText.unrecognizedDescription(httpStatus: httpStatus, body: body)
    }
}

/// The members of RFC 9457 problem details.
public struct ErrataProblemDetails: Hashable, Sendable {
    public var type: String
    public var title: String?
    public var detail: String?
    public var status: Int?
    public var instance: String?

    public init(type: String, title: String? = nil, detail: String? = nil, status: Int? = nil, instance: String? = nil) {
        self.type = type
        self.title = title
        self.detail = detail
        self.status = status
        self.instance = instance
    }
}

/// A structured error entry: a reason (the code), its domain and metadata.
public struct ErrataStructuredError: Hashable, Sendable {
    public var reason: String
    public var domain: String?
    public var metadata: [String: String]

    public init(reason: String, domain: String? = nil, metadata: [String: String] = [:]) {
        self.reason = reason
        self.domain = domain
        self.metadata = metadata
    }
}
