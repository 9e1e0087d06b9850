import ErrataModel

/// Updates a spec's catalog from a newer reading of the documentation page.
///
/// The page decides the codes, their modules, messages, descriptions, solutions, statuses and
/// the notes; the spec keeps everything people added by hand: the service name, source URL,
/// module and entry `swiftName`s, `deprecated`, `retryable` and `remarks`, and its error body
/// format unless that is still the default one (then the format the page's samples show, if any).
public enum SpecMerge {
    public static func merge(spec: Catalog, page: Catalog, source: String?) -> Catalog {
        var merged = page
        merged.service = spec.service
        merged.source = source ?? spec.source ?? page.source
        if spec.errorBody != [.default] { merged.errorBody = spec.errorBody }
        let specModules = Dictionary(spec.modules.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        merged.modules = page.modules.map { module in
            var module = module
            module.swiftName = specModules[module.name]?.swiftName ?? module.swiftName
            return module
        }
        let specEntries = Dictionary(spec.entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        merged.entries = page.entries.map { entry in
            var entry = entry
            entry.location = nil
            guard let kept = specEntries[entry.code] else { return entry }
            entry.swiftName = kept.swiftName
            entry.deprecated = kept.deprecated
            entry.retryable = kept.retryable
            entry.remarks = kept.remarks
            return entry
        }
        return merged
    }
}
