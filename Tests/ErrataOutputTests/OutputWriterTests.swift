@testable import ErrataOutput
import Foundation
import Testing

@Suite struct OutputWriterTests {
    @Test func createsFilesAndMissingFoldersWithMode0644() throws {
        let dir = try ScratchDirectory()
        let plan = OutputPlan(files: [
            OutputFile(path: dir.url("Gen/Deep/A.swift"), text: "a\n"),
            OutputFile(path: dir.url("Gen/B.md"), text: "b\n"),
        ], ownedDirectories: [dir.url("Gen")])
        let report = try OutputWriter.write(plan)
        #expect(report.written == [dir.url("Gen/B.md"), dir.url("Gen/Deep/A.swift")])
        #expect(report.unchanged.isEmpty && report.removed.isEmpty)
        #expect(dir.text("Gen/Deep/A.swift") == "a\n")
        #expect(dir.text("Gen/B.md") == "b\n")
        #expect(dir.mode("Gen/Deep/A.swift") == 0o644)
        #expect(dir.temporaryFiles().isEmpty)
    }

    @Test func identicalFilesAreNotTouched() throws {
        let dir = try ScratchDirectory()
        try dir.write("Gen/A.swift", "same\n")
        try dir.write("Gen/B.swift", "old\n")
        dir.backdate("Gen/A.swift")
        dir.backdate("Gen/B.swift")
        let plan = OutputPlan(files: [
            OutputFile(path: dir.url("Gen/A.swift"), text: "same\n"),
            OutputFile(path: dir.url("Gen/B.swift"), text: "new\n"),
        ], ownedDirectories: [dir.url("Gen")])
        let report = try OutputWriter.write(plan)
        #expect(report.unchanged == [dir.url("Gen/A.swift")])
        #expect(report.written == [dir.url("Gen/B.swift")])
        #expect(dir.modificationSeconds("Gen/A.swift") == 1_000_000_000)
        #expect(dir.modificationSeconds("Gen/B.swift") != 1_000_000_000)
        let again = try OutputWriter.write(plan)
        #expect(again.changedNothing)
        #expect(again.unchanged == [dir.url("Gen/A.swift"), dir.url("Gen/B.swift")])
    }

    @Test func replacingKeepsTheExistingMode() throws {
        let dir = try ScratchDirectory()
        try dir.write("script.sh", "old\n")
        chmod(dir.url("script.sh"), 0o751)
        _ = try OutputWriter.write(OutputPlan(files: [OutputFile(path: dir.url("script.sh"), text: "new\n")]))
        #expect(dir.text("script.sh") == "new\n")
        #expect(dir.mode("script.sh") == 0o751)
    }

    @Test func removesOrphansRecursivelyAndTheFoldersTheyEmptied() throws {
        let dir = try ScratchDirectory()
        try dir.write("Gen/Keep.swift", "keep\n")
        try dir.write("Gen/Old.swift", "orphan\n")
        try dir.write("Gen/Nested/Deeper/Stale.json", "{}\n")
        try dir.write("Gen/.DS_Store", "finder\n")
        try dir.makeDirectory("Gen/EmptyBefore")
        try dir.write("Outside/Other.swift", "not ours\n")
        try dir.symlink("Gen/Link", to: dir.url("Outside/Other.swift"))
        let plan = OutputPlan(files: [OutputFile(path: dir.url("Gen/Keep.swift"), text: "keep\n")],
                              ownedDirectories: [dir.url("Gen")])
        let report = try OutputWriter.write(plan)
        #expect(report.removed == [dir.url("Gen/Link"), dir.url("Gen/Nested/Deeper/Stale.json"), dir.url("Gen/Old.swift")])
        #expect(dir.listing("Gen") == [".DS_Store", "Keep.swift"])
        #expect(!dir.exists("Gen/Nested"))
        #expect(dir.exists("Gen/EmptyBefore"))
        #expect(dir.text("Outside/Other.swift") == "not ours\n")
        #expect(try DriftChecker.check(plan).isInSync)
    }

    @Test func ownedFolderThatDoesNotExistYetIsFine() throws {
        let dir = try ScratchDirectory()
        let plan = OutputPlan(files: [], ownedDirectories: [dir.url("Nowhere")])
        #expect(try OutputWriter.write(plan) == WriteReport())
        #expect(!dir.exists("Nowhere"))
    }

    @Test func sweepsLeftoverTemporaryFiles() throws {
        let dir = try ScratchDirectory()
        try dir.write("Gen/.A.swift.errata-tmp-0123456789abcdef", "torn")
        try dir.write("Gen/Sub/.Gone.swift.errata-tmp-fedcba9876543210", "torn")
        try dir.write("Docs/.README.md.errata-tmp-00000000000000ff", "torn")
        try dir.write("Docs/.other.errata-tmp-00000000000000ff", "someone else's")
        try dir.write("Docs/.README.md.errata-tmp-notours", "not a temp name")
        let plan = OutputPlan(files: [
            OutputFile(path: dir.url("Gen/A.swift"), text: "a\n"),
            OutputFile(path: dir.url("Docs/README.md"), text: "r\n"),
        ], ownedDirectories: [dir.url("Gen")])
        let report = try OutputWriter.write(plan)
        #expect(report.removed == [
            dir.url("Docs/.README.md.errata-tmp-00000000000000ff"),
            dir.url("Gen/.A.swift.errata-tmp-0123456789abcdef"),
            dir.url("Gen/Sub/.Gone.swift.errata-tmp-fedcba9876543210"),
        ])
        #expect(dir.listing("Gen") == ["A.swift"])
        #expect(dir.listing("Docs") == [".README.md.errata-tmp-notours", ".other.errata-tmp-00000000000000ff", "README.md"])
    }

    @Test func reportsAreSortedWhateverThePlanOrder() throws {
        let dir = try ScratchDirectory()
        let names = ["z.txt", "a.txt", "m/b.txt", "B.txt"]
        let plan = OutputPlan(files: names.map { OutputFile(path: dir.url($0), text: $0) })
        let report = try OutputWriter.write(plan)
        #expect(report.written == names.map(dir.url).sorted())
        #expect(try OutputWriter.write(plan).unchanged == names.map(dir.url).sorted())
    }

    @Test func pathsAreNormalizedInReports() throws {
        let dir = try ScratchDirectory()
        let report = try OutputWriter.write(OutputPlan(files: [OutputFile(path: dir.path + "//Gen/./x/../A.txt", text: "a")]))
        #expect(report.written == [dir.url("Gen/A.txt")])
        #expect(dir.text("Gen/A.txt") == "a")
    }

    @Test func writesAnEmptyFile() throws {
        let dir = try ScratchDirectory()
        _ = try OutputWriter.write(OutputPlan(files: [OutputFile(path: dir.url("empty"), contents: [])]))
        #expect(dir.read("empty") == [])
    }
}
