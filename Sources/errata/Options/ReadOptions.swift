import ArgumentParser
import Errata
import ErrataReaders

/// How a documentation page or spec is read.
struct ReadOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The input's format (detected from its name and contents when omitted).", valueName: "format"))
    var format: InputFormat?

    @Option(help: ArgumentHelp("A table of the page to read, counting from 0; repeat it for several (default: every table whose headers make it an error table).", valueName: "n"))
    var table: [Int] = []

    @Option(help: ArgumentHelp("The service name for a page (default: the file's base name).", valueName: "name"))
    var service: String?

    @Option(help: ArgumentHelp("The page's URL, recorded as the catalog's source.", valueName: "url"))
    var source: String?

    /// Refuses what a spec does not use when the input is one by `--format spec`.
    func validate() throws {
        guard format == .spec else { return }
        if !table.isEmpty { throw ValidationError("--table picks tables of a documentation page, and a spec (--format spec) has none: drop --table") }
        if service != nil { throw ValidationError("--service names the service of a documentation page, and a spec (--format spec) names its own: drop --service") }
    }

    var documentOptions: DocumentReader.Options {
        DocumentReader.Options(format: format, tableIndices: table, service: service, source: source)
    }
}
