import Foundation
import Testing

/// The real documentation pages in `../shared` (`corpus/` and the seed in `seed/`), which live next to
/// the checkout and not in the repository: a plain clone has no `../shared`.
///
/// Tests that read them carry `.requiresSharedPages`, so they are skipped, with a reason, where the pages
/// are absent. With `ERRATA_REQUIRE_SHARED=1` (set by `.ci/run`) they are never skipped: they run, and
/// fail loudly if the pages are missing, so CI cannot lose them silently.
public enum SharedPages {
    /// `../shared/corpus`: the real vendor pages.
    public static let corpus = RepositoryPaths.shared.appendingPathComponent("corpus")

    /// `../shared/seed/000_0ec234a393dc16d5.txt`: the Huawei OCR page as text, the source of `spec/huawei-ocr.yaml`.
    public static let seed = RepositoryPaths.shared.appendingPathComponent("seed/000_0ec234a393dc16d5.txt")

    /// A page of the corpus.
    public static func corpus(_ name: String) -> URL {
        corpus.appendingPathComponent(name)
    }

    /// Whether the pages are there: the corpus folder and the seed.
    public static var available: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: corpus.path, isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.isReadableFile(atPath: seed.path)
    }

    /// Whether the environment demands the pages (`ERRATA_REQUIRE_SHARED=1`): then no test is skipped for their absence.
    public static var required: Bool {
        ProcessInfo.processInfo.environment["ERRATA_REQUIRE_SHARED"] == "1"
    }

    /// Why a test is skipped.
    public static let skipReason: Comment =
        "needs the real documentation pages in ../shared (absent in this checkout; ERRATA_REQUIRE_SHARED=1 makes this a failure)"

    /// Runs the test when the pages are there, or when `ERRATA_REQUIRE_SHARED=1`; skips it otherwise.
    public static let trait: ConditionTrait = .enabled(if: available || required, skipReason)
}

extension Trait where Self == ConditionTrait {
    /// The test reads the real pages in `../shared`: skipped with a reason when they are absent,
    /// unless `ERRATA_REQUIRE_SHARED=1`.
    public static var requiresSharedPages: Self { SharedPages.trait }
}
