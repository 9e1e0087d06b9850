import ArgumentParser
import Errata

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the generated files match the spec(s); exit 1 on drift.",
        discussion: """
            Regenerates everything in memory and compares it byte for byte with the files on disk. \
            Reports missing, changed (with a unified diff) and orphaned files. Writes nothing. \
            Exit status: 0 in sync, 1 drift, 2 error.
            """
    )

    @OptionGroup var catalogs: CatalogOptions

    @Flag(name: .long, help: "Only list the files that differ; no diffs.")
    var quiet = false

    func run() throws {
        let report = try CheckJob.run(catalogs.load())
        if report.isInSync {
            Terminal.out(report.summary)
            return
        }
        Terminal.out(quiet ? report.summary : report.fullReport)
        throw ExitCode(1)
    }
}
