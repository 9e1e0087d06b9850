import ArgumentParser
import ErrataSync
import ErrataModel

struct StringsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a String Catalog (.xcstrings) of the texts a language still lacks, for a translator.",
        discussion: """
            Each string holds the spec's text as the source language's localization and the \
            locale's existing translation, if any; a comment gives the code, the row and the \
            API's message. Without --all only the texts some --locale has no translation of are \
            written. The catalog goes to the working directory, named after the spec and the locale \
            (spec/acme.yaml → acme.zh-Hans.xcstrings; with several --locale, acme.xcstrings), \
            unless --output names another file (- for standard output). It is written atomically, \
            and not at all when its bytes are unchanged. `errata strings import` brings the \
            translations back.
            """
    )

    @Option(help: ArgumentHelp("The spec whose texts to translate.", valueName: "file"))
    var spec: String

    @Option(
        name: .customLong("locale"),
        help: ArgumentHelp("The language to translate into, a BCP 47 tag such as zh-Hans or pt-BR (repeatable).", valueName: "tag"))
    var locales: [LocaleTag] = []

    @Flag(help: "Write every text, translated or not, with the translations the spec has.")
    var all = false

    @Option(help: ArgumentHelp("The String Catalog to write, ending in .xcstrings, or - for standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard !OptionChecks.deferred else { return }
        if locales.isEmpty {
            throw ValidationError("give --locale TAG, the language to translate into (e.g. --locale zh-Hans; repeatable)")
        }
        for (index, locale) in locales.enumerated() where locales[..<index].contains(where: { $0.tag.lowercased() == locale.tag.lowercased() }) {
            throw ValidationError("--locale \(locale.tag) is given twice: give each language once")
        }
        if let output, output != StringsExportJob.standardOutput, !output.hasSuffix(".xcstrings") {
            throw ValidationError("--output names the String Catalog to write: end it in .xcstrings (Xcode opens it by that), or give - for standard output")
        }
    }

    func run() throws {
        let result = try StringsExportJob.run(
            spec: spec, locales: locales.map(\.tag), selection: all ? .all : .missing, output: output, review: diagnostics.report)
        guard let path = result.output, let write = result.write else {
            Terminal.out(result.text)
            return
        }
        var lines = result.newLocales.map { "new locale: \($0) (not yet among the spec's locales; strings import adds it)" }
        let lacking = result.untranslated.map { "\($0.tag) lacks \($0.count)" }.joined(separator: ", ")
        let strings = result.stringCount == 1 ? "1 string" : "\(result.stringCount) strings"
        lines.append("\(write.changedNothing ? "unchanged" : "wrote") \(path): \(strings) (\(lacking))")
        Terminal.out(lines.joined(separator: "\n"))
    }
}
