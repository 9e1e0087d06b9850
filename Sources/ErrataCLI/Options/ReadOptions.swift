import ArgumentParser
import ErrataSync
import ErrataModel
import ErrataReaders

/// How a documentation page is read: its format and the recipe options, which `import` records
/// in the spec's `reading:` (docs/spec-format.md "Reading the page") and every command that reads
/// the page applies on top of the spec's recipe. The same names on every command that reads a page.
struct PageOptions: ParsableArguments {
    @Option(
        name: .customLong("page-format"),
        help: ArgumentHelp("The page's format (default: the spec's recipe, else detected from the name and contents).", valueName: "format"))
    var format: InputFormat?

    @Option(help: ArgumentHelp(
        "A table of the page to read: its number counting from 0 (as notes number them), or its caption or the heading above it; repeat it for several (default: every error table).",
        valueName: "n|caption"))
    var table: [TableArgument] = []

    @Option(help: ArgumentHelp("Read the tables that have a column with this header; repeatable.", valueName: "header"))
    var tableHeader: [String] = []

    @Option(help: ArgumentHelp(
        "A column's role: HEADER=ROLE or N=ROLE (N counts from 1), ROLE one of \(ReadingRecipe.Role.allCases.map(\.rawValue).joined(separator: ", ")); repeatable; ignore leaves the column out.",
        valueName: "column=role"))
    var column: [ColumnArgument] = []

    @Option(help: ArgumentHelp("How the page writes its errors when not in tables (default: every layout errata knows).", valueName: "layout"))
    var errors: ReadingRecipe.ErrorLayout?

    /// `--format` meant the page's format on some commands and the report's on others; it is
    /// refused with the two names that replace it.
    @Option(name: .customLong("format"), help: .hidden)
    var ambiguousFormat: String?

    func validate() throws {
        guard !OptionChecks.deferred else { return }
        if let ambiguousFormat {
            throw ValidationError(
                "--format is no longer an option: write --page-format \(ambiguousFormat) for the page's format, or --report-format \(ambiguousFormat) for the report's (check, diff)")
        }
    }

    /// Whether any option says how to read the page's tables (not only its format).
    var namesTablesOrColumns: Bool { !table.isEmpty || !tableHeader.isEmpty || !column.isEmpty || errors != nil }

    /// What the options say of reading the page (the format only when it is a page's).
    var recipe: ReadingRecipe {
        ReadingRecipe(
            format: format == .spec ? nil : format,
            tables: table.map(\.selector) + tableHeader.map { .init(.header($0)) },
            columns: column.map(\.rule),
            errors: errors)
    }

    /// Reading options for a page (or, with `--page-format spec`, a spec).
    var documentOptions: DocumentReader.Options {
        DocumentReader.Options(format: format == .spec ? .spec : nil, recipe: recipe)
    }
}

/// How `dump` and `import` read their input: the page options, and what a new catalog is named.
struct ReadOptions: ParsableArguments {
    @OptionGroup var page: PageOptions

    @Option(help: ArgumentHelp("The service name for a page (default: the page's title, else the file's base name).", valueName: "name"))
    var service: String?

    @Option(help: ArgumentHelp("The page's URL, recorded as the catalog's source.", valueName: "url"))
    var source: String?

    /// Refuses what a spec does not use when the input is one by `--page-format spec`.
    func validate() throws {
        guard !OptionChecks.deferred else { return }
        guard page.format == .spec else { return }
        if page.namesTablesOrColumns {
            throw ValidationError("--table, --table-header, --column and --errors say how a documentation page is read, and a spec (--page-format spec) is not one: drop them")
        }
        if service != nil { throw ValidationError("--service names the service of a documentation page, and a spec (--page-format spec) names its own: drop --service") }
    }

    var documentOptions: DocumentReader.Options {
        var options = page.documentOptions
        options.service = service
        options.source = source
        return options
    }
}

/// `--table 2` (the third table) or `--table "Error codes"` (by caption or heading).
struct TableArgument: ExpressibleByArgument {
    var selector: ReadingRecipe.TableSelector

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let index = Int(text) {
            selector = .init(.index(index))
        } else {
            selector = .init(.caption(text))
        }
    }
}

/// `--column HttpCode=status`, `--column 5=ignore`.
struct ColumnArgument: ExpressibleByArgument {
    var rule: ReadingRecipe.ColumnRule

    init?(argument: String) {
        guard let equals = argument.lastIndex(of: "=") else { return nil }
        let name = argument[..<equals].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, let role = ReadingRecipe.Role(rawValue: String(argument[argument.index(after: equals)...])) else { return nil }
        if name.utf8.count <= 9, name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let position = Int(name) {
            guard position >= 1 else { return nil }
            rule = .init(.position(position), role: role)
        } else {
            rule = .init(.header(name), role: role)
        }
    }
}
