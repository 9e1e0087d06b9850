import Foundation
import Testing

/// `errata generate` and `errata check` end to end, through the built executable.
@Suite struct GenerateCheckTests {
    @Test func generateThenCheckIsInSyncAndSecondGenerateWritesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = try workspace.run("generate")
        #expect(first.status == 0, "\(first.stderr)")
        let files = try workspace.generatedFiles()
        #expect(files.contains("Generated/Swift/HuaweiOCRErrorCode.swift"))
        #expect(files.contains("Generated/Docs/huawei-ocr.md"))
        #expect(files.contains("Generated/Fixtures/huawei-ocr/index.json"))
        #expect(files.filter { $0.hasPrefix("Generated/Fixtures/") }.count == 47 + 1)

        let before = try workspace.modificationDates()
        Thread.sleep(forTimeInterval: 0.05)
        let second = try workspace.run("generate")
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 written"), "\(second.stdout)")
        #expect(try workspace.modificationDates() == before)

        let check = try workspace.run("check")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func oneChangedByteInAnyGeneratedFileIsDrift() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("generate").status == 0)
        for file in try workspace.generatedFiles() {
            let url = workspace.url(file)
            let original = try Data(contentsOf: url)
            var changed = original
            let index = changed.index(changed.startIndex, offsetBy: changed.count / 2)
            changed[index] = changed[index] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
            try changed.write(to: url)
            let check = try workspace.run("check")
            #expect(check.status == 1, "\(file) changed but check said \(check.stdout)")
            #expect(check.stdout.contains(file), "\(check.stdout)")
            try original.write(to: url)
        }
        #expect(try workspace.run("check").status == 0)
    }

    @Test func deletedAndStrayFilesAreDrift() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("generate").status == 0)

        try FileManager.default.removeItem(at: workspace.url("Generated/Docs/huawei-ocr.md"))
        let missing = try workspace.run("check")
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("Generated/Docs/huawei-ocr.md"))
        #expect(try workspace.run("generate").status == 0)

        for stray in ["Generated/stray.txt", "Generated/Swift/Old.swift", "Generated/Fixtures/huawei-ocr/AIS.9999.json"] {
            try Data("stray\n".utf8).write(to: workspace.url(stray))
            let check = try workspace.run("check")
            #expect(check.status == 1, "\(stray) not reported")
            #expect(check.stdout.contains(stray), "\(check.stdout)")
            #expect(try workspace.run("generate").status == 0)
            #expect(!FileManager.default.fileExists(atPath: workspace.url(stray).path), "generate keeps the orphan \(stray)")
        }
        #expect(try workspace.run("check").status == 0)
    }

    @Test func editedSpecMessageIsDrift() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("generate").status == 0)
        let specURL = workspace.url("spec/huawei-ocr.yaml")
        let spec = try String(contentsOf: specURL, encoding: .utf8)
        try spec.replacingOccurrences(of: "message: Recognition failed.", with: "message: Recognition failed!")
            .write(to: specURL, atomically: true, encoding: .utf8)
        let check = try workspace.run("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains("Recognition failed!"), "the diff shows the new message")
    }

    @Test func badSpecExitsTwoWithPositionAndWritesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let specURL = workspace.url("spec/huawei-ocr.yaml")
        let spec = try String(contentsOf: specURL, encoding: .utf8)
        try spec.replacingOccurrences(of: "  message: Recognition failed.", with: "  mesage: Recognition failed.")
            .write(to: specURL, atomically: true, encoding: .utf8)
        let result = try workspace.run("generate")
        #expect(result.status == 2)
        #expect(result.stderr.contains("spec/huawei-ocr.yaml:"))
        #expect(result.stderr.contains(": error: unknown key 'mesage'"))
        #expect(try workspace.generatedFiles().isEmpty)
        #expect(try workspace.run("check").status == 2)
    }

    @Test func singleSpecOptionsNeedNoConfiguration() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.removeItem(at: workspace.url("errata.yml"))
        let result = try workspace.run("generate", "--spec", "spec/huawei-ocr.yaml", "--output", "Out", "--type-prefix", "OCR")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.url("Out/Swift/OCRErrorCode.swift").path))
        #expect(try workspace.run("check", "--spec", "spec/huawei-ocr.yaml", "--output", "Out", "--type-prefix", "OCR").status == 0)
        #expect(try workspace.run("check").status == 2, "no errata.yml")
        #expect(try workspace.run("generate", "--spec", "spec/huawei-ocr.yaml").status == 2, "--spec without --output")
    }

    @Test func repositoryGeneratedFolderIsInSync() throws {
        let result = try ErrataCLI.run(["check", "--quiet"], in: ErrataCLI.repoRoot)
        #expect(result.status == 0, "Generated/ drifted from spec/: run `swift run errata generate`\n\(result.stdout)")
    }
}
