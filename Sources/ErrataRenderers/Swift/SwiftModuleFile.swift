/// `PModule.swift`: one case per module, raw value = the module's name in the documentation.
enum SwiftModuleFile {
    static func render(_ context: SwiftContext) -> String {
        let a = context.access
        let type = context.moduleType
        var text = context.header + "\n"
        text += "/// A module of \(context.service): a group of codes as the documentation files them.\n"
        let modules = context.catalog.modules
        guard !modules.isEmpty else {
            // An enum with no cases cannot declare a raw type; spell RawRepresentable out.
            return text + """
                \(a) enum \(type): RawRepresentable, CaseIterable, Hashable, Sendable, Codable {
                    \(a) init?(rawValue: String) { nil }

                    \(a) var rawValue: String {
                        switch self {}
                    }
                }

                """
        }
        text += "\(a) enum \(type): String, CaseIterable, Sendable, Codable {\n"
        for (index, module) in modules.enumerated() {
            text += SwiftDocComment.render(module.name, indent: "    ")
            text += "    case \(context.names.modules[index]) = \(SwiftLiteral.string(module.name))\n"
        }
        return text + "}\n"
    }
}
