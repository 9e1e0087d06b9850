import ErrataModel
import ErrataOutput
import ErrataSpec
import ErrataRenderers

/// Renders every output of a configuration in memory: the plan that `generate` writes and `check` compares.
///
/// Each spec is read and validated by `CatalogStage`, once, before any renderer runs; its warnings (and
/// the renderers') come back with the plan, errors are thrown all at once and nothing is written.
public enum CatalogRendering {
    public struct Result: Sendable {
        public var plan: OutputPlan
        public var warnings: [Diagnostic]
    }

    public static func render(_ config: ErrataConfig) throws -> Result {
        var files: [OutputFile] = []
        var owned: [String] = []
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        // A spec several catalogs generate from (e.g. its library in both runtime modes) is read,
        // and its warnings or errors reported, once.
        var read: [String: ValidatedCatalog] = [:]
        var unreadable: Set<String> = []
        for catalogConfig in config.catalogs {
            let path = config.resolve(catalogConfig.spec)
            if unreadable.contains(path) { continue }
            do {
                let catalog: ValidatedCatalog
                if let known = read[path] {
                    catalog = known
                } else {
                    unreadable.insert(path)
                    catalog = try CatalogStage().spec(at: path)
                    unreadable.remove(path)
                    read[path] = catalog
                    warnings += catalog.warnings
                }
                let rendered = try render(catalog, catalogConfig, warnings: &warnings)
                for (folder, file) in rendered {
                    files.append(OutputFile(path: Path.join(config.resolve(folder), file.path), text: file.contents))
                }
                owned += catalogConfig.outputFolders.map(config.resolve)
            } catch let error as Diagnostics {
                problems += error.items
            } catch let error as Diagnostic {
                problems.append(error)
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        try checkNoFileTwice(files)
        owned += config.owns.map(config.resolve)
        return Result(plan: OutputPlan(files: files, ownedDirectories: Array(Set(owned)).sorted()), warnings: warnings)
    }

    /// Each rendered file with the output folder it belongs in.
    static func render(
        _ catalog: ValidatedCatalog, _ config: CatalogConfig, warnings: inout [Diagnostic]
    ) throws -> [(String, RenderedFile)] {
        var result: [(String, RenderedFile)] = []
        if let swift = config.swift {
            let options = SwiftRenderOptions(
                typePrefix: swift.typePrefix ?? TypePrefix.derived(fromSpec: config.spec),
                accessLevel: swift.accessLevel,
                specPath: config.spec,
                style: swift.style,
                fixtures: swift.fixtures,
                buildTime: swift.buildTime,
                runtime: swift.runtime)
            let swiftFiles = try SwiftRenderer.renderWithWarnings(catalog, options: options)
            warnings += swiftFiles.warnings
            result += swiftFiles.files.map { (swift.output, $0) }
        }
        if let docs = config.docs {
            let options = MarkdownRenderOptions(baseName: config.name, specPath: config.spec)
            result += try MarkdownRenderer.render(catalog, options: options).map { (docs, $0) }
        }
        if let fixtures = config.fixtures {
            result += try FixturesRenderer.render(catalog, options: FixturesRenderOptions(baseName: config.name)).map { (fixtures, $0) }
        }
        return result
    }

    /// Two catalogs must not write the same file.
    private static func checkNoFileTwice(_ files: [OutputFile]) throws {
        var seen = Set<String>()
        let twice = files.map(\.path).filter { !seen.insert($0).inserted }
        guard twice.isEmpty else {
            throw Diagnostic.error("two catalogs write the same file: \(twice.sorted().joined(separator: ", ")); give them different names or type prefixes")
        }
    }
}

extension CatalogConfig {
    /// Folders this catalog's outputs live in; errata owns them (stray files there are drift).
    var outputFolders: [String] {
        [swift?.output, docs, fixtures].compactMap { $0 }
    }
}
