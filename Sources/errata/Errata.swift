import ArgumentParser
import Errata

@main
struct ErrataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errata",
        abstract: "Turns a vendor's error-code documentation into Swift code, Markdown docs and JSON fixtures.",
        version: ErrataVersion.current
    )
}
