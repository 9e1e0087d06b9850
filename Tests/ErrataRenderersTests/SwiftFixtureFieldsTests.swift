import ErrataModel
import ErrataRenderers
import Foundation
import Testing

/// The generated library decodes its own fixtures with every documented field of the body:
/// the fixtures hold each field at its path, and the generated decoder finds it there.
@Suite struct SwiftFixtureFieldsTests {
    @Test func fixturesCarryTheDocumentedFieldsThroughDecoding() throws {
        let catalog = try CatalogValidator.validate(DocsTestSupport.catalogWithBodyFields)
        let files = try SwiftRenderer.render(
            catalog, options: SwiftRenderOptions(typePrefix: "Acme", accessLevel: .public, specPath: "acme.yaml", fixtures: true))
        let main = #"""
            for fixture in AcmeErrorFixtures.all {
                let error = try fixture.error()
                let fields = error.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                print("\(error.code.rawValue) \(error.httpStatus.map(String.init) ?? "-") \(fields.joined(separator: " "))")
            }
            """#
        let output = try SwiftTestSupport.compileAndRun(files, main: main)
        #expect(output == """
            Busy 503 request_id=00000000-0000-0000-0000-000000000000 resource=example-resource status=503
            Gone - request_id=00000000-0000-0000-0000-000000000000 resource=example-resource status=example-status

            """)
    }
}
