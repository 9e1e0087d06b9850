import ErrataModel

/// `PErrorCode.swift`: the code type, the runtime's `ErrataCode<PErrorTable>`, and one static
/// member per documented code in an extension for the service (the struct style; the enum style
/// is `SwiftErrorCodeEnumFile`).
///
/// Members are computed properties marked `@_optimize(none)`: measured with `swiftc -O`, this
/// compiles several times faster than `static let` (which adds a global and a lazy initializer
/// per code) or an optimised getter, and a getter that builds a two-word struct costs nothing
/// worth optimising.
enum SwiftErrorCodeFile {
    static func render(_ context: SwiftContext) -> String {
        if context.options.style == .enum { return SwiftErrorCodeEnumFile.render(context) }
        let a = context.access
        let code = context.codeType
        var text = context.header + "\n" + (context.runtimeImport.isEmpty ? "" : context.runtimeImport + "\n")
        text += SwiftDocComment.render(
            typeDocumentation(
                context,
                matching: """
                    Documented codes are static members, usable like enum cases in `switch`; an unknown code keeps
                    its raw text.
                    """),
            indent: "")
        text += """
            \(a) typealias \(code) = \(context.runtime("ErrataCode"))<\(context.tableType)>

            """
        guard !context.catalog.entries.isEmpty else { return text }
        text += "\n// MARK: - Documented codes, in document order\n\nextension \(context.runtime("ErrataCode")) where Service == \(context.tableType) {\n"
        for (index, entry) in context.catalog.entries.enumerated() {
            if index > 0 { text += "\n" }
            text += SwiftDocComment.render(memberDocumentation(entry), indent: "    ")
            if entry.deprecated == true { text += "    @available(*, deprecated)\n" }
            // The literal goes through `init(stringLiteral:)`: cheaper to type-check than a call
            // to `init(rawValue:)` (docs/performance.md).
            text += "    @_optimize(none)\n"
            text += "    \(a) static var \(context.names.codes[index]): \(code) { \(SwiftLiteral.string(entry.code)) }\n"
        }
        return text + "}\n"
    }

    /// The code type's documentation: what it is, `matching` (how documented and other codes are
    /// told apart), the source and the page's notes.
    static func typeDocumentation(_ context: SwiftContext, matching: String) -> String {
        var text = """
            An error code of \(context.catalog.service): a documented code or any other code the API returns.

            \(matching)
            """
        if let source = context.catalog.source { text += "\n\nSource: \(source)" }
        if !context.catalog.notes.isEmpty {
            text += "\n\nNotes from the documentation:"
            for note in context.catalog.notes {
                text += "\n\n" + (note.label.isEmpty ? note.text : "\(note.label): \(note.text)")
            }
        }
        return text
    }

    /// The code, its module, each variant's message, status, description and solution, and flags.
    static func memberDocumentation(_ entry: Entry) -> String {
        var paragraphs = ["\(entry.code): \(entry.variants.first?.message ?? "")"]
        var facts: [String] = []
        if let module = entry.module { facts.append("Module: \(module).") }
        if entry.deprecated == true { facts.append("Deprecated.") }
        if entry.retryable == true { facts.append("Retryable: retrying the same request may succeed.") }
        if !facts.isEmpty { paragraphs.append(facts.joined(separator: " ")) }
        for (index, variant) in entry.variants.enumerated() {
            if entry.variants.count > 1 { paragraphs.append("Row \(index + 1) of \(entry.variants.count) (`variantIndex` \(index)):") }
            paragraphs.append("Message: \(variant.message)")
            paragraphs += variant.alternativeMessages.map { "Alternative message: \($0)" }
            if !variant.statuses.isEmpty { paragraphs.append("HTTP status: \(variant.statuses.map(String.init).joined(separator: ", "))") }
            if !variant.description.isEmpty { paragraphs.append("Description: \(variant.description)") }
            if !variant.solution.isEmpty { paragraphs.append("Solution: \(variant.solution)") }
            paragraphs += variant.columns.map { "\($0.name): \($0.value)" }
        }
        if let remarks = entry.remarks, !remarks.isEmpty { paragraphs.append("Remarks: \(remarks)") }
        return paragraphs.joined(separator: "\n\n")
    }
}
