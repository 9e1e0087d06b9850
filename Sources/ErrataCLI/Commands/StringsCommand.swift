import ArgumentParser
import ErrataModel

struct StringsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strings",
        abstract: "Translate a spec's texts with String Catalogs (.xcstrings): export what a language lacks, import what a translator filled in.",
        discussion: """
            The texts are each row's description and solution, the module names and the notes; \
            wire messages are never translated. Keys name each text by its code and row \
            (AV.0101/description, AV.0102#2/solution, module/OCR, note/1/text); see \
            docs/spec-format.md, "String Catalogs".
            """,
        subcommands: [StringsExportCommand.self, StringsImportCommand.self]
    )
}

/// `--locale`: a BCP 47 tag such as zh-Hans or pt-BR.
struct LocaleTag: Hashable, ExpressibleByArgument {
    var tag: String

    init?(argument: String) {
        guard CatalogLocale.isWellFormed(argument) else { return nil }
        tag = argument
    }
}
