import Foundation

/// Which files are specs, and what the generator makes of each.
enum SpecFiles {
    /// A target's files whose names end with this are specs.
    static let suffix = ".errata.yaml"

    /// `huawei-ocr.errata.yaml` → `huawei-ocr`.
    static func stem(of spec: URL) -> String {
        String(spec.lastPathComponent.dropLast(suffix.count))
    }

    /// The type prefix when the settings give none: the file name's words, capitalised and joined,
    /// ASCII letters and digits only (`huawei-ocr.errata.yaml` → `HuaweiOcr`).
    static func typePrefix(for spec: URL) -> String {
        let words = stem(of: spec).split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = joined.first else { return "API" }
        return first.isNumber ? "API" + joined : joined
    }

    /// The spec's path relative to the package root (`Sources/App/api.errata.yaml`): how the
    /// generated files name it, the same in every checkout folder.
    static func relativePath(of spec: URL, in packageRoot: String) throws -> String {
        let path = spec.standardizedFileURL.path
        let root = packageRoot.hasSuffix("/") ? packageRoot : packageRoot + "/"
        guard path.hasPrefix(root) else {
            throw PluginError("\(path): a spec must be inside the package (\(packageRoot))")
        }
        return String(path.dropFirst(root.count))
    }

    /// The files `errata-build` writes for a type prefix; must match
    /// `SwiftRenderer` (Tests/ErrataRenderersTests/SwiftFileNamesTests.swift guards the list).
    static func swiftFileNames(typePrefix: String, fixtures: Bool = false) -> [String] {
        ["Error", "ErrorBody", "ErrorCode", "ErrorInfo", "ErrorTable", "Module"].map { typePrefix + $0 + ".swift" }
            + (fixtures ? [typePrefix + "ErrorFixtures.swift"] : [])
    }
}
