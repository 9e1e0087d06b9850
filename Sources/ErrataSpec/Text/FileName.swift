/// The name parts of a `/`-separated path: what the front door guesses a format and names a
/// service from, and what the configuration names a spec's outputs after.
public enum FileName {
    /// The file name without its folder and last extension: `spec/huawei-ocr.yaml` → `huawei-ocr`
    /// (a leading dot is no extension: `.errata` stays `.errata`).
    public static func stem(_ path: String) -> String {
        let (file, dot) = fileAndDot(path)
        guard let dot else { return file }
        return String(file[..<dot])
    }

    /// The name a spec's outputs are named after: its stem, without the `.errata` of the
    /// build-tool plugin's `*.errata.yaml` names (`Sources/App/acme-lb.errata.yaml` → `acme-lb`).
    public static func specName(_ path: String) -> String {
        let stem = stem(path)
        return stem.hasSuffix(".errata") && stem.count > ".errata".count ? String(stem.dropLast(".errata".count)) : stem
    }

    /// The lower-cased extension of the file name, or "" when it has none: `Errors.MD` → `md`.
    public static func lowercasedExtension(_ path: String) -> String {
        let (file, dot) = fileAndDot(path)
        guard let dot else { return "" }
        return file[file.index(after: dot)...].lowercased()
    }

    /// The last path component, and the index of its last `.` unless it is the first character.
    private static func fileAndDot(_ path: String) -> (file: String, dot: String.Index?) {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return (file, nil) }
        return (file, dot)
    }
}
