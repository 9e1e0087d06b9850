import Foundation

/// Which files are specs, and what the generator makes of each: the one rule both plugins follow.
///
/// This folder holds the plugins' shared sources; each plugin folder links it (`PluginsShared`),
/// since a plugin cannot import a library target. `TypePrefix.swift` here links the generator's own
/// file, so the plugins name types exactly as `errata generate` does.
enum SpecFiles {
    /// A target's files whose names end with this are specs.
    static let suffix = ".errata.yaml"

    /// Whether a file (a URL or a path) is a spec.
    static func isSpec(_ path: String) -> Bool {
        path.hasSuffix(suffix)
    }

    /// `Sources/App/huawei-ocr.errata.yaml` → `huawei-ocr`.
    static func stem(ofPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return isSpec(name) ? String(name.dropLast(suffix.count)) : name
    }

    /// `huawei-ocr.errata.yaml` → `huawei-ocr`.
    static func stem(of spec: URL) -> String {
        stem(ofPath: spec.lastPathComponent)
    }

    /// The type prefix when the settings give none: the generator's rule (`TypePrefix`), e.g.
    /// `huawei-ocr.errata.yaml` → `HuaweiOcr`.
    static func typePrefix(for spec: URL) -> String {
        TypePrefix.derived(fromSpec: spec.lastPathComponent)
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
    static func swiftFileNames(typePrefix: String, fixtures: Bool = false, embeddedRuntime: Bool = false) -> [String] {
        ["Error", "ErrorBody", "ErrorCode", "ErrorInfo", "ErrorTable", "Module"].map { typePrefix + $0 + ".swift" }
            + (fixtures ? [typePrefix + "ErrorFixtures.swift"] : [])
            + (embeddedRuntime ? runtimeFileNames.map { typePrefix + $0 } : [])
    }

    /// The runtime's source files (`Sources/ErrataRuntime` and its `Core` folder), which the
    /// embedded runtime mode writes with the type prefix in front
    /// (Tests/ErrataRenderersTests/SwiftFileNamesTests.swift guards the list).
    static let runtimeFileNames = [
        "ErrataBody.swift", "ErrataBodyFormat.swift", "ErrataBodyValue.swift", "ErrataCode.swift",
        "ErrataCodeRecord.swift", "ErrataCodeTable.swift", "ErrataColumn.swift", "ErrataError.swift",
        "ErrataErrorInfo.swift", "ErrataFoundationTexts.swift", "ErrataLocalization.swift",
        "ErrataMessageTemplate.swift", "ErrataRuntimeVersion.swift", "ErrataService.swift",
        "ErrataServiceError.swift", "ErrataStates.swift",
    ]
}

/// A problem with a plugin's inputs or arguments, shown by SwiftPM as the build's or command's error.
struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
