import ErrataModel

/// Updates a spec's catalog from a newer reading of the documentation page.
///
/// The page decides the codes, their modules, messages, descriptions, solutions, statuses and
/// the notes; the spec keeps everything people added by hand: the service name, source URL,
/// module and entry `swiftName`s, `deprecated`, `retryable` and `remarks`, and its error body
/// format unless that is still the default one (then the format the page's samples show, if any).
/// It also keeps its `language`, its `locales` and the translations of what the page still has:
/// a module's by its name, a row's by the row it is paired with (`VariantMatching`, as `errata
/// diff` pairs rows), a note's by the note with the same label and text, else the same label.
/// (A page that is itself a spec with locales brings its own translations instead.)
public enum SpecMerge {
    public static func merge(spec: Catalog, page: Catalog, source: String?) -> Catalog {
        var merged = page
        merged.service = spec.service
        merged.source = source ?? spec.source ?? page.source
        merged.reading = spec.reading
        if spec.errorBody != [.default] { merged.errorBody = spec.errorBody }
        let keepsTranslations = page.locales.isEmpty
        if keepsTranslations {
            merged.language = spec.language
            merged.locales = spec.locales
        }
        let specModules = Dictionary(spec.modules.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        merged.modules = page.modules.map { module in
            var module = module
            module.swiftName = specModules[module.name]?.swiftName ?? module.swiftName
            if keepsTranslations { module.localized = specModules[module.name]?.localized ?? [:] }
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
            guard keepsTranslations else { return entry }
            for pair in VariantMatching(old: kept.variants, new: entry.variants).pairs {
                entry.variants[pair.new].localized = kept.variants[pair.old].localized
            }
            return entry
        }
        if keepsTranslations { merged.notes = keepingTranslations(of: spec.notes, in: page.notes) }
        return merged
    }

    /// `page`'s notes, each with the translations of the spec note it continues: the first
    /// unpaired one with the same label and text, else with the same label.
    private static func keepingTranslations(of spec: [Note], in page: [Note]) -> [Note] {
        var notes = page
        var taken = Array(repeating: false, count: spec.count)
        var paired = Array(repeating: false, count: page.count)
        for same in [{ (a: Note, b: Note) in a.label == b.label && a.text == b.text }, { $0.label == $1.label }] {
            for index in notes.indices where !paired[index] {
                guard let match = spec.indices.first(where: { !taken[$0] && same(spec[$0], page[index]) }) else { continue }
                taken[match] = true
                paired[index] = true
                notes[index].localized = spec[match].localized
            }
        }
        return notes
    }
}
