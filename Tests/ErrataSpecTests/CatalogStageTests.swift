import ErrataModel
import ErrataSpec
import ErrataTestSupport
import Foundation
import Testing

/// The stage from a path to a validated catalog: read once, parsed, validated; refused with located
/// errors when the reader or the validator refuses.
@Suite struct CatalogStageTests {
    /// A stage whose only file is `text` at `spec.yaml`, counting its reads.
    final class OneFile: @unchecked Sendable {
        let text: String
        private let lock = NSLock()
        private var reads = 0
        init(_ text: String) { self.text = text }
        var stage: CatalogStage {
            CatalogStage { path in
                self.lock.withLock { self.reads += 1 }
                return path == "spec.yaml" ? Array(self.text.utf8) : nil
            }
        }
        var readCount: Int { lock.withLock { reads } }
    }

    static let valid = """
        service: S
        modules:
          - name: M
        entries:
          - code: A.1
            module: M
            message: Failed.
        """

    @Test func aSpecIsReadOnceAndComesBackValidated() throws {
        let file = OneFile(Self.valid)
        let validated = try file.stage.spec(at: "spec.yaml")
        #expect(file.readCount == 1)
        #expect(validated.catalog == (try SpecReader.read(data: Array(Self.valid.utf8), path: "spec.yaml")))
        #expect(validated.warnings.isEmpty)
    }

    @Test func whatTheValidatorRefusesIsRefusedAtItsPlace() {
        // The reader accepts an error body whose code and message share a path; the validator does not.
        let file = OneFile(Self.valid.replacingOccurrences(of: "modules:", with: "errorBody:\n  code: e\n  message: e\nmodules:"))
        #expect(throws: Diagnostics.self) { try file.stage.spec(at: "spec.yaml") }
        do {
            _ = try file.stage.spec(at: "spec.yaml")
        } catch let error as Diagnostics {
            #expect(error.description == "spec.yaml:3:3: error: errorBody: the code and the message have the same path 'e'")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func whatTheReaderRefusesIsRefusedBeforeValidation() {
        let file = OneFile("service: S\nentries:\n  - code: A.1\n    mesage: Failed.\n")
        #expect(throws: Diagnostics.self) { try file.stage.spec(at: "spec.yaml") }
    }

    @Test func aFileThatCannotBeReadIsAnErrorAtItsPath() {
        #expect(throws: Diagnostic.error("cannot read the spec (no such file, or not readable)", at: SourceLocation(path: "gone.yaml"))) {
            try OneFile(Self.valid).stage.spec(at: "gone.yaml")
        }
    }

    @Test func bytesAreValidatedAsAFileIs() throws {
        #expect(try CatalogStage.spec(data: Array(Self.valid.utf8), path: "spec.yaml").catalog.entries.map(\.code) == ["A.1"])
        #expect(throws: Diagnostics.self) {
            try CatalogStage.spec(data: Array("service: S\nentries: []\nerrorBody:\n  code: a\n  message: a\n".utf8), path: "spec.yaml")
        }
    }

    @Test func theDiskIsReadByDefault() throws {
        let validated = try CatalogStage().spec(at: RepositoryPaths.path("spec/huawei-ocr.yaml").path)
        #expect(validated.catalog.entries.count == 46)
        #expect(validated.warnings.isEmpty)
    }
}
