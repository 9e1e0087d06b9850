import ErrataModel
import ErrataSpec
import ErrataRenderers
import Foundation
import Yams

/// Reads `errata.yml` (docs/configuration.md). Paths in it are relative to the file's folder, its `root`.
public enum ConfigReader {
    public static let defaultPath = "errata.yml"

    private static let topKeys: Set<String> = ["catalogs", "owns", "allowWarnings"]
    private static let catalogKeys: Set<String> = ["spec", "name", "swift", "docs", "fixtures"]
    private static let swiftKeys: Set<String> = ["output", "typePrefix", "accessLevel", "style", "fixtures", "runtime"]

    public static func read(contentsOf path: String) throws -> ErrataConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error(
                "cannot read the configuration; run from the folder holding errata.yml, pass --config, or use --spec and --output",
                at: SourceLocation(path: path))
        }
        return try read(data: Array(data), path: path)
    }

    public static func read(data: [UInt8], path: String) throws -> ErrataConfig {
        var yaml = YAMLFields(path: path)
        guard let root = try YAMLFields.compose(data, path: path, maximumSize: 1 << 20),
            let top = yaml.mapping(root, topKeys, what: "errata.yml"), let list = top["catalogs"]
        else {
            throw yaml.problems.isEmpty
                ? Diagnostics([.error("errata.yml needs a 'catalogs' list", at: SourceLocation(path: path, line: 1, column: 1))])
                : Diagnostics(yaml.problems)
        }
        var catalogs: [CatalogConfig] = []
        for item in yaml.sequence(list, "catalogs") {
            if let catalog = catalog(item, yaml: &yaml) { catalogs.append(catalog) }
        }
        if catalogs.isEmpty, yaml.problems.isEmpty { yaml.report("'catalogs' is empty", at: list) }
        let owns = top["owns"].map { yaml.sequence($0, "owns").compactMap { yaml.nonEmptyString($0, "owns") } } ?? []
        let allowed = top["allowWarnings"].map { yaml.sequence($0, "allowWarnings").compactMap { warningName($0, yaml: &yaml) } } ?? []
        if !yaml.problems.isEmpty { throw Diagnostics(yaml.problems) }
        return ErrataConfig(root: Path.directory(of: path), catalogs: catalogs, owns: owns, allowWarnings: allowed)
    }

    private static func catalog(_ node: Node, yaml: inout YAMLFields) -> CatalogConfig? {
        guard let fields = yaml.mapping(node, catalogKeys, what: "a catalog"),
            let spec = yaml.requiredString(fields, "spec", in: node)
        else { return nil }
        var swift: CatalogConfig.SwiftOutput?
        if let swiftNode = fields["swift"], let swiftFields = yaml.mapping(swiftNode, swiftKeys, what: "'swift'"),
            let output = yaml.requiredString(swiftFields, "output", in: swiftNode)
        {
            // One typed value per setting: as one expression, the generic `choice` calls with `??`
            // took the type checker seconds (docs/performance.md, "Compiling errata").
            let typePrefix: String? = swiftFields["typePrefix"].flatMap { yaml.optionalString($0, "typePrefix") }
            let accessLevel: AccessLevel = choice(swiftFields["accessLevel"], "accessLevel", yaml: &yaml) ?? .public
            let style: SwiftStyle = choice(swiftFields["style"], "style", yaml: &yaml) ?? .struct
            let fixtures: Bool = swiftFields["fixtures"].flatMap { yaml.bool($0, "fixtures") } ?? false
            let runtime: SwiftRuntimeMode = choice(swiftFields["runtime"], "runtime", yaml: &yaml) ?? .embedded
            swift = CatalogConfig.SwiftOutput(
                output: output, typePrefix: typePrefix, accessLevel: accessLevel, style: style, fixtures: fixtures,
                runtime: runtime)
        }
        let name: String = fields["name"].flatMap { yaml.nonEmptyString($0, "name") } ?? FileName.specName(spec)
        let docs: String? = fields["docs"].flatMap { yaml.nonEmptyString($0, "docs") }
        let fixtures: String? = fields["fixtures"].flatMap { yaml.nonEmptyString($0, "fixtures") }
        return CatalogConfig(spec: spec, name: name, swift: swift, docs: docs, fixtures: fixtures)
    }

    /// A warning's name in `allowWarnings`; an unknown one is reported with the closest name.
    private static func warningName(_ node: Node, yaml: inout YAMLFields) -> Diagnostic.Name? {
        guard let text = yaml.nonEmptyString(node, "allowWarnings") else { return nil }
        do {
            return try Diagnostic.Name(naming: text)
        } catch let problem as Diagnostic {
            yaml.report("allowWarnings: " + problem.message, at: node)
            return nil
        } catch {
            return nil
        }
    }

    /// The value a key names, one of `Value.allCases`; nil when the key is absent (or, reported,
    /// empty or not one of them).
    private static func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node?, _ key: String, yaml: inout YAMLFields
    ) -> Value? where Value.RawValue == String {
        guard let node, let text = yaml.nonEmptyString(node, key) else { return nil }
        guard let value = Value(rawValue: text) else {
            yaml.report("\(key) must be one of: \(Value.allCases.map(\.rawValue).joined(separator: ", "))", at: node)
            return nil
        }
        return value
    }
}
