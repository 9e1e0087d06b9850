import ErrataGenerator
import ErrataModel
import ErrataOutput
import ErrataRenderers
import ErrataTestSupport
import Foundation
import Testing

/// The build jobs called directly: `GenerateJob` writes what `CatalogRendering` renders, `CheckJob`
/// finds drift, and a spec the reader or the validator refuses writes nothing.
@Suite struct BuildJobTests {
    static let spec = """
        service: Queue
        modules:
          - name: Q
        entries:
          - code: Q.1
            module: Q
            message: The queue is full.
            status: 429
          - code: Q.2
            module: Q
            message: The queue is gone.
            status: 404
        """

    /// A package folder holding `spec/queue.yaml`, and its configuration: every output.
    struct Package {
        let root: URL
        let config: ErrataConfig

        init(spec: String = BuildJobTests.spec) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("errata-jobs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("spec"), withIntermediateDirectories: true)
            try Data(spec.utf8).write(to: root.appendingPathComponent("spec/queue.yaml"))
            config = ErrataConfig(
                root: root.path, catalogs: [CatalogConfig.standard(spec: "spec/queue.yaml", output: "Generated", typePrefix: "Queue")])
        }

        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func renderingPlansEveryOutputOfTheSpec() throws {
        let package = try Package()
        defer { package.remove() }
        let rendered = try CatalogRendering.render(package.config)
        let paths = rendered.plan.files.map(\.path).map { String($0.dropFirst(package.root.path.count + 1)) }
        #expect(paths.contains("Generated/Swift/QueueErrorCode.swift"))
        #expect(paths.contains("Generated/Docs/queue.md"))
        #expect(paths.contains("Generated/Fixtures/queue/Q.1.json"))
        #expect(rendered.warnings.isEmpty)
    }

    @Test func generateWritesAndCheckFindsNoDrift() throws {
        let package = try Package()
        defer { package.remove() }
        let generated = try GenerateJob.run(package.config)
        #expect(generated.write.written.count == (try CatalogRendering.render(package.config)).plan.files.count)
        #expect(package.exists("Generated/Swift/QueueErrorCode.swift"))
        #expect(package.exists("Generated/Fixtures/queue/index.json"))
        #expect(try CheckJob.run(package.config).drift.isInSync)
        // Nothing changed: nothing written again.
        #expect(try GenerateJob.run(package.config).write.changedNothing)
    }

    @Test func checkFindsChangedMissingAndOrphanedFiles() throws {
        let package = try Package()
        defer { package.remove() }
        _ = try GenerateJob.run(package.config)
        let code = package.root.appendingPathComponent("Generated/Swift/QueueErrorCode.swift")
        try Data("// edited\n".utf8).write(to: code)
        try FileManager.default.removeItem(at: package.root.appendingPathComponent("Generated/Docs/queue.md"))
        try Data("{}\n".utf8).write(to: package.root.appendingPathComponent("Generated/Fixtures/queue/Q.3.json"))
        let drift = try CheckJob.run(package.config).drift
        #expect(!drift.isInSync)
        #expect(drift.changed.map(\.path) == [code.path])
        #expect(drift.missing == [package.root.appendingPathComponent("Generated/Docs/queue.md").path])
        #expect(drift.orphaned == [package.root.appendingPathComponent("Generated/Fixtures/queue/Q.3.json").path])
        // The spec changed: its outputs drift until generated again.
        _ = try GenerateJob.run(package.config)
        try Data(Self.spec.replacingOccurrences(of: "The queue is gone.", with: "The queue was deleted.").utf8)
            .write(to: package.root.appendingPathComponent("spec/queue.yaml"))
        #expect(try !CheckJob.run(package.config).drift.isInSync)
    }

    /// The validator refuses the spec (its error body has the code and the message at one path):
    /// an error at the spec's errorBody, and not one file written.
    @Test func aSpecTheValidatorRefusesWritesNothing() throws {
        let package = try Package(spec: Self.spec.replacingOccurrences(of: "modules:", with: "errorBody:\n  code: e\n  message: e\nmodules:"))
        defer { package.remove() }
        #expect(throws: Diagnostics.self) { try GenerateJob.run(package.config) }
        do {
            _ = try GenerateJob.run(package.config)
        } catch let error as Diagnostics {
            #expect(error.items.map(\.message) == ["errorBody: the code and the message have the same path 'e'"])
            #expect(error.items.first?.location == SourceLocation(path: package.root.appendingPathComponent("spec/queue.yaml").path, line: 3, column: 3))
        }
        #expect(!package.exists("Generated"))
        #expect(throws: Diagnostics.self) { try CheckJob.run(package.config) }
    }

    @Test func aSpecTheReaderRefusesWritesNothing() throws {
        let package = try Package(spec: Self.spec.replacingOccurrences(of: "status: 429", with: "staus: 429"))
        defer { package.remove() }
        #expect(throws: Diagnostics.self) { try GenerateJob.run(package.config) }
        #expect(!package.exists("Generated"))
    }

    /// The warnings reach the review before anything is written (a module name that needed
    /// transliteration); a review that throws (`--strict`) stops the run with nothing written.
    @Test func aReviewThatThrowsWritesNothing() throws {
        let package = try Package(spec: Self.spec.replacingOccurrences(of: "Q\n", with: "队列\n"))
        defer { package.remove() }
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try GenerateJob.run(package.config) { warnings in
                #expect(warnings.map(\.severity) == [.warning])
                #expect(warnings.first?.message.hasPrefix("module '队列' has no ASCII letters") == true)
                throw Stop()
            }
        }
        #expect(!package.exists("Generated"))
        #expect(try GenerateJob.run(package.config).warnings.count == 1)
        #expect(package.exists("Generated"))
    }
}
