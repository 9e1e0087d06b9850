/// The page's explicit anchors (`<a id="…"></a>`): unique, stable, ASCII-only.
///
/// An anchor is a slug of its source text: ASCII letters lowercased, ASCII digits kept, every other
/// run of ASCII characters one `-`, every non-ASCII scalar its lowercase hex value between `-`
/// (`AIS.0101` → `ais-0101`, `错误` → `9519-8bef`), leading and trailing `-` dropped; an empty slug
/// becomes `code` (or `module`).
///
/// Uniqueness, deterministically: fixed section anchors are taken first, then module anchors
/// (`module-<slug>`), then code anchors. A code whose slug nobody else wants gets it as is. When several
/// codes share a slug (`AIS.0101`, `ais.0101`), the first in document order keeps it and the others get
/// `-2`, `-3`, …, skipping any anchor already taken.
struct MarkdownAnchors {
    /// Anchors of the page's fixed sections; no code or module may take them.
    static let fixed = ["codes", "contents", "error-body-format", "notes", "other-codes"]

    /// Anchor of each module, by index in `Catalog.modules`.
    private(set) var modules: [String] = []
    /// Anchor of each entry, by index in `Catalog.entries`.
    private(set) var entries: [String] = []

    init(moduleNames: [String], codes: [String]) {
        var taken = Set(Self.fixed)
        modules = Self.allocate(moduleNames.map { "module-" + Self.slug($0, empty: "module") }, taken: &taken)
        entries = Self.allocate(codes.map { Self.slug($0, empty: "code") }, taken: &taken)
    }

    /// Gives each wanted anchor to its first claimant when free; everyone else gets the next free suffix.
    private static func allocate(_ wanted: [String], taken: inout Set<String>) -> [String] {
        var result = [String?](repeating: nil, count: wanted.count)
        var firstClaimant: [String: Int] = [:]
        for (index, anchor) in wanted.enumerated() where firstClaimant[anchor] == nil {
            firstClaimant[anchor] = index
        }
        for (anchor, index) in firstClaimant where !taken.contains(anchor) {
            result[index] = anchor
        }
        taken.formUnion(result.compactMap { $0 })
        for (index, anchor) in wanted.enumerated() where result[index] == nil {
            var suffix = 2
            while taken.contains("\(anchor)-\(suffix)") { suffix += 1 }
            result[index] = "\(anchor)-\(suffix)"
            taken.insert("\(anchor)-\(suffix)")
        }
        return result.map { $0! }
    }

    /// The slug of `text` (see the type's documentation).
    static func slug(_ text: String, empty: String) -> String {
        var parts: [String] = []
        var current = ""
        func endPart() {
            if !current.isEmpty { parts.append(current) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A:
                current.unicodeScalars.append(scalar)
            case 0x41...0x5A:
                current.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0...0x7F:
                endPart()
            default:
                endPart()
                parts.append(String(scalar.value, radix: 16))
            }
        }
        endPart()
        return parts.isEmpty ? empty : parts.joined(separator: "-")
    }
}
