@testable import ErrataOutput
import Foundation
import Testing

@Suite struct DriftCheckerTests {
    /// A written plan: two owned files, one nested, and one file outside the owned folder.
    func writtenPlan(in dir: ScratchDirectory) throws -> OutputPlan {
        let plan = OutputPlan(files: [
            OutputFile(path: dir.url("Gen/Codes.swift"), text: "enum Code {\n    case a\n    case b\n}\n"),
            OutputFile(path: dir.url("Gen/Fixtures/codes.json"), text: "[\"a\", \"b\"]\n"),
            OutputFile(path: dir.url("Docs/Codes.md"), text: "# Codes\n\n| a | b |\n"),
        ], ownedDirectories: [dir.url("Gen")])
        _ = try OutputWriter.write(plan)
        return plan
    }

    @Test func inSyncRightAfterAWrite() throws {
        let dir = try ScratchDirectory()
        let report = try DriftChecker.check(try writtenPlan(in: dir))
        #expect(report.isInSync)
        #expect(report.description == "")
    }

    @Test func everyOneByteChangeIsDrift() throws {
        let dir = try ScratchDirectory()
        let plan = try writtenPlan(in: dir)
        let original = dir.read("Gen/Codes.swift")!
        for index in original.indices {
            var changed = original
            changed[index] ^= 0x01
            try dir.write("Gen/Codes.swift", bytes: changed)
            let report = try DriftChecker.check(plan)
            #expect(!report.isInSync, "byte \(index)")
            #expect(report.changed.map(\.path) == [dir.url("Gen/Codes.swift")])
        }
    }

    @Test func changedTextComesWithAUnifiedDiffFromDiskToPlan() throws {
        let dir = try ScratchDirectory()
        let plan = try writtenPlan(in: dir)
        try dir.write("Gen/Codes.swift", "enum Code {\n    case a\n    case c\n}\n")
        let report = try DriftChecker.check(plan)
        let path = dir.url("Gen/Codes.swift")
        #expect(report.changed == [.init(path: path, difference: .text(unifiedDiff:
            "--- a/\(path)\n+++ b/\(path)\n@@ -1,4 +1,4 @@\n enum Code {\n     case a\n-    case c\n+    case b\n }\n"))])
        #expect(report.description.hasPrefix("changed: \(path)\n--- a/\(path)\n"))
    }

    @Test func removedTrailingNewlineIsDrift() throws {
        let dir = try ScratchDirectory()
        let plan = try writtenPlan(in: dir)
        try dir.write("Docs/Codes.md", "# Codes\n\n| a | b |")
        let report = try DriftChecker.check(plan)
        guard case .text(let diff)? = report.changed.first?.difference else { Issue.record("no text diff"); return }
        #expect(diff.contains("-| a | b |\n\\ No newline at end of file\n+| a | b |\n"))
    }

    @Test func crlfInsteadOfLFIsDrift() throws {
        let dir = try ScratchDirectory()
        let plan = try writtenPlan(in: dir)
        try dir.write("Docs/Codes.md", "# Codes\r\n\r\n| a | b |\r\n")
        #expect(try DriftChecker.check(plan).changed.map(\.path) == [dir.url("Docs/Codes.md")])
    }

    @Test func deletedFileIsMissing() throws {
        let dir = try ScratchDirectory()
        let plan = try writtenPlan(in: dir)
        try FileManager.default.removeItem(atPath: dir.url("Gen/Fixtures"))
        try FileManager.default.removeItem(atPath: dir.url("Docs/Codes.md"))
        let report = try DriftChecker.check(plan)
        #expect(report.missing == [dir.url("Docs/Codes.md"), dir.url("Gen/Fixtures/codes.json")])
        #expect(report.changed.isEmpty && report.orphaned.isEmpty && !report.isInSync)
    }

    @Test func strayFilesAnywhereInOwnedFoldersAreOrphans() throws {
        let dir = try ScratchDirectory()
        let plan = try writtenPlan(in: dir)
        try dir.write("Gen/Stray.swift", "")
        try dir.write("Gen/Fixtures/Old/stale.json", "{}")
        try dir.write("Gen/.Codes.swift.errata-tmp-0000000000000001", "partial")
        try dir.write("Docs/.Codes.md.errata-tmp-00000000000000aa", "partial")
        try dir.write("Docs/unrelated.md", "not owned, not ours")
        try dir.write("Gen/.DS_Store", "ignored")
        let report = try DriftChecker.check(plan)
        #expect(report.orphaned == [
            dir.url("Docs/.Codes.md.errata-tmp-00000000000000aa"),
            dir.url("Gen/.Codes.swift.errata-tmp-0000000000000001"),
            dir.url("Gen/Fixtures/Old/stale.json"),
            dir.url("Gen/Stray.swift"),
        ])
        #expect(report.missing.isEmpty && report.changed.isEmpty)
    }

    @Test func symbolicLinkWithIdenticalContentIsDrift() throws {
        let dir = try ScratchDirectory()
        let plan = try writtenPlan(in: dir)
        try FileManager.default.moveItem(atPath: dir.url("Gen/Codes.swift"), toPath: dir.url("Elsewhere.swift"))
        try dir.symlink("Gen/Codes.swift", to: dir.url("Elsewhere.swift"))
        let report = try DriftChecker.check(plan)
        #expect(report.changed == [.init(path: dir.url("Gen/Codes.swift"), difference: .notARegularFile(kind: "symbolic link"))])
    }

    @Test func directoryInPlaceOfAFileIsDrift() throws {
        let dir = try ScratchDirectory()
        let plan = try writtenPlan(in: dir)
        try FileManager.default.removeItem(atPath: dir.url("Docs/Codes.md"))
        try dir.makeDirectory("Docs/Codes.md")
        let report = try DriftChecker.check(plan)
        #expect(report.changed == [.init(path: dir.url("Docs/Codes.md"), difference: .notARegularFile(kind: "directory"))])
    }

    @Test func nonUTF8ContentIsReportedAsBinary() throws {
        let dir = try ScratchDirectory()
        let plan = OutputPlan(files: [OutputFile(path: dir.url("blob"), contents: [0x00, 0xFF, 0x10])])
        try dir.write("blob", bytes: [0x00, 0xFE, 0x10])
        #expect(try DriftChecker.check(plan).changed == [.init(path: dir.url("blob"), difference: .binary)])
    }

    @Test func checkingWritesNothing() throws {
        let dir = try ScratchDirectory()
        try dir.write("Gen/Codes.swift", "old\n")
        try dir.write("Gen/Stray.swift", "stray\n")
        try dir.write("Gen/.x.errata-tmp-0000000000000001", "partial")
        dir.backdate("Gen/Codes.swift")
        let plan = OutputPlan(files: [
            OutputFile(path: dir.url("Gen/Codes.swift"), text: "new\n"),
            OutputFile(path: dir.url("Gen/New/Missing.swift"), text: "m\n"),
        ], ownedDirectories: [dir.url("Gen")])
        let report = try DriftChecker.check(plan)
        #expect(report.missing.count == 1 && report.changed.count == 1 && report.orphaned.count == 2)
        #expect(dir.listing("Gen") == [".x.errata-tmp-0000000000000001", "Codes.swift", "Stray.swift"])
        #expect(dir.text("Gen/Codes.swift") == "old\n")
        #expect(dir.modificationSeconds("Gen/Codes.swift") == 1_000_000_000)
    }

    @Test func ownedFolderThatIsAFileCannotBeChecked() throws {
        let dir = try ScratchDirectory()
        try dir.write("Gen", "file")
        #expect(throws: OutputError(path: dir.url("Gen"), reason: .notADirectory)) {
            try DriftChecker.check(OutputPlan(files: [], ownedDirectories: [dir.url("Gen")]))
        }
    }

    @Test func writeFixesEveryKindOfDrift() throws {
        let dir = try ScratchDirectory()
        let plan = try writtenPlan(in: dir)
        try dir.write("Gen/Codes.swift", "edited\n")
        try FileManager.default.removeItem(atPath: dir.url("Docs/Codes.md"))
        try dir.write("Gen/Fixtures/Old/stale.json", "{}")
        try dir.write("Gen/.Codes.swift.errata-tmp-0000000000000001", "partial")
        #expect(!(try DriftChecker.check(plan).isInSync))
        _ = try OutputWriter.write(plan)
        #expect(try DriftChecker.check(plan).isInSync)
    }
}

@Suite struct DriftCheckerPermissionTests {
    /// Root reads everything, so this runs only for ordinary users.
    @Test(.enabled(if: geteuid() != 0)) func unreadableFileIsPermissionDenied() throws {
        let dir = try ScratchDirectory()
        try dir.write("secret.txt", "x")
        chmod(dir.url("secret.txt"), 0o000)
        #expect(throws: OutputError(path: dir.url("secret.txt"), reason: .permissionDenied)) {
            try DriftChecker.check(OutputPlan(files: [OutputFile(path: dir.url("secret.txt"), text: "x")]))
        }
    }
}
