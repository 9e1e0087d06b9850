import Foundation
import PackagePlugin

extension SpecFiles {
    /// The specs among a target's source files, sorted by path.
    static func specs(of module: any SourceModuleTarget) -> [URL] {
        module.sourceFiles.map(\.url).filter { isSpec($0.lastPathComponent) }.sorted { $0.path < $1.path }
    }
}
