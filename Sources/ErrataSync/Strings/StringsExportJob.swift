import ErrataModel
import ErrataOutput
import ErrataSpec

/// `errata strings export`: a spec's texts as a String Catalog for translators.
public enum StringsExportJob {
    public struct Result: Sendable {
        /// The String Catalog's text.
        public var text: String
        /// The file written, or nil when the text goes to standard output.
        public var output: String?
        /// What the write did; nil when nothing was written.
        public var write: WriteReport?
        /// How many strings the catalog holds.
        public var stringCount: Int
        /// The locales, spelled as the spec spells them, with how many strings each lacks.
        public var untranslated: [(tag: String, count: Int)]
        /// The locales the spec does not list yet (`strings import` adds them).
        public var newLocales: [String]
        /// The spec's warnings.
        public var messages: [Diagnostic]
    }

    /// Standard output, as `--output` names it.
    public static let standardOutput = "-"

    /// Where the catalog goes without `--output`: in the working directory, named after the spec
    /// and the locale (`spec/acme.yaml`, `zh-Hans` → `acme.zh-Hans.xcstrings`), or after the spec
    /// alone for several locales (`acme.xcstrings`). Not next to the spec: a spec of the build-tool
    /// plugin lies in a target's folder, where SwiftPM would take a String Catalog for a resource.
    public static func defaultOutput(spec: String, locales: [String]) -> String {
        FileName.specName(spec) + (locales.count == 1 ? ".\(locales[0])" : "") + ".xcstrings"
    }

    /// - Parameters:
    ///   - locales: BCP 47 tags, each once; a tag the spec lists in another case is taken as the spec spells it.
    ///   - output: the file to write, `-` for none (the caller prints `text`), nil for `defaultOutput`.
    ///   - review: sees the spec's warnings before anything is written; throwing stops the run.
    public static func run(
        spec: String, locales: [String], selection: StringCatalogWriter.Selection, output: String?,
        review: ([Diagnostic]) throws -> Void = { _ in }
    ) throws -> Result {
        let validated = try CatalogStage().spec(at: spec)
        let catalog = validated.catalog
        let messages = validated.warnings
        var tags: [String] = []
        var newLocales: [String] = []
        for locale in locales {
            if locale.lowercased() == catalog.baseLanguage.lowercased() {
                throw Diagnostic.error(
                    "the locale \(locale.debugDescription) is the spec's own language (its texts are the ones to translate); give another --locale",
                    at: SourceLocation(path: spec))
            }
            if let declared = catalog.localeTags.first(where: { $0.lowercased() == locale.lowercased() }) {
                tags.append(declared)
            } else {
                tags.append(locale)
                newLocales.append(locale)
            }
        }
        let rendered = StringCatalogWriter.write(validated, locales: tags, selection: selection)
        try review(messages)
        let path = output == standardOutput ? nil : (output ?? defaultOutput(spec: spec, locales: tags))
        let write = try path.map { try OutputWriter.write(OutputPlan(files: [OutputFile(path: $0, text: rendered.text)])) }
        return Result(
            text: rendered.text, output: path, write: write, stringCount: rendered.stringCount,
            untranslated: tags.map { ($0, rendered.untranslated[$0] ?? 0) }, newLocales: newLocales, messages: messages)
    }
}
