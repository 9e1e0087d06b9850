/// `PError.swift`: the API's JSON error body as a Swift `Error`.
enum SwiftErrorFile {
    static func render(_ context: SwiftContext) -> String {
        let a = context.access
        let error = context.errorType
        let body = context.catalog.errorBody
        return context.header + """

            import Foundation

            /// An error \(context.service) returned: `{\(SwiftDocComment.inline(body.codeField.debugDescription)): …, \(SwiftDocComment.inline(body.messageField.debugDescription)): …}` plus the HTTP status.
            \(a) struct \(error): Error, LocalizedError, CustomStringConvertible, Hashable, Sendable, Decodable {
                /// The code; the body may send it as a JSON string or integer.
                \(a) var code: \(context.codeType)
                /// The message as received.
                \(a) var message: String
                /// The HTTP status of the response, when the caller knows it.
                \(a) var httpStatus: Int?

                \(a) init(code: \(context.codeType), message: String, httpStatus: Int? = nil) {
                    self.code = code
                    self.message = message
                    self.httpStatus = httpStatus
                }

                /// Decodes the body; a missing message decodes as empty text.
                \(a) init(from decoder: any Decoder) throws {
                    let container = try decoder.container(keyedBy: BodyKey.self)
                    code = try container.decode(\(context.codeType).self, forKey: BodyKey.code)
                    message = try container.decodeIfPresent(String.self, forKey: BodyKey.message) ?? ""
                    httpStatus = nil
                }

                /// Decodes a response body and attaches the response's HTTP status.
                \(a) static func decode(_ data: Data, httpStatus: Int? = nil) throws -> \(error) {
                    var error = try JSONDecoder().decode(\(error).self, from: data)
                    error.httpStatus = httpStatus
                    return error
                }

                /// `code: message`, plus the HTTP status when known.
                \(a) var description: String {
                    let text = code.rawValue + ": " + message
                    guard let httpStatus else { return text }
                    return text + " (HTTP " + String(httpStatus) + ")"
                }

                \(a) var errorDescription: String? { description }

                /// What the documentation says about the code; nil for an undocumented code.
                \(a) var info: \(context.infoType)? { code.info }

                /// The module the code is filed under, if documented.
                \(a) var module: \(context.moduleType)? { code.module }

                /// The documentation row whose message this is: an exact match first, then the
                /// template that matches with the most literal text. Nil when none matches.
                \(a) var matchedVariant: \(context.variantType)? {
                    guard let index = variantIndex else { return nil }
                    return info?.variants[index]
                }

                /// Index of `matchedVariant` in `info.variants`.
                \(a) var variantIndex: Int? { resolved?.index }

                /// The values of the matched template's placeholders, e.g. `["42"]`; empty when none.
                \(a) var placeholderValues: [String] { resolved?.values ?? [] }

                private var resolved: (index: Int, values: [String])? {
                    guard let variants = info?.variants else { return nil }
                    if let index = variants.firstIndex(where: { $0.message == message }) {
                        return (index, variants[index].match(message) ?? [])
                    }
                    var best: (index: Int, values: [String], weight: Int)?
                    for (index, variant) in variants.enumerated() {
                        guard let values = variant.match(message) else { continue }
                        let weight = variant.literalLength
                        if let best, best.weight >= weight { continue }
                        best = (index, values, weight)
                    }
                    return best.map { ($0.index, $0.values) }
                }

                private struct BodyKey: CodingKey {
                    static let code = BodyKey(stringValue: \(SwiftLiteral.string(body.codeField)))
                    static let message = BodyKey(stringValue: \(SwiftLiteral.string(body.messageField)))

                    let stringValue: String
                    var intValue: Int? { nil }

                    init(stringValue: String) { self.stringValue = stringValue }
                    init?(intValue: Int) { nil }
                }
            }

            """
    }
}
