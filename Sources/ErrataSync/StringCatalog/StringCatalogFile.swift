import ErrataModel
import ErrataSpec
import Foundation

/// What `errata strings import` reads of a String Catalog (`.xcstrings`): its source language and,
/// for each key, the localizations, each with where it stands in the file.
///
/// Members errata has no use for (`version`, `comment`, `extractionState`, `shouldTranslate`,
/// `substitutions`…) are checked as JSON but not kept; a localization with `variations` (plural or device forms)
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

    /// The largest file read, in bytes.
    static let maximumSize = 64 << 20

    /// Reads `data` with Foundation's JSONDecoder (which keeps only what errata reads, unlike
    /// JSONSerialization's tree of every value), then finds where its keys stand with
    /// `JSONKeyPositions`. Throws the JSON's syntax error (at its line and column when Foundation
    /// gives its offset), a key given twice in one object errata reads, or every problem of the
    /// structure at once.
    static func read(data: [UInt8], path: String) throws -> StringCatalogFile {
        if data.count > maximumSize {
            throw Diagnostic.error("the file is larger than \(maximumSize >> 20) MiB", at: SourceLocation(path: path))
        }
        _ = try TextInput.decode(data, path: path)  // UTF-8 without NUL bytes, or a located error
        // After a byte-order mark, columns count from the first character (as an editor does).
        let text = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data[3...] : data[...]
        let json = Data(text)
        let root: Typed<CatalogJSON>
        do {
            let decoder = JSONDecoder()
            _ = try decoder.decode(CheckedJSON.self, from: json)
            root = try decoder.decode(Typed<CatalogJSON>.self, from: json)
        } catch {
            // JSONDecoder does not say where; JSONSerialization gives the offset.
            var syntaxError: any Error = error
            do { _ = try JSONSerialization.jsonObject(with: json, options: .fragmentsAllowed) } catch { syntaxError = error }
            throw notJSON(syntaxError, text: text, path: path)
        }
        let positions = JSONKeyPositions(scanning: text, file: path)
        if let duplicate = positions.duplicate, let key = duplicate.path.last {
            throw Diagnostic.error(
                "the key \(key.debugDescription) is given twice in one object (first at line \(duplicate.first.line ?? 0))", at: duplicate.again)
        }

        var problems: [Diagnostic] = []
        func expect<T>(_ value: Typed<T>?, _ kind: String, _ what: String, at member: [String]) -> T? {
            switch value {
            case .value(let value)?: return value
            case .other(let found)?:
                problems.append(.error("expected \(what) to be \(kind), found \(found)", at: positions.valueLocation(member)))
                return nil
            case nil: return nil
            }
        }
        /// The keys of an object, in the file's order.
        func inFileOrder<T>(_ object: [String: T], at member: [String]) -> [String] {
            object.keys
                .map { (key: $0, at: positions.keyLocation(member + [$0])) }
                .sorted { ($0.at.line ?? 0, $0.at.column ?? 0, $0.key) < ($1.at.line ?? 0, $1.at.column ?? 0, $1.key) }
                .map(\.key)
        }
        let rootLocation = positions.valueLocation([])
        guard let catalog = expect(root, "an object", "the String Catalog", at: []) else { throw Diagnostics(problems) }
        var sourceLanguage = ""
        var sourceLanguageLocation = rootLocation
        if catalog.sourceLanguage == nil {
            problems.append(.error("the String Catalog has no \(quoted(.sourceLanguage))", at: rootLocation))
        } else if let text = expect(catalog.sourceLanguage, "a string", quoted(.sourceLanguage), at: member(.sourceLanguage)) {
            sourceLanguage = text
            sourceLanguageLocation = positions.valueLocation(member(.sourceLanguage))
        }
        var entries: [Entry] = []
        if catalog.strings == nil {
            problems.append(.error("the String Catalog has no \(quoted(.strings))", at: rootLocation))
        } else if let strings = expect(catalog.strings, "an object", quoted(.strings), at: member(.strings)) {
            for key in inFileOrder(strings, at: member(.strings)) {
                let entryPath = member(.strings) + [key]
                guard let entry = expect(strings[key], "an object", "the string \(key.debugDescription)", at: entryPath) else { continue }
                var localizations: [Localization] = []
                let listPath = entryPath + member(.localizations)
                if let tags = expect(entry.localizations, "an object", "\(quoted(.localizations)) of \(key.debugDescription)", at: listPath) {
                    for tag in inFileOrder(tags, at: listPath) {
                        let tagPath = listPath + [tag]
                        let what = "the \(tag) localization of \(key.debugDescription)"
                        guard let item = expect(tags[tag], "an object", what, at: tagPath) else { continue }
                        var unit: StringUnit?
                        let unitPath = tagPath + member(.stringUnit)
                        if let fields = expect(item.stringUnit, "an object", "\(quoted(.stringUnit)) of \(what)", at: unitPath) {
                            if fields.state == nil || fields.value == nil {
                                problems.append(.error(
                                    "the \(quoted(.stringUnit)) of \(what) needs a \(quoted(.state)) and a \(quoted(.value))",
                                    at: positions.valueLocation(unitPath)))
                            } else if let state = expect(fields.state, "a string", "\(quoted(.state)) of \(what)", at: unitPath + member(.state)),
                                      let value = expect(fields.value, "a string", "\(quoted(.value)) of \(what)", at: unitPath + member(.value)) {
                                unit = StringUnit(state: state, value: value, location: positions.valueLocation(unitPath + member(.value)))
                            }
                        }
                        localizations.append(Localization(
                            tag: tag, tagLocation: positions.keyLocation(tagPath), unit: unit, hasVariations: item.variations != nil))
                    }
                }
                entries.append(Entry(key: key, keyLocation: positions.keyLocation(entryPath), localizations: localizations))
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return StringCatalogFile(sourceLanguage: sourceLanguage, sourceLanguageLocation: sourceLanguageLocation, entries: entries)
    }

    /// The member `key`, as a path for `JSONKeyPositions`.
    private static func member(_ key: StringCatalogKey) -> [String] { [key.rawValue] }

    /// The member `key` as messages name it: `'sourceLanguage'`.
    private static func quoted(_ key: StringCatalogKey) -> String { "'\(key.rawValue)'" }

    /// Foundation's syntax error, at the line and column of the byte offset it gives ("Invalid
    /// value around character 21.", "… at 9.", or Darwin's NSJSONSerializationErrorIndex), or at
    /// the file when it gives none ("Unexpected end of file during JSON parse.").
    static func notJSON(_ error: any Error, text: ArraySlice<UInt8>, path: String) -> Diagnostic {
        let userInfo = (error as NSError).userInfo
        var message = userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        if message.hasSuffix(".") { message.removeLast() }
        var offset = userInfo["NSJSONSerializationErrorIndex"] as? Int
        if let around = message.range(of: " around ") {  // "around character 21", "around line 2, column 3"
            let rest = message[around.upperBound...]
            if offset == nil, rest.hasPrefix("character ") { offset = Int(rest.dropFirst("character ".count)) }
            message = String(message[..<around.lowerBound])
        } else if let at = message.range(of: " at ", options: .backwards), let number = Int(message[at.upperBound...]) {
            offset = offset ?? number
            message = String(message[..<at.lowerBound])
        }
        if let first = message.first, message.dropFirst().first?.isLowercase ?? true {
            message = first.lowercased() + message.dropFirst()
        }
        var location = SourceLocation(path: path)
        if let offset, offset >= 0, offset <= text.count {
            location = text.withUnsafeBufferPointer { TextPosition.location(of: offset, in: $0, path: path) }
        }
        return .error("the String Catalog is not valid JSON: " + message, at: location)
    }
}

// MARK: What JSONDecoder reads

/// The members errata reads. Each is optional (absent or null) and `Typed`, so that one of
/// another type is reported where it stands, with every other problem, instead of stopping the
/// decoder. Members errata has no use for are not kept (`CheckedJSON` has Foundation check them).
private struct CatalogJSON: Decodable {
    var sourceLanguage: Typed<String>?
    var strings: Typed<[String: Typed<EntryJSON>]>?

    init(from decoder: any Decoder) throws {
        let members = try decoder.container(keyedBy: StringCatalogKey.self)
        sourceLanguage = try members.decodeIfPresent(Typed<String>.self, forKey: .sourceLanguage)
        strings = try members.decodeIfPresent(Typed<[String: Typed<EntryJSON>]>.self, forKey: .strings)
    }
}

private struct EntryJSON: Decodable {
    var localizations: Typed<[String: Typed<LocalizationJSON>]>?

    init(from decoder: any Decoder) throws {
        let members = try decoder.container(keyedBy: StringCatalogKey.self)
        localizations = try members.decodeIfPresent(Typed<[String: Typed<LocalizationJSON>]>.self, forKey: .localizations)
    }
}

private struct LocalizationJSON: Decodable {
    var stringUnit: Typed<StringUnitJSON>?
    var variations: Present?

    init(from decoder: any Decoder) throws {
        let members = try decoder.container(keyedBy: StringCatalogKey.self)
        stringUnit = try members.decodeIfPresent(Typed<StringUnitJSON>.self, forKey: .stringUnit)
        variations = try members.decodeIfPresent(Present.self, forKey: .variations)
    }
}

private struct StringUnitJSON: Decodable {
    var state: Typed<String>?
    var value: Typed<String>?

    init(from decoder: any Decoder) throws {
        let members = try decoder.container(keyedBy: StringCatalogKey.self)
        state = try members.decodeIfPresent(Typed<String>.self, forKey: .state)
        value = try members.decodeIfPresent(Typed<String>.self, forKey: .value)
    }
}

/// A value of the expected type, or what the JSON holds there instead.
private enum Typed<Value: Decodable>: Decodable {
    case value(Value)
    /// "a number", "an array"…
    case other(String)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            self = .value(try container.decode(Value.self))
        } catch DecodingError.typeMismatch, DecodingError.valueNotFound {
            self = .other(
                container.decodeNil() ? "null"
                    : (try? container.decode(Bool.self)) != nil ? "a boolean"
                    : (try? container.decode(String.self)) != nil ? "a string"
                    : (try? container.decode([String: Present].self)) != nil ? "an object"
                    : (try? container.decode([Present].self)) != nil ? "an array"
                    : "a number")
        }
    }
}

/// Any JSON value, decoded down to its last string and number and kept nowhere: JSONDecoder
/// checks only what it decodes, and this has it check all of the text.
private struct CheckedJSON: Decodable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() { return }
        do {
            _ = try value.decode(String.self)
            return
        } catch DecodingError.typeMismatch {}
        if let object = try? decoder.container(keyedBy: Key.self) {
            for key in object.allKeys { _ = try object.decode(CheckedJSON.self, forKey: key) }
        } else if var array = try? decoder.unkeyedContainer() {
            while !array.isAtEnd { _ = try array.decode(CheckedJSON.self) }
        } else {
            do { _ = try value.decode(Bool.self) } catch DecodingError.typeMismatch { _ = try value.decode(Double.self) }
        }
    }
}

/// Any value, not decoded.
private struct Present: Decodable {
    init(from decoder: any Decoder) {}
}
