import ErrataModel
import ErrataTestSupport
import Foundation
import Testing

/// docs/diagnostics.md lists every warning name errata gives, and no other.
@Suite struct DiagnosticNamesDocTests {
    @Test func everyWarningNameIsDocumentedOnce() throws {
        let text = try String(contentsOf: RepositoryPaths.path("docs/diagnostics.md"), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        let documented = rows.map { $0.dropFirst(3).prefix { $0 != "`" } }.map(String.init)
        #expect(documented.sorted() == Diagnostic.Name.allCases.map(\.rawValue).sorted())
        #expect(Set(documented).count == documented.count)
    }
}
