extension Diagnostic {
    /// The stable name of each warning errata gives, printed after it (`[no-sample-body]`) and
    /// accepted by `--strict` when allowed (`--allow-warning NAME`, `allowWarnings` in
    /// `errata.yml`). A name never changes meaning; docs/diagnostics.md says what each means and
    /// how to settle it.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        // Reading a page's table.
        /// No header names the code column; a column is read as the codes for its cells.
        case codeFromContent = "code-from-content"
        /// A lone cell shaped unlike the table's codes, read as a code without a message.
        case headingReadAsCode = "heading-read-as-code"
        /// A lone cell in the code column read as a note, as a heading would be.
        case headingReadAsNote = "heading-read-as-note"
        /// A code cell holding a space, read as written.
        case codeWithSpace = "code-with-space"
        /// A code cell holding words, read as written.
        case codeInWords = "code-in-words"
        /// A message cell ending in "etc.": the paragraph saying so is left out.
        case messagesGoOn = "messages-go-on"
        /// A status cell that is not an HTTP status, kept as a column.
        case statusNotHTTP = "status-not-http"
        /// A message, description or solution that looks like a code.
        case shiftedColumns = "shifted-columns"
        /// A code listed again with the same row.
        case repeatedRow = "repeated-row"
        /// An RST directive or AsciiDoc block macro in a table cell the reader does not understand.
        case unreadDirective = "unread-directive"

        // Importing a page.
        /// The page shows no sample error body and the spec states none: the default is used.
        case noSampleBody = "no-sample-body"
        /// The spec's hand-edited error body differs from the page's samples; the spec's is kept.
        case keptErrorBody = "kept-error-body"

        // Importing a page in another language.
        /// A code on the translated page that the spec does not have.
        case localeExtraCode = "locale-extra-code"
        /// A spec code that the translated page does not have.
        case localeMissingCode = "locale-missing-code"
        /// A row on the translated page with no counterpart in the spec.
        case localeExtraRow = "locale-extra-row"
        /// A spec row with no counterpart on the translated page.
        case localeMissingRow = "locale-missing-row"
        /// The translated page's wire message differs from the spec's.
        case localeMessageDiffers = "locale-message-differs"
        /// One spec module under two names on the translated page.
        case localeModuleNames = "locale-module-names"
        /// Two spec modules under one name on the translated page.
        case localeSharedModuleName = "locale-shared-module-name"
        /// A page note with no counterpart in the spec.
        case localeExtraNote = "locale-extra-note"
        /// A spec note with no counterpart on the translated page.
        case localeMissingNote = "locale-missing-note"

        // Importing a String Catalog.
        /// A string with plural or device variations.
        case stringVariations = "string-variations"
        /// A string marked translated but empty.
        case emptyTranslation = "empty-translation"
        /// A translation of a text the spec has changed since.
        case staleTranslation = "stale-translation"

        // Generating.
        /// The spec lists no codes (`entries: []`).
        case noEntries = "no-entries"
        /// A code or module whose Swift name needed transliteration or code points.
        case nonASCIIName = "non-ascii-name"
        /// A target's spec whose folder has no Swift file, so SwiftPM skips the target and the
        /// build-tool plugin never runs for it.
        case noSwiftFile = "no-swift-file"

        /// The warning `text` names; an unknown name is an error that suggests the closest one.
        public init(naming text: String) throws {
            if let name = Name(rawValue: text) {
                self = name
                return
            }
            let suggestion = Self.closest(to: text).map { "; did you mean '\($0.rawValue)'?" }
                ?? " (docs/diagnostics.md lists the names)"
            throw Diagnostic.error("no warning is named '\(text)'\(suggestion)")
        }

        /// The name among all names closest to `text` by edit distance, when it is close
        /// enough to be a likely misspelling.
        public static func closest(to text: String) -> Name? {
            let scored = allCases.map { ($0, editDistance(text.lowercased(), $0.rawValue)) }
            guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, best.0.rawValue.count / 3) else { return nil }
            return best.0
        }

        private static func editDistance(_ a: String, _ b: String) -> Int {
            let a = Array(a), b = Array(b)
            guard !a.isEmpty else { return b.count }
            var row = Array(0...b.count)
            for i in 1...a.count {
                var previous = row[0]
                row[0] = i
                for j in stride(from: 1, through: b.count, by: 1) {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return row[b.count]
        }
    }
}
