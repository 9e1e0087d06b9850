import ErrataModel

/// `PError.swift`: an error the API returned, as a Swift `Error`: code, message, HTTP status, the
/// body's other fields, the documentation row it matches (computed once), `LocalizedError` texts.
enum SwiftErrorFile {
    static func render(_ context: SwiftContext) -> String {
        let a = context.access
        let error = context.errorType
        let code = context.codeType
        let body = context.bodyType
        let runtimeBody = context.runtime("ErrataBody")
        let text = context.runtime("ErrataText")
        let formats = context.catalog.errorBody.map { "/// - " + SwiftDocComment.inline(ErrorBodyDescription.plain($0)) + "\n" }.joined()
        let shapes = SwiftBodyShapes(context)
        return context.header + """

            import Foundation
            #if canImport(FoundationNetworking)
            import FoundationNetworking
            #endif
            \(context.runtimeImport)
            /// An error \(context.service) returned, read from the body of a failed response.
            ///
            /// The documented body formats, tried in this order:
            \(formats)///
            /// Decode a response with `\(error).decode(_:httpStatus:headers:)` or `init(data:response:)`; match a
            /// code with `switch error.code`, or directly on any error: `catch \(code).someCode`.
            \(a) struct \(error): Error, LocalizedError, CustomStringConvertible, Hashable, Sendable, Codable,
                \(context.runtime("ErrataServiceError"))
            {
                /// The error's state, one runtime value: what the response held and the row its message
                /// matched.
                let state: \(context.runtime("ErrataErrorState"))\(shapes.properties)

                /// The code; a JSON body may send it as a string or an integer.
                \(a) var code: \(code) { \(code)(rawValue: state.code) }
                /// The message as received; empty when the body had none.
                \(a) var message: String { state.message }
                /// The HTTP status of the response, when known.
                \(a) var httpStatus: Int? { state.httpStatus }
                /// The body's other documented fields that it held, by their name in the spec.
                \(a) var fields: [String: String] { state.fields }
                /// Which documented body format the error was read in and is encoded in (0: the first).
                \(a) var bodyFormat: Int { state.bodyFormat }
                /// Index in `info.variants` of the documentation row whose message (or one of whose
                /// alternative messages) this is: an exact match first, then the template that matches
                /// with the most literal text; among rows
                /// that match equally well, the first whose `statuses` include `httpStatus`, else the
                /// first. Nil when none matches (or the code is undocumented). Computed once, when the
                /// error is made.
                \(a) var variantIndex: Int? { state.variantIndex }
                /// The values of the matched row's placeholders, e.g. `["42"]`; empty when none.
                \(a) var placeholderValues: [String] { state.placeholderValues }

                /// An error as the API would send it. `fields` are keyed by their name in the spec;
                /// `bodyFormat` is the index of a documented body format.
                \(a) init(
                    code: \(code), message: String, httpStatus: Int? = nil,
                    fields: [String: String] = [:], bodyFormat: Int = 0\(shapes.parameters)
                ) {
                    state = \(context.runtime("ErrataErrorState"))(
                        code: code.rawValue, message: message, httpStatus: httpStatus, fields: fields, bodyFormat: bodyFormat,
                        formats: \(body).formats, rows: code.info?.records)\(shapes.assignments)
                }

                init(_ read: \(runtimeBody).Read, httpStatus: Int?) {
                    state = \(context.runtime("ErrataErrorState"))(read, httpStatus: httpStatus, rows: \(context.tableType).info(for: read.code)?.records)\(shapes.fromRead)
                }

                // MARK: Reading a response

                /// Reads the body of a failed response, in any documented format, with its HTTP status
                /// and its headers (a format may read the code from a header).
                ///
                /// - Throws: `\(context.unrecognizedType)`, holding the status and the body's text,
                ///   when the body is in none of the documented formats (a proxy's HTML page, an empty body).
                \(a) static func decode(_ data: Data, httpStatus: Int? = nil, headers: [String: String] = [:]) throws -> \(error) {
                    guard let read = \(runtimeBody).read(data, headers: headers, formats: \(body).formats) else {
                        throw \(context.unrecognizedType)(httpStatus: httpStatus, body: \(text).text(of: data))
                    }
                    return \(error)(read, httpStatus: httpStatus)
                }

                /// The error of a failed response: its body, its HTTP status and its headers.
                ///
                /// - Throws: `\(context.unrecognizedType)` when the body is in no documented format.
                \(a) init(data: Data, response: HTTPURLResponse) throws {
                    self = try Self.decode(data, httpStatus: response.statusCode, headers: \(runtimeBody).headers(of: response))
                }

                /// Decodes a JSON body in the first documented JSON format whose code it holds (the HTTP
                /// status is then unknown; `decode(_:httpStatus:)` attaches it).
                \(a) init(from decoder: any Decoder) throws {
                    self.init(try \(runtimeBody).decodedRead(decoder, formats: \(body).formats.list), httpStatus: nil)
                }

                /// Encodes the body in the shape of `bodyFormat` (nested keys for dotted paths).
                \(a) func encode(to encoder: any Encoder) throws {
                    try state.encode(to: encoder, formats: \(body).formats)
                }

                /// The body as the API sends it in `bodyFormat`: JSON with sorted keys, or XML.
                \(a) func encodedBody() -> Data {
                    state.encodedBody(formats: \(body).formats)
                }

                /// The headers a response carrying `encodedBody()` needs: its content type and, in a format
                /// whose code is a header, that header.
                \(a) var bodyHeaders: [String: String] {
                    \(runtimeBody).responseHeaders(code: code.rawValue, format: \(body).formats.list[bodyFormat])
                }

                // MARK: What the documentation says

                /// What the documentation says about the code; nil for an undocumented code.
                \(a) var info: \(context.infoType)? { code.info }

                /// The module the code is filed under, if documented.
                \(a) var module: \(context.moduleType)? { code.module }

                /// The documentation row whose message this is (see `variantIndex`).
                \(a) var matchedVariant: \(context.variantType)? {
                    guard let variantIndex = state.variantIndex, let info else { return nil }
                    return info.variants[variantIndex]
                }

                /// The status the documentation gives the error: that of the matched row, else of the
                /// code's first row; nil for an undocumented code or a row without one.
                \(a) var documentedStatus: Int? { state.documentedStatus(rows: info?.records) }

                /// `code: message`, plus the HTTP status when known.
                \(a) var description: String { state.description }

                \(a) var errorDescription: String? { description }

            \(context.hasLocales ? localizedTexts(context) : texts(context))\(fieldAccessors(context))\(shapes.types)}

            extension \(code) {
                /// Matches a code against any error: `catch .someCode`, `case .someCode = error` (with the
                /// struct style also written `catch \(code).someCode`). An error that wraps the
                /// service's error (`\(context.runtime("ErrataWrappingError"))`) matches as the error it carries.
                \(a) static func ~= (pattern: \(code), value: any Error) -> Bool {
                    \(context.runtime("ErrataErrors")).unwrap(value, as: \(error).self)?.code == pattern
                }
            }

            /// A failed response of \(context.service) whose body is in none of the documented error formats.
            \(a) struct \(context.unrecognizedType): Error, CustomStringConvertible, Hashable, Sendable {
                /// The status and the body, one runtime reference.
                let state: \(context.runtime("ErrataUnrecognizedResponse"))

                /// The HTTP status of the response, when known.
                \(a) var httpStatus: Int? { state.httpStatus }
                /// The body as text (invalid UTF-8 replaced), e.g. a proxy's HTML error page.
                \(a) var body: String { state.body }

                \(a) init(httpStatus: Int?, body: String) {
                    state = \(context.runtime("ErrataUnrecognizedResponse"))(httpStatus: httpStatus, body: body)
                }

                /// The status and the start of the body.
                \(a) var description: String { state.description }
            }

            """
    }

    /// `failureReason` and `recoverySuggestion` of a catalog without translations.
    private static func texts(_ context: SwiftContext) -> String {
        let a = context.access
        return """
                /// What the error means: the description of the matched row (else of the code's first
                /// row) as plain text; the row's documented message when the documentation gives no
                /// description; nil for an undocumented code.
                \(a) var failureReason: String? { state.failureReason(rows: info?.records) }

                /// What to do about it: the solution of the matched row (else of the code's first row) as
                /// plain text; nil when the documentation gives none.
                \(a) var recoverySuggestion: String? { state.recoverySuggestion(rows: info?.records) }

            """
    }

    /// `failureReason` and `recoverySuggestion` of a catalog with translations: in the user's
    /// preferred language, and `failureReason(for:)`, `recoverySuggestion(for:)` in a locale's.
    private static func localizedTexts(_ context: SwiftContext) -> String {
        let a = context.access
        let localization = context.localizationType
        let languages = context.languages.map { "`" + SwiftDocComment.inline($0) + "`" }.joined(separator: ", ")
        let own = "`" + SwiftDocComment.inline(context.catalog.baseLanguage) + "`"
        return """
                /// What the error means, in the user's preferred language: `failureReason(for:)` for the
                /// best match of `Locale.preferredLanguages` among the documentation's languages
                /// (\(languages)).
                \(a) var failureReason: String? {
                    failureReason(language: \(localization).preferredLanguage)
                }

                /// What to do about it, in the user's preferred language: `recoverySuggestion(for:)` for
                /// the best match of `Locale.preferredLanguages` among the documentation's languages.
                \(a) var recoverySuggestion: String? {
                    recoverySuggestion(language: \(localization).preferredLanguage)
                }

                /// What the error means: the description of the matched row (else of the code's first
                /// row) as plain text, in the language of the documentation that best matches `locale`
                /// (\(languages); \(own), the documentation's own, when none does), or in the
                /// documentation's own language where that language has no description of the row; the
                /// row's documented message when the documentation gives no description; nil for an
                /// undocumented code.
                \(a) func failureReason(for locale: Locale) -> String? {
                    failureReason(language: \(localization).language(for: locale))
                }

                /// What to do about it: the solution of the matched row (else of the code's first row) as
                /// plain text, in the language of the documentation that best matches `locale` (as for
                /// `failureReason(for:)`), or in the documentation's own language where that language has
                /// no solution of the row; nil when the documentation gives none.
                \(a) func recoverySuggestion(for locale: Locale) -> String? {
                    recoverySuggestion(language: \(localization).language(for: locale))
                }

                /// The row that explains this error: the matched one, else the code's first row.
                private var explainingVariant: \(context.variantType)? { matchedVariant ?? info?.variants.first }

                /// `failureReason` in `languages[language]` of `\(localization)`.
                private func failureReason(language: Int) -> String? {
                    guard let variant = explainingVariant else { return nil }
                    if let text = \(localization).text(of: code.rawValue, variant: variantIndex ?? 0, language: language, solution: false) {
                        return text
                    }
                    return \(context.runtime("ErrataText")).failureReason(plainDescription: variant.plainDescription, message: variant.message)
                }

                /// `recoverySuggestion` in `languages[language]` of `\(localization)`.
                private func recoverySuggestion(language: Int) -> String? {
                    guard let variant = explainingVariant else { return nil }
                    if let text = \(localization).text(of: code.rawValue, variant: variantIndex ?? 0, language: language, solution: true) {
                        return text
                    }
                    return variant.plainSolution.isEmpty ? nil : variant.plainSolution
                }

            """
    }

    /// One read-only property per extra body field: `requestId` for `request_id`.
    private static func fieldAccessors(_ context: SwiftContext) -> String {
        guard !context.bodyFields.isEmpty else { return "" }
        let a = context.access
        return "\n" + context.bodyFields.map { field in
            """
                /// The body's `\(SwiftDocComment.inline(field.name))` field, when it held one.
                \(a) var \(field.member): String? { fields[\(SwiftLiteral.string(field.name))] }

            """
        }.joined()
    }
}
