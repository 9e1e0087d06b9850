import ErrataModel
import ErrataReaders
import Foundation
import Testing
import ErrataSpec

/// `errata import` and `dump` on a page with columns errata has no role for, and rows without
/// message text: the columns are kept and reported, and the spec always reads back.
@Suite struct ExtraColumnsCLITests {
    static let page = """
        <html><head><title>Gateway error codes</title></head><body>
        <table>
        <tr><th>Module</th><th>Status Code</th><th>Type</th><th>Error Code</th><th>Owner</th></tr>
        <tr><td>Gateway</td><td>400/500</td><td>Client</td><td>GW.001</td><td>API team</td></tr>
        <tr><td>Gateway</td><td>401</td><td>Auth</td><td>GW.002</td><td></td></tr>
        </table>
        </body></html>
        """

    @Test func importKeepsTheColumnsAndTheSpecReadsBack() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.page.write(to: workspace.url("gateway.html"), atomically: true, encoding: .utf8)
        let result = try workspace.run("import", "gateway.html", "--spec", "gateway.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(
            "gateway.html:2: note: the table has 2 columns errata has no role for, kept as each row's columns: \"Type\", \"Owner\""),
            "\(result.stderr)")
        let text = try String(contentsOf: workspace.url("gateway.yaml"), encoding: .utf8)
        #expect(text.contains("""
            - code: GW.001
              module: Gateway
              message: ""
              status: [400, 500]
              columns:
                Type: Client
                Owner: API team
            """), "\(text)")
        let spec = try CatalogStage().spec(at: workspace.url("gateway.yaml").path).catalog
        #expect(spec.entry("GW.002")?.variants == [Variant(message: "", statuses: [401], columns: [Column(name: "Type", value: "Auth")])])
        // The spec generates, and `dump` of the page gives the spec's entries.
        let generate = try workspace.run("generate", "--spec", "gateway.yaml", "--output", "Out", "--type-prefix", "Gateway")
        #expect(generate.status == 0, "\(generate.stderr)")
        let dump = try workspace.run("dump", "gateway.html")
        #expect(dump.status == 0)
        #expect(try CatalogJSON.decode(dump.stdout).entries == spec.entries.map { entry in
            var entry = entry
            entry.location = nil
            return entry
        })
    }
}
