import ErrataModel
import Foundation

/// What `errata strings import` reads of a String Catalog (`.xcstrings`): its source language and,
/// for each key, the localizations, each with where it stands in the file.
///
/// Members errata has no use for (`version`, `comment`, `extractionState`, `shouldTranslate`,
/// `substitutions`…) are not read; a localization with `variations` (plural or device forms)
/// instead of a `stringUnit` is read as such, so that the import can say it cannot take it.
struct StringCatalogFile {
    struct Entry {
        var key: String
        var keyLocation: SourceLocation
        var localizations: [Localization]
    }

    struct Localization {
        var tag: String
        var tagLocation: SourceLocation
        /// The `stringUnit`, when there is one.
        var unit: StringUnit?
        /// The localization has `variations` (plural, device…).
        var hasVariations: Bool
    }

    struct StringUnit {
        var state: String
        var value: String
        var location: SourceLocation
    }

    var sourceLanguage: String
    var sourceLanguageLocation: SourceLocation
    /// In the file's order.
    var entries: [Entry]

    static func read(contentsOf path: String) throws -> StringCatalogFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.error("cannot read the String Catalog (no such file, or not readable)", at: SourceLocation(path: path))
        }
        return try read(data: Array(data), path: path)
    }

    /// Throws the first syntax error of the JSON, or every problem of its structure at once.
    static func read(data: [UInt8], path: String) throws -> StringCatalogFile {
        let root = try LocatedJSON.parse(data, path: path)
        var problems: [Diagnostic] = []
        func expect(_ value: LocatedJSON, _ kind: String, _ what: String) -> Bool {
            let matches = switch value.value {
            case .object: kind == "an object"
            case .string: kind == "a string"
            default: false
            }
            if !matches { problems.append(.error("expected \(what) to be \(kind), found \(value.kind)", at: value.location)) }
            return matches
        }
        guard expect(root, "an object", "the String Catalog") else { throw Diagnostics(problems) }
        let start = SourceLocation(path: path, line: 1, column: 1)
        var sourceLanguage = ""
        var sourceLanguageLocation = start
        if let member = root.member("sourceLanguage") {
            if expect(member.value, "a string", "'sourceLanguage'") {
                sourceLanguage = member.value.string!
                sourceLanguageLocation = member.value.location
            }
        } else {
            problems.append(.error("the String Catalog has no 'sourceLanguage'", at: root.location))
        }
        var entries: [Entry] = []
        if let strings = root.member("strings") {
            if expect(strings.value, "an object", "'strings'") {
                for member in strings.value.members! {
                    guard expect(member.value, "an object", "the string \(member.key.debugDescription)") else { continue }
                    var localizations: [Localization] = []
                    if let list = member.value.member("localizations"),
                       expect(list.value, "an object", "'localizations' of \(member.key.debugDescription)") {
                        for item in list.value.members! {
                            let what = "the \(item.key) localization of \(member.key.debugDescription)"
                            guard expect(item.value, "an object", what) else { continue }
                            var unit: StringUnit?
                            if let unitMember = item.value.member("stringUnit"), expect(unitMember.value, "an object", "'stringUnit' of \(what)") {
                                let state = unitMember.value.member("state")
                                let value = unitMember.value.member("value")
                                if let state, let value, expect(state.value, "a string", "'state' of \(what)"),
                                   expect(value.value, "a string", "'value' of \(what)") {
                                    unit = StringUnit(state: state.value.string!, value: value.value.string!, location: value.value.location)
                                } else if state == nil || value == nil {
                                    problems.append(.error("the 'stringUnit' of \(what) needs a 'state' and a 'value'", at: unitMember.value.location))
                                }
                            }
                            localizations.append(Localization(
                                tag: item.key, tagLocation: item.keyLocation, unit: unit, hasVariations: item.value.member("variations") != nil))
                        }
                    }
                    entries.append(Entry(key: member.key, keyLocation: member.keyLocation, localizations: localizations))
                }
            }
        } else {
            problems.append(.error("the String Catalog has no 'strings'", at: root.location))
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return StringCatalogFile(sourceLanguage: sourceLanguage, sourceLanguageLocation: sourceLanguageLocation, entries: entries)
    }
}
