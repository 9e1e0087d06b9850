import ErrataModel
import ErrataRenderers
import Foundation

/// Rendered and lexed reference catalogs, kept by catalog.
///
/// A reference catalog depends only on the input's shape (how many codes, variants, modules,
/// which statuses and flags), and fuzzed inputs repeat shapes, so its Swift is rendered and lexed
/// once per shape instead of once per input. Bounded: emptied when it holds 4,096 shapes.
final class ReferenceRenderings: @unchecked Sendable {
    struct File {
        let file: RenderedFile
        let lexed: SwiftSourceLexer
    }

    static let shared = ReferenceRenderings()

    private let lock = NSLock()
    private var cache: [Catalog: [File]] = [:]

    /// The reference's files, or nil when it does not render.
    func files(for reference: Catalog) -> [File]? {
        if let hit = lock.withLock({ cache[reference] }) { return hit }
        guard let rendered = try? SwiftRenderer.render(CatalogValidator.validate(reference), options: SwiftOutputChecks.options) else { return nil }
        let files = rendered.map { File(file: $0, lexed: SwiftSourceLexer($0.contents)) }
        lock.withLock {
            if cache.count >= 4096 { cache.removeAll(keepingCapacity: true) }
            cache[reference] = files
        }
        return files
    }
}
