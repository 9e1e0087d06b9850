@testable import ErrataOutput
import Foundation
import Testing

/// Every refusal happens before anything is written, and the error names the path and the reason.
@Suite struct OutputWriterRefusalTests {
    /// Writes a plan with one good file plus `bad`, expects `reason` for `path`, and checks that
    /// the good file was not written.
    func expectRefusal(
        in dir: ScratchDirectory, bad: [OutputFile], owned: [String] = [], path: String, reason: OutputError.Reason,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let good = OutputFile(path: dir.url("Good/good.txt"), text: "good\n")
        let plan = OutputPlan(files: [good] + bad, ownedDirectories: owned)
        #expect(throws: OutputError(path: path, reason: reason), sourceLocation: sourceLocation) {
            try OutputWriter.write(plan)
        }
        #expect(!dir.exists("Good"), "nothing may be written", sourceLocation: sourceLocation)
    }

    @Test func symbolicLinkTargetIsNeverFollowed() throws {
        let dir = try ScratchDirectory()
        try dir.write("real.txt", "precious\n")
        try dir.symlink("link.txt", to: dir.url("real.txt"))
        expectRefusal(in: dir, bad: [OutputFile(path: dir.url("link.txt"), text: "x")],
                      path: dir.url("link.txt"), reason: .symbolicLink)
        #expect(dir.text("real.txt") == "precious\n")
        #expect(throws: OutputError.self) { try OutputWriter.write(OutputPlan(files: [OutputFile(path: dir.url("link.txt"), text: "x")])) }
    }

    @Test func danglingSymbolicLinkTargetIsRefused() throws {
        let dir = try ScratchDirectory()
        try dir.symlink("link.txt", to: dir.url("nowhere.txt"))
        expectRefusal(in: dir, bad: [OutputFile(path: dir.url("link.txt"), text: "x")],
                      path: dir.url("link.txt"), reason: .symbolicLink)
        #expect(!dir.exists("nowhere.txt"))
    }

    @Test func directoryTargetIsRefused() throws {
        let dir = try ScratchDirectory()
        try dir.makeDirectory("Gen/A.swift")
        expectRefusal(in: dir, bad: [OutputFile(path: dir.url("Gen/A.swift"), text: "x")],
                      path: dir.url("Gen/A.swift"), reason: .directory)
    }

    @Test func ownedFolderThatIsAFileIsRefused() throws {
        let dir = try ScratchDirectory()
        try dir.write("Gen", "a file\n")
        expectRefusal(in: dir, bad: [], owned: [dir.url("Gen")], path: dir.url("Gen"), reason: .notADirectory)
        #expect(dir.text("Gen") == "a file\n")
    }

    @Test func ownedFolderThatIsASymbolicLinkIsRefused() throws {
        let dir = try ScratchDirectory()
        try dir.write("Elsewhere/keep.txt", "keep\n")
        try dir.symlink("Gen", to: dir.url("Elsewhere"))
        expectRefusal(in: dir, bad: [], owned: [dir.url("Gen")], path: dir.url("Gen"), reason: .symbolicLink)
        #expect(dir.text("Elsewhere/keep.txt") == "keep\n")
    }

    @Test func fileOnTheWayToATargetIsRefused() throws {
        let dir = try ScratchDirectory()
        try dir.write("Gen", "a file\n")
        expectRefusal(in: dir, bad: [OutputFile(path: dir.url("Gen/Sub/A.swift"), text: "x")],
                      path: dir.url("Gen"), reason: .notADirectory)
    }

    @Test func symbolicLinkFolderInsideAnOwnedFolderIsRefused() throws {
        let dir = try ScratchDirectory()
        try dir.makeDirectory("Elsewhere")
        try dir.makeDirectory("Gen")
        try dir.symlink("Gen/Sub", to: dir.url("Elsewhere"))
        expectRefusal(in: dir, bad: [OutputFile(path: dir.url("Gen/Sub/A.swift"), text: "x")], owned: [dir.url("Gen")],
                      path: dir.url("Gen/Sub"), reason: .symbolicLink)
        #expect(dir.listing("Elsewhere").isEmpty)
    }

    @Test func planListingAPathTwiceIsRefused() throws {
        let dir = try ScratchDirectory()
        expectRefusal(in: dir, bad: [OutputFile(path: dir.url("x"), text: "1"), OutputFile(path: dir.url("./x"), text: "2")],
                      path: dir.url("x"), reason: .listedTwice)
    }

    @Test func planListingAFileAndSomethingInsideItIsRefused() throws {
        let dir = try ScratchDirectory()
        expectRefusal(in: dir, bad: [OutputFile(path: dir.url("x"), text: "1"), OutputFile(path: dir.url("x/y"), text: "2")],
                      path: dir.url("x"), reason: .conflictsWith(dir.url("x/y")))
        expectRefusal(in: dir, bad: [OutputFile(path: dir.url("Gen"), text: "1")], owned: [dir.url("Gen")],
                      path: dir.url("Gen"), reason: .conflictsWith(dir.url("Gen")))
    }

    @Test func rootAndEmptyPathsAreRefused() throws {
        let dir = try ScratchDirectory()
        expectRefusal(in: dir, bad: [], owned: ["/"], path: "/", reason: .invalidPath)
        expectRefusal(in: dir, bad: [OutputFile(path: "", text: "x")], path: "", reason: .invalidPath)
    }

    /// Root ignores permission bits, so this runs only for ordinary users.
    @Test(.enabled(if: geteuid() != 0)) func unwritableFolderIsPermissionDenied() throws {
        let dir = try ScratchDirectory()
        try dir.write("Locked/A.txt", "old\n")
        chmod(dir.url("Locked"), 0o555)
        expectRefusal(in: dir, bad: [OutputFile(path: dir.url("Locked/A.txt"), text: "new\n")],
                      path: dir.url("Locked"), reason: .permissionDenied)
        #expect(dir.text("Locked/A.txt") == "old\n")
    }

    @Test func errorDescriptionsNameThePathAndTheReason() {
        #expect(OutputError.system("open", path: "Gen/A.swift", errno: EACCES).description == "Gen/A.swift: permission denied")
        #expect(OutputError(path: "Gen/A.swift", reason: .symbolicLink).description == "Gen/A.swift: is a symbolic link; refusing to follow it")
        #expect(OutputError(path: "Gen", reason: .notADirectory).description == "Gen: is not a directory")
        #expect(OutputError.system("rename", path: "p", errno: ENOSPC).description == "p: rename failed: No space left on device")
    }
}
