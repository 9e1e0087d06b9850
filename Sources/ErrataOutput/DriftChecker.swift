/// Compares an ``OutputPlan`` with the disk without writing anything.
public enum DriftChecker {
    /// Reports every listed file that is missing or whose bytes differ (with a unified diff from
    /// the disk to the plan), and every orphan in owned folders, including leftover temporary
    /// files. A listed path that is a symbolic link, directory or special file counts as changed,
    /// whatever it points to. Comparison is byte-exact: line endings and a final newline count.
    ///
    /// - Throws: ``OutputError`` when the disk cannot be read (`permission denied`), when an owned
    ///   folder is a file or a symbolic link, or when the plan itself is invalid.
    public static func check(_ plan: OutputPlan) throws -> DriftReport {
        let resolved = try ResolvedPlan(plan)
        var report = DriftReport()
        for file in resolved.files {
            let path = file.path
            switch try FileSystem.kind(of: path.absolute, display: path.display) {
            case .missing:
                report.missing.append(path.display)
            case .regular:
                let current = try FileSystem.readFile(path.absolute, display: path.display)
                if current != file.contents {
                    report.changed.append(.init(path: path.display, difference: difference(current, file.contents, path.display)))
                }
            case .symbolicLink:
                report.changed.append(.init(path: path.display, difference: .notARegularFile(kind: "symbolic link")))
            case .directory:
                report.changed.append(.init(path: path.display, difference: .notARegularFile(kind: "directory")))
            case .other:
                report.changed.append(.init(path: path.display, difference: .notARegularFile(kind: "special file")))
            }
        }
        report.orphaned = try StrayScanner.strays(in: resolved).map(\.path.display)
        return report
    }

    private static func difference(_ old: [UInt8], _ new: [UInt8], _ path: String) -> DriftReport.Difference {
        guard let oldText = String(validating: old, as: UTF8.self),
              let newText = String(validating: new, as: UTF8.self) else { return .binary }
        return .text(unifiedDiff: UnifiedDiff.diff(old: oldText, new: newText, oldPath: "a/" + path, newPath: "b/" + path))
    }
}
