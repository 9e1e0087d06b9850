/// The keys each mapping of a spec may hold (docs/spec-format.md). Anything else is refused.
enum SpecKeys {
    static let top: Set<String> = ["version", "service", "source", "language", "locales", "reading", "errorBody", "modules", "entries", "notes"]
    static let locale: Set<String> = ["source"]
    static let errorBody: Set<String> = ["format", "code", "message", "codeType", "fields"]
    static let module: Set<String> = ["name", "swiftName", "localized"]
    static let variant: Set<String> = ["message", "alternativeMessages", "description", "solution", "status", "columns", "localized"]
    static let variantTranslation: Set<String> = ["description", "solution"]
    static let noteTranslation: Set<String> = ["label", "text"]
    static let entry: Set<String> = variant.union(["code", "module", "variants", "swiftName", "deprecated", "retryable", "remarks"])
    static let note: Set<String> = ["label", "text", "localized"]
    static let reading: Set<String> = ["format", "tables", "columns", "errors"]
    static let readingTable: Set<String> = ["index", "caption", "header"]
    static let readingColumn: Set<String> = ["header", "position", "role"]
}
