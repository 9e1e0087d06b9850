@testable import ErrataOutput
import Foundation
import Testing

/// Interrupts a write at every step it takes, by an error and by freezing the disk state there
/// (what a SIGKILL at that moment would leave), and checks that no file is ever torn.
@Suite struct InterruptedWriteTests {
    struct TestError: Error {}

    static let old: [String: String] = [
        "Gen/A.swift": "A old\n", "Gen/B.swift": "B same\n", "Gen/D.swift": String(repeating: "D old\n", count: 5000),
        "Gen/Orphan.swift": "orphan\n", "Docs/E.md": "E old\n",
    ]
    static let new: [String: String] = [
        "Gen/A.swift": "A new\n", "Gen/B.swift": "B same\n", "Gen/Sub/C.swift": "C new\n",
        "Gen/D.swift": String(repeating: "D new\n", count: 5000), "Docs/E.md": "E new\n",
    ]

    static func plan(in root: ScratchDirectory) -> OutputPlan {
        OutputPlan(files: new.keys.sorted().map { OutputFile(path: root.url($0), text: new[$0]!) },
                   ownedDirectories: [root.url("Gen")])
    }

    static func prepare() throws -> ScratchDirectory {
        let dir = try ScratchDirectory()
        for (path, text) in old { try dir.write(path, text) }
        return dir
    }

    static var stepCount: Int {
        get throws {
            let dir = try prepare()
            var steps = 0
            _ = try OutputWriter.write(plan(in: dir)) { _ in steps += 1 }
            return steps
        }
    }

    /// Every planned file holds its old or its new bytes (or is still missing if it was).
    static func expectOldOrNew(in dir: ScratchDirectory, _ context: String) {
        for path in Set(old.keys).union(new.keys).sorted() {
            let current = dir.text(path)
            #expect(current == old[path] || current == new[path], "\(path) is torn \(context)")
        }
    }

    @Test func theScenarioTakesNineSteps() throws {
        #expect(try Self.stepCount == 9) // 4 temporary files written, 4 renames, 1 orphan removed
    }

    @Test func anErrorAtAnyStepLeavesEveryFileOldOrNewAndNoTemporaryFile() throws {
        for failing in 0..<(try Self.stepCount) {
            let dir = try Self.prepare()
            var step = 0
            var renamed = 0
            #expect(throws: TestError.self) {
                try OutputWriter.write(Self.plan(in: dir)) { event in
                    defer { step += 1 }
                    if case .renamed = event { renamed += 1 }
                    if step == failing { throw TestError() }
                }
            }
            Self.expectOldOrNew(in: dir, "after an error at step \(failing)")
            #expect(dir.temporaryFiles().isEmpty, "step \(failing)")
            let newFiles = Self.new.keys.filter { dir.text($0) == Self.new[$0] && Self.old[$0] != Self.new[$0] }
            #expect(newFiles.count == renamed, "only renamed files are new after step \(failing)")

            let report = try OutputWriter.write(Self.plan(in: dir))
            #expect(report.written.count == 4 - renamed)
            #expect(try DriftChecker.check(Self.plan(in: dir)).isInSync)
        }
    }

    @Test func theDiskAtAnyStepIsOldOrNewAndTheNextWriteSweepsTheTemporaryFile() throws {
        let stepCount = try Self.stepCount
        for frozen in 0..<stepCount {
            let dir = try Self.prepare()
            let snapshot = try ScratchDirectory()
            var step = 0
            var pendingTarget: String?
            _ = try OutputWriter.write(Self.plan(in: dir)) { event in
                defer { step += 1 }
                guard step == frozen else { return }
                try FileManager.default.removeItem(atPath: snapshot.path)
                try FileManager.default.copyItem(atPath: dir.path, toPath: snapshot.path)
                if case .temporaryWritten(let target, _) = event { pendingTarget = target }
            }
            Self.expectOldOrNew(in: snapshot, "when frozen at step \(frozen)")
            let temporaries = snapshot.temporaryFiles()
            if let target = pendingTarget {
                let relative = String(target.dropFirst(dir.path.count + 1))
                #expect(temporaries.count == 1, "step \(frozen)")
                #expect(temporaries.first.flatMap(snapshot.text) == Self.new[relative], "temporary file is complete")
            } else {
                #expect(temporaries.isEmpty, "step \(frozen)")
            }
            // Only the last step (the orphan's removal) completes the write.
            #expect(try DriftChecker.check(Self.plan(in: snapshot)).isInSync == (frozen == stepCount - 1))

            let report = try OutputWriter.write(Self.plan(in: snapshot))
            #expect(Set(temporaries.map(snapshot.url)).isSubset(of: report.removed))
            #expect(snapshot.temporaryFiles().isEmpty)
            #expect(try DriftChecker.check(Self.plan(in: snapshot)).isInSync)
        }
    }
}
