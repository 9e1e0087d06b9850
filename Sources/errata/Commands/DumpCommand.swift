import ArgumentParser
import Errata
import ErrataModel

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the catalog read from a spec or documentation page as JSON (docs/catalog-json.md)."
    )

    @Argument(help: ArgumentHelp("A spec (.yaml) or a documentation page.", valueName: "input"))
    var input: String

    func run() throws {
        let catalog = try DocumentReader.read(contentsOf: input)
        Terminal.out(try CatalogJSON.encode(catalog))
    }
}
