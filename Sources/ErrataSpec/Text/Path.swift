import Foundation

/// Small, platform-neutral path arithmetic on `/`-separated strings, never touching the file
/// system (symlinks are not resolved).
public enum Path {
    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || base.isEmpty || base == "." { return normalize(relative) }
        return normalize(base.hasSuffix("/") ? base + relative : base + "/" + relative)
    }

    /// Removes `.` components and duplicate slashes, and a folder followed by `..`
    /// (`spec/../pages/a.md` → `pages/a.md`); a leading `..` stays.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute, parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// `path` as seen from `directory` (both relative to `workingDirectory`, or absolute):
    /// `relative("pages/a.md", from: "spec")` is `../pages/a.md`.
    public static func relative(
        _ path: String, from directory: String, workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String {
        let target = normalize(path.hasPrefix("/") ? path : join(workingDirectory, path)).split(separator: "/")
        let base = normalize(directory.hasPrefix("/") ? directory : join(workingDirectory, directory)).split(separator: "/")
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Whether `location` is an http or https URL rather than a path.
    public static func isURL(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}

/// A spec's `source:` (and each locale's): a URL, or a path relative to the spec's folder, as
/// every other path a spec or errata.yml holds (docs/spec-format.md).
public enum SpecSource {
    /// The page `source` names, as a URL or a path usable from the working directory.
    public static func location(_ source: String, inSpecAt spec: String) -> String {
        if Path.isURL(source) || source.hasPrefix("/") { return source }
        return Path.join(Path.directory(of: spec), source)
    }

    /// What a spec at `spec` records for a page given on the command line as `input`: a URL or
    /// an absolute path as it is, a relative path from the spec's folder.
    public static func recorded(_ input: String, forSpecAt spec: String) -> String {
        if Path.isURL(input) || input.hasPrefix("/") { return input }
        return Path.relative(input, from: Path.directory(of: spec))
    }
}
