/// Names of the temporary files a write creates next to its target: `.<name>.errata-tmp-<hex>`.
enum TemporaryFileName {
    static let marker = ".errata-tmp-"

    /// A fresh temporary name for a target file name. Long names are shortened so the result
    /// stays within the 255-byte limit of common file systems.
    static func make(for targetName: String) -> String {
        let hex = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let padded = String(repeating: "0", count: 16 - hex.count) + hex
        return prefix(for: targetName) + padded
    }

    /// The part every temporary name for `targetName` starts with.
    static func prefix(for targetName: String) -> String {
        var name = Substring(targetName)
        while name.utf8.count > 200 { name = name.dropLast() }
        return "." + name + marker
    }

    /// True for any name a write could have used as a temporary file.
    static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix(".") else { return false }
        let random = name.suffix(16)
        return random.count == 16
            && random.allSatisfy { "0123456789abcdef".contains($0) }
            && name.dropLast(16).hasSuffix(marker)
            && name.count > 1 + marker.count + 16
    }
}
