import ErrataModel
import ErrataReaders
import ErrataTestSupport
import Testing

/// The two real AsciiDoc pages of `../shared/corpus` (see its MANIFEST.md): a table per error
/// group, and a definition list of 1,937 messages.
@Suite(.requiresSharedPages) struct AsciiDocCorpusTests {
    static func page(_ name: String) throws -> DocumentReader.Page {
        let file = try ReaderTestFiles.corpus(name)
        #expect(try FormatDetector.detect(path: file.path, data: Array(file.text.utf8)) == .asciidoc)
        return try DocumentReader.readPage(data: Array(file.text.utf8), path: name)
    }

    /// 24 `|===` tables, 131 codes, each group named only by the `==` heading above its table.
    @Test func igniteTablesGiveTheirGroupsAsModules() throws {
        let page = try Self.page("apache-ignite3-errorcodes-20251105.adoc")
        #expect(page.tableCount == 24)
        #expect(page.tables.count == 24)
        #expect(page.catalog.entries.count == 131)
        #expect(page.catalog.entries.allSatisfy { $0.variants.count == 1 && $0.code.hasPrefix("IGN-") })
        #expect(page.catalog.modules.count == 24)
        #expect(page.catalog.modules.first?.name == "Authentication Exceptions")
        #expect(page.catalog.modules.last?.name == "Transactions Exceptions")
        #expect(Set(page.catalog.entries.compactMap(\.module)) == Set(page.tables.compactMap(\.caption)))
        #expect(page.warnings.isEmpty, "\(page.warnings)")

        let common = try #require(page.catalog.entries.first { $0.code == "IGN-CMN-65535" })
        #expect(common.module == "Common Exceptions")
        #expect(common.variants.first?.message == "Internal error has occurred.")
        #expect(common.variants.first?.solution
            == "This an unexpected internal error in Apache Ignite. In most cases, receiving it indicates a bug.")
        // A code written without backticks, and a message holding a code span.
        let network = try #require(page.catalog.entries.first { $0.code == "IGN-NETWORK-3" })
        #expect(network.module == "Network Exceptions")
        let compute = try #require(page.catalog.entries.first { $0.code == "IGN-COMPUTE-4" })
        #expect(compute.variants.first?.solution
            == "Increase the `compute.queueMaxSize` configuration parameter to allow for larger queue.")
        // The one-row tables are error tables too.
        #expect(page.catalog.entries.filter { $0.module == "Catalog Exceptions" }.map(\.code) == ["IGN-CATALOG-1"])
    }

    /// Every one of the 1,937 definitions is an entry: wrapped terms, `::` alone on a line, the code
    /// alone on the term's first line, missing anchors.
    @Test func glassfishDefinitionListGivesEveryMessage() throws {
        let page = try Self.page("eclipse-glassfish-errormessages-20260501.adoc")
        #expect(page.title == "{productName} Error Messages")
        #expect(page.catalog.entries.count == 1937)
        #expect(page.catalog.entries.allSatisfy { $0.variants.count == 1 && $0.module == nil })
        #expect(page.catalog.entries.allSatisfy { !$0.variants[0].description.isEmpty && !$0.variants[0].solution.isEmpty })

        func variant(_ code: String) throws -> Variant {
            try #require(page.catalog.entries.first { $0.code == code }?.variants.first, "\(code)")
        }
        let first = try variant("AS-ACDEPL-00103")
        #expect(first.message == "Java Web Start services started for the app client {0} (contextRoot: {1})")
        #expect(first.description == "As described in the message.")
        #expect(first.solution == "Resolve the situation described in the message, if necessary.")
        // The code alone on the term's first line.
        #expect(try variant("AS-WEB-GLUE-00108").message.hasPrefix("PersistenceStrategyBuilderFactory>>createPersistenceStrategyBuilder:"))
        // `::` alone on the line after a term of three lines.
        #expect(try variant("NCLS-DEPLOYMENT-00015").message
            == "Specification-Version for the optional package [ {0} ] in the jarfile [ {1} ] is not specified. Please provide a valid specification version for this optional package")
        // Irregular separators, an anchor of another scheme, and no anchor at all.
        #expect(try variant("AS_ACDEPL_00102").message.hasPrefix("Java Web Start services not started"))
        #expect(try variant("AS-WEB-CORE-00472").message == "Exception creating instance of {0}")
        let last = try variant("NCLS-SECURITY-05054")
        #expect(last.description == "Certificate expired.")
        #expect(last.solution == "Check the expiration date of the certificate.")
        #expect(try variant("AS-ACDEPL-00108").solution
            == "The file is part of the installation so this might be an internal error. Make sure you have not accidentally removed or renamed the config file. If not, please file an error with a reproducible test case.")
    }
}
