import ErrataModel

/// `PErrorCode.swift` in the enum style (`swift.style: enum`): a Swift `enum` with one case per
/// documented code, in document order, and `undocumented(String)` for any other code, with the
/// struct style's API (`SwiftErrorCodeFile`): a non-failable `init(rawValue:)`, string literals,
/// `Codable` (string or integer), `info`, `allDocumented`; equality and hashing by raw value. The
/// members every code type has (literals, `Codable`, `info`, `isDocumented`, `module`, `messages`)
/// are the runtime's, through `ErrataServiceCode`.
///
/// Its shape is what compiled fastest (`swiftc -O -wmo`, docs/performance.md, "Compile time by
/// style"):
/// - A documented case's `rawValue` is its code text in an array literal of the texts, at the index
///   one `switch` over the cases gives, each `case` `return`ing an integer, `@_optimize(none)`. A
///   `switch` returning the string literals themselves compiled 1.3–1.5 times slower at 20k codes;
///   as a `switch` expression (no `return`) 8 times slower at 5k; optimised, it cost 5 s at 1k.
/// - `init(rawValue:)` looks the text up in a dictionary built once from the two lists. A `switch`
///   over string literals took 38 s to compile at 1k codes (every `case "…"` is a `~=` call to
///   resolve) and compares the strings one by one at run time.
/// - The documented cases are one array literal whose elements name the type (`PErrorCode.ais0101`);
///   with implicit members (`.ais0101`) type-checking the literal took 2.5 s and 1.5 GB at 5k codes.
/// - The list names deprecated cases, and naming a deprecated case warns (matching one in a `case`
///   pattern does not); so the list is itself deprecated and read through a protocol requirement,
///   which does not warn. The helpers live in a file-private type, so no case name can clash with them.
enum SwiftErrorCodeEnumFile {
    static func render(_ context: SwiftContext) -> String {
        let a = context.access
        let code = context.codeType
        let cases = code + "Cases"
        let list = code + "CaseList"
        let entries = context.catalog.entries
        var text = context.header + "\n" + (context.runtimeImport.isEmpty ? "" : context.runtimeImport + "\n")
        text += SwiftDocComment.render(
            SwiftErrorCodeFile.typeDocumentation(
                context,
                matching: """
                    Documented codes are the cases, so a `switch` can list them all without a `default`; any
                    other code is `undocumented`, holding its raw text. `init(rawValue:)`, string literals and
                    decoding give a documented code's case for its text, never `undocumented`.
                    """),
            indent: "")
        text += """
            \(a) enum \(code): \(context.runtime("ErrataServiceCode")), CaseIterable {

            """
        for (index, entry) in entries.enumerated() {
            text += SwiftDocComment.render(SwiftErrorCodeFile.memberDocumentation(entry), indent: "    ")
            if entry.deprecated == true { text += "    @available(*, deprecated)\n" }
            text += "    case \(context.names.codes[index])\n\n"
        }
        text += """
                /// A code the documentation does not list, as the API sent it.
                case undocumented(String)

                /// Any code: a documented code's case, else `undocumented(rawValue)`.
                \(a) init(rawValue: String) {
                    self = \(cases).byRawValue[rawValue] ?? .undocumented(rawValue)
                }

                /// The code exactly as the API sends it.
                \(a) var rawValue: String {
                    switch self {
                    case .undocumented(let rawValue): return rawValue
                    default: return \(cases).codes[\(cases).index(of: self)]
                    }
                }

                /// Codes are equal when their text is (`rawValue`), as in a `Set` or `Dictionary` key.
                \(a) static func == (lhs: \(code), rhs: \(code)) -> Bool {
                    lhs.rawValue == rhs.rawValue
                }

                \(a) func hash(into hasher: inout Hasher) {
                    hasher.combine(rawValue)
                }

                /// The service whose code this is.
                \(a) typealias Service = \(context.tableType)

                /// Every documented code, in document order (the same as `allCases`).
                \(a) static var allDocumented: [\(code)] { allCases }

                /// Every documented code, in document order; `undocumented` is not one of them.
                \(a) static let allCases: [\(code)] = \(cases).all
            }

            /// The documented cases and their code texts, in document order, each listed once.
            private enum \(cases): \(list) {
                /// Every documented case.
                static let all = list(\(cases).self)

                /// The code text of each case of `all`, at the same index.
                static let codes = texts()

                /// The case of each documented code's text.
                static let byRawValue: [String: \(code)] = {
                    var cases: [String: \(code)] = [:]
                    cases.reserveCapacity(all.count)
                    for (code, text) in zip(all, codes) { cases[text] = code }
                    return cases
                }()

                /// Read through `\(list)`, so that naming deprecated cases here warns nowhere.
                private static func list<List: \(list)>(_ list: List.Type) -> [\(code)] {
                    List.documented
                }

                /// The index of a documented case in `all` and `codes`.
                // These functions are left unoptimised: each is one `switch` or literal over every
                // code, which the optimizer spends seconds on (docs/performance.md).
                @_optimize(none)
                static func index(of code: \(code)) -> Int {
                    switch code {

            """
        for index in entries.indices {
            text += "        case .\(context.names.codes[index]): return \(index)\n"
        }
        text += """
                    case .undocumented: preconditionFailure("an undocumented code has no index")
                    }
                }

                @_optimize(none)
                private static func texts() -> [String] {
                    [

            """
        for entry in entries {
            text += "            \(SwiftLiteral.string(entry.code)),\n"
        }
        text += """
                    ]
                }


            """
        if entries.contains(where: { $0.deprecated == true }) {
            text += "    @available(*, deprecated, message: \"names deprecated codes; use \(code).allCases\")\n"
        }
        text += """
                @_optimize(none)
                static var documented: [\(code)] {
                    [

            """
        for index in entries.indices {
            text += "            \(code).\(context.names.codes[index]),\n"
        }
        text += """
                    ]
                }
            }

            private protocol \(list) {
                static var documented: [\(code)] { get }
            }

            """
        return text
    }
}
