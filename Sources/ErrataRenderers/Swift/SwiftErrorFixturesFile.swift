import ErrataModel

/// `PErrorFixtures.swift` (opt-in): one sample error body per documented row, as the API sends it
/// in its first documented body format, with the row's HTTP status, so a test target can feed
/// its test doubles from the build-tool plugin's output alone.
enum SwiftErrorFixturesFile {
    static func render(_ context: SwiftContext) throws -> String {
        let a = context.access
        let fixture = context.fixtureType
        let format = context.catalog.errorBody.first ?? .default
        var items = ""
        for entry in context.catalog.entries {
            for (index, variant) in entry.variants.enumerated() {
                let body = try ErrorBodyText.sample(format, code: entry.code, variant: variant)
                items += """
                        \(fixture)(
                            code: \(context.codeType)(rawValue: \(SwiftLiteral.string(entry.code))), variantIndex: \(index),
                            httpStatus: \(variant.status.map(String.init) ?? "nil"),
                            body: \(SwiftLiteral.string(body))),

                    """
            }
        }
        return context.header + """

            import Foundation

            /// A sample error body of \(context.service), as the API sends it for one documented row.
            \(a) struct \(fixture): Hashable, Sendable {
                /// The documented code.
                \(a) let code: \(context.codeType)
                /// The row's index in `code.info?.variants`.
                \(a) let variantIndex: Int
                /// The HTTP status the documentation gives for the row, when it gives one.
                \(a) let httpStatus: Int?
                /// The body's text (\(format.syntax == .json ? "JSON" : "XML")); `data` is its UTF-8 bytes.
                \(a) let body: String

                \(a) var data: Data { Data(body.utf8) }

                /// The error the body decodes to, with the row's HTTP status.
                \(a) func error() throws -> \(context.errorType) {
                    try \(context.errorType).decode(data, httpStatus: httpStatus)
                }
            }

            /// Every documented row's sample body, in document order.
            \(a) enum \(context.fixturesType) {
                \(a) static let all: [\(fixture)] = [
            \(items)    ]

                /// The samples of one code (one per documented row).
                \(a) static func fixtures(for code: \(context.codeType)) -> [\(fixture)] {
                    all.filter { $0.code == code }
                }
            }

            """
    }
}
