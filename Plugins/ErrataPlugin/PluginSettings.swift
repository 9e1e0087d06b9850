import Foundation

/// The optional `errata.yml` in a target folder that uses the plugin:
///
/// ```yaml
/// typePrefix: HuaweiOCR   # optional; default: from the spec's file name (one spec per target only)
/// accessLevel: internal   # optional; public (default), package or internal
/// style: enum             # optional; struct (default) or enum
/// fixtures: true          # optional; also generate <Prefix>ErrorFixtures.swift (sample bodies)
/// runtime: embedded       # optional; shared (default: imports ErrataRuntime) or embedded (its own copy)
/// ```
///
/// Only these `key: value` lines (and comments) are allowed; anything else is an error. The
/// plugin passes the values to `errata` as options, so it alone decides the output file names.
struct PluginSettings {
    static let fileName = "errata.yml"
    static let accessLevels = ["public", "package", "internal"]
    static let styles = ["struct", "enum"]
    static let runtimes = ["shared", "embedded"]

    var exists = false
    var typePrefix: String?
    var accessLevel = "public"
    var style = "struct"
    var fixtures = false
    var runtime = "shared"

    static func read(_ url: URL) throws -> PluginSettings {
        var settings = PluginSettings()
        guard FileManager.default.fileExists(atPath: url.path) else { return settings }
        settings.exists = true
        let text = try String(contentsOf: url, encoding: .utf8)
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = uncommented(rawLine).trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line == "---" { continue }
            let at = "\(url.path):\(index + 1):1: error:"
            guard let colon = line.firstIndex(of: ":") else { throw PluginError("\(at) expected 'key: value'") }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = unquoted(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            switch key {
            case "typePrefix" where !value.isEmpty:
                settings.typePrefix = value
            case "accessLevel" where accessLevels.contains(value):
                settings.accessLevel = value
            case "accessLevel":
                throw PluginError("\(at) accessLevel must be one of: \(accessLevels.joined(separator: ", "))")
            case "style" where styles.contains(value):
                settings.style = value
            case "style":
                throw PluginError("\(at) style must be one of: \(styles.joined(separator: ", "))")
            case "fixtures" where value == "true" || value == "false":
                settings.fixtures = value == "true"
            case "fixtures":
                throw PluginError("\(at) fixtures must be true or false")
            case "runtime" where runtimes.contains(value):
                settings.runtime = value
            case "runtime":
                throw PluginError("\(at) runtime must be one of: \(runtimes.joined(separator: ", "))")
            case "catalogs", "owns":
                throw PluginError("\(at) a target's errata.yml holds plugin settings (typePrefix, accessLevel), not catalogs; see README.md")
            default:
                throw PluginError("\(at) unknown or empty key '\(key)'; allowed: typePrefix, accessLevel, style, fixtures, runtime")
            }
        }
        return settings
    }

    private static func uncommented(_ line: Substring) -> Substring {
        if line.hasPrefix("#") { return "" }
        guard let hash = line.range(of: " #") else { return line }
        return line[..<hash.lowerBound]
    }

    private static func unquoted(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
