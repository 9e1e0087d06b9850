/// `PModule.swift`: one case per module, raw value = the module's name in the documentation; with
/// translations, `displayName` and `displayName(for:)`, the name in a reader's language. A
/// catalog without modules names the runtime's `ErrataNoModule`.
enum SwiftModuleFile {
    static func render(_ context: SwiftContext) -> String {
        let a = context.access
        let type = context.moduleType
        let modules = context.catalog.modules
        guard !modules.isEmpty else {
            return context.header + (context.runtimeImport.isEmpty ? "" : "\n" + context.runtimeImport) + """

                /// A module of \(context.service): a group of codes as the documentation files them. The
                /// documentation files its codes under none, so this is the runtime's type without values.
                \(a) typealias \(type) = \(context.runtime("ErrataNoModule"))

                """
        }
        var text = context.header + "\n"
        if context.hasLocales { text += "import Foundation\n\n" }
        text += "/// A module of \(context.service): a group of codes as the documentation files them.\n"
        text += "\(a) enum \(type): String, CaseIterable, Sendable, Codable {\n"
        for (index, module) in modules.enumerated() {
            text += SwiftDocComment.render(module.name, indent: "    ")
            text += "    case \(context.names.modules[index]) = \(SwiftLiteral.string(module.name))\n"
        }
        return text + displayNames(context) + "}\n"
    }

    /// With translations: the module's name in the user's preferred language and in a locale's,
    /// through `PLocalization`; a `switch` over the translated names (few: one per module and
    /// language). Without, nothing.
    private static func displayNames(_ context: SwiftContext) -> String {
        guard context.hasLocales else { return "" }
        let a = context.access
        let localization = context.localizationType
        var cases = ""
        for (index, module) in context.catalog.modules.enumerated() {
            for (language, tag) in context.catalog.localeTags.enumerated() {
                guard let name = module.localized[tag], !name.isEmpty else { continue }
                cases += "        case (.\(context.names.modules[index]), \(language + 1)): \(SwiftLiteral.string(name))\n"
            }
        }
        let body = cases.isEmpty
            ? "        rawValue\n"
            : "        switch (self, language) {\n" + cases + "        default: rawValue\n        }\n"
        let languages = context.languages.map { "`" + SwiftDocComment.inline($0) + "`" }.joined(separator: ", ")
        let own = "`" + SwiftDocComment.inline(context.catalog.baseLanguage) + "`"
        return """

                /// The module's name in the user's preferred language: `displayName(for:)` for the best
                /// match of `Locale.preferredLanguages` among the documentation's languages (\(languages)).
                \(a) var displayName: String { displayName(language: \(localization).preferredLanguage) }

                /// The module's name in the language of the documentation that best matches `locale`
                /// (\(languages); \(own), the documentation's own, when none does); `rawValue`, the
                /// name in the documentation's own language, where that language has no translation of it.
                \(a) func displayName(for locale: Locale) -> String {
                    displayName(language: \(localization).language(for: locale))
                }

                @_optimize(none)
                private func displayName(language: Int) -> String {
            \(body)    }

            """
    }
}
