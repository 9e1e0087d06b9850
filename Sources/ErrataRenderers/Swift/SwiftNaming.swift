import ErrataModel

/// The Swift names of a catalog's codes and modules, checked for clashes.
struct SwiftNames: Sendable {
    /// Member name of each entry, by index in `Catalog.entries`.
    var codes: [String]
    /// Case name of each module, by index in `Catalog.modules`.
    var modules: [String]
    /// One warning per derived name that needed transliteration or code points (the text has
    /// letters that are not ASCII), at the code's or module's location; codes first, then modules.
    var warnings: [Diagnostic]

    /// Assigns names, or throws `Diagnostics` listing every problem: unusable `swiftName`s, codes
    /// or modules without an identifier, and names two codes (or two modules) would share, each
    /// naming all codes involved and their locations. The model's own rules (codes listed twice,
    /// unknown modules) were checked by the validator. Names derived from text with letters that
    /// are not ASCII are kept, with a warning in `warnings`.
    init(_ validated: ValidatedCatalog) throws {
        let catalog = validated.catalog
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        codes = catalog.entries.map { entry in
            Self.name(
                for: entry.code, override: entry.swiftName, what: "code", at: entry.location,
                problems: &problems, warnings: &warnings)
        }
        modules = catalog.modules.map { module in
            Self.name(
                for: module.name, override: module.swiftName, what: "module", at: module.location,
                problems: &problems, warnings: &warnings)
        }
        // With translations the module type has a `displayName`: a module of that name is renamed
        // like a reserved name (a swiftName of it is refused). Without, names are as they were.
        if !catalog.locales.isEmpty {
            for (index, module) in catalog.modules.enumerated() where modules[index] == Self.displayName {
                if module.swiftName != nil {
                    problems.append(.error(
                        "module \(module.name.debugDescription): swiftName \(Self.displayName.debugDescription) is the name of a member of the generated type",
                        at: module.location))
                } else {
                    modules[index] = Self.displayName + "_"
                }
            }
        }
        self.warnings = warnings
        problems += Self.collisions(
            names: codes, texts: catalog.entries.map(\.code), locations: catalog.entries.map(\.location), what: "codes")
        problems += Self.collisions(
            names: modules, texts: catalog.modules.map(\.name), locations: catalog.modules.map(\.location), what: "modules")
        if !problems.isEmpty { throw Diagnostics(problems) }
    }

    /// The module type's member for a module's name in a language, with translations only.
    static let displayName = "displayName"

    private static func name(
        for text: String, override: String?, what: String, at location: SourceLocation?,
        problems: inout [Diagnostic], warnings: inout [Diagnostic]
    ) -> String {
        if let override {
            if let problem = SwiftIdentifier.problem(with: override) {
                problems.append(.error("\(what) \(text.debugDescription): \(problem)", at: location))
            }
            return override
        }
        if let derived = SwiftIdentifier.derivation(of: text) {
            if let warning = warning(for: derived, text: text, what: what, at: location) { warnings.append(warning) }
            return derived.name
        }
        problems.append(.error(
            "\(what) \(text.debugDescription) has no letter or digit to make a Swift name of; set swiftName", at: location))
        return ""
    }

    /// For a name that needed transliteration or code points: e.g. "module '平台' has no ASCII letters;
    /// its Swift name is 'pingTai' (transliterated); set swiftName to choose another".
    private static func warning(
        for derived: SwiftIdentifier.Derivation, text: String, what: String, at location: SourceLocation?
    ) -> Diagnostic? {
        let how: String
        switch derived.method {
        case .ascii: return nil
        case .transliterated: how = "transliterated"
        case .codePoints: how = "letters without a Latin transliteration spelt as Unicode code points"
        }
        let letters = text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
            ? "has letters that are not ASCII" : "has no ASCII letters"
        // The text as a Swift literal shows it (escapes for line breaks and invisible characters), in single quotes.
        let quoted = "'" + text.debugDescription.dropFirst().dropLast() + "'"
        return .warning(.nonASCIIName,
            "\(what) \(quoted) \(letters); its Swift name is '\(derived.name)' (\(how)); set swiftName to choose another",
            at: location)
    }

    /// One diagnostic per name shared by several codes (or modules), at the last of them.
    private static func collisions(
        names: [String], texts: [String], locations: [SourceLocation?], what: String
    ) -> [Diagnostic] {
        var holders: [String: [Int]] = [:]
        var order: [String] = []
        for (index, name) in names.enumerated() where !name.isEmpty {
            if holders[name] == nil { order.append(name) }
            holders[name, default: []].append(index)
        }
        return order.compactMap { name in
            guard let indices = holders[name], indices.count > 1 else { return nil }
            // Codes listed twice are reported by the validator; only distinct texts clash here.
            var seen: Set<String> = []
            let distinct = indices.filter { seen.insert(texts[$0]).inserted }
            guard distinct.count > 1 else { return nil }
            let list = distinct.map { describe(texts[$0], locations[$0]) }.joined(separator: ", ")
            return .error(
                "\(what) \(list) all get the Swift name '\(name)'; set swiftName on all but one",
                at: distinct.last.flatMap { locations[$0] })
        }
    }

    private static func describe(_ text: String, _ location: SourceLocation?) -> String {
        CatalogValidator.describe(text, location)
    }
}
