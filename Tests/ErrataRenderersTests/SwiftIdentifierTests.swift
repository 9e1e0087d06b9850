import ErrataModel
import ErrataRenderers
import Testing

/// Names of generated members: derivation rules, overrides and every kind of clash.
@Suite struct SwiftIdentifierTests {
    static func memberNames(_ entries: [Entry], modules: [Module] = []) throws -> [String] {
        let catalog = Catalog(service: "S", modules: modules, entries: entries)
        let file = try SwiftRenderer.render(catalog, options: SwiftRenderOptions(typePrefix: "S", specPath: "s.yaml"))
            .first { $0.path == "SErrorCode.swift" }
        return (file?.contents ?? "").split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "public static var ") else { return nil }
            let rest = line[range.upperBound...]
            return rest.prefix { $0 != ":" }.description
        }.filter { $0 != "allDocumented" }
    }

    static func entry(_ code: String, swiftName: String? = nil, line: Int = 1, module: String? = nil) -> Entry {
        Entry(code: code, module: module, variants: [Variant(message: "m")], swiftName: swiftName,
              location: SourceLocation(path: "spec.yaml", line: line, column: 3))
    }

    static func diagnostics(_ entries: [Entry], modules: [Module] = []) -> [Diagnostic] {
        do {
            _ = try memberNames(entries, modules: modules)
            return []
        } catch let error as Diagnostics {
            return error.items
        } catch {
            return [.error("unexpected \(error)")]
        }
    }

    @Test(arguments: [
        ("AIS.0101", "ais0101"), ("ModelArts.4105", "modelArts4105"), ("APIG.0308", "apig0308"),
        ("Ecs.1000", "ecs1000"), ("NoSuchBucket", "noSuchBucket"), ("0101", "code0101"), ("-1", "codeMinus1"),
        ("4000001", "code4000001"), ("4xx.Error", "code4xxError"), ("INVALID_PARAM", "invalidParam"),
        ("URLError", "urlError"), ("A.01.02", "a01_02"), ("café", "cafe"), ("Ärger-Fall", "argerFall"),
        ("日本.0101", "code0101"), ("AIS`0101 x", "ais0101X"), ("default", "default_"), ("self", "self_"),
        ("Type", "type"), ("init", "init_"), ("await", "await_"), ("is", "is_"), ("as", "as_"),
        ("rawValue", "rawValue_"), ("description", "description_"), ("info", "info_"),
        ("allDocumented", "allDocumented_"), ("module", "module_"), ("messages", "messages_"),
        ("isDocumented", "isDocumented_"), ("none", "none_"),
    ])
    func derivesNames(code: String, name: String) throws {
        #expect(try Self.memberNames([Self.entry(code)]) == [name])
    }

    @Test func swiftNameOverridesAndIsKeptVerbatim() throws {
        #expect(try Self.memberNames([Self.entry("AIS.0101", swiftName: "invalidInput")]) == ["invalidInput"])
    }

    @Test(arguments: ["", "9lives", "has space", "back`tick", "_", "default", "rawValue", "naïve", "a-b"])
    func rejectsUnusableSwiftNames(name: String) {
        let found = Self.diagnostics([Self.entry("AIS.0101", swiftName: name, line: 7)])
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(path: "spec.yaml", line: 7, column: 3))
    }

    @Test(arguments: ["", "...", "_", "日本", " - "])
    func codesWithoutLettersOrDigitsNeedSwiftName(code: String) throws {
        #expect(Self.diagnostics([Self.entry(code, line: 4)]).map(\.location?.line) == [4])
        #expect(try Self.memberNames([Self.entry(code, swiftName: "special")]) == ["special"])
    }

    @Test(arguments: [("AIS.0101", "AIS_0101"), ("AIS.0101", "ais.0101"), ("Default", "default")])
    func clashingCodesGiveOneDiagnosticNamingBoth(first: String, second: String) throws {
        let found = Self.diagnostics([Self.entry(first, line: 3), Self.entry("Other", line: 5), Self.entry(second, line: 9)])
        #expect(found.count == 1)
        let message = found.first?.message ?? ""
        #expect(message.contains(first.debugDescription + " (spec.yaml:3:3)"))
        #expect(message.contains(second.debugDescription + " (spec.yaml:9:3)"))
        #expect(found.first?.location?.line == 9)
        let fixed = try Self.memberNames([Self.entry(first), Self.entry(second, swiftName: "secondName")])
        #expect(fixed.count == 2 && fixed.last == "secondName")
    }

    @Test func swiftNameClashingWithDerivedNameIsReported() {
        let found = Self.diagnostics([Self.entry("AIS.0101", line: 2), Self.entry("X", swiftName: "ais0101", line: 6)])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("ais0101") == true)
    }

    @Test func canonicallyEquivalentCodesAreOneCodeListedTwice() {
        let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
        let found = Self.diagnostics([Self.entry(nfc, line: 1), Self.entry(nfd, swiftName: "other", line: 8)])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("listed twice") == true)
        #expect(found.first?.message.contains("spec.yaml:1:3") == true && found.first?.location?.line == 8)
        #expect(Self.diagnostics([Self.entry(nfc, line: 1), Self.entry(nfd, line: 8)]).count == 1)
    }

    @Test func moduleCasesAreDerivedCheckedAndOverridable() throws {
        let modules = [Module(name: "OCR"), Module(name: "ocr")]
        let clash = Self.diagnostics([Self.entry("A.1", module: "OCR")], modules: modules)
        #expect(clash.count == 1 && clash.first?.message.contains("\"ocr\"") == true)
        let fixed = [Module(name: "OCR"), Module(name: "ocr", swiftName: "lowerOCR")]
        #expect(Self.diagnostics([Self.entry("A.1", module: "ocr")], modules: fixed).isEmpty)
        #expect(Self.diagnostics([Self.entry("A.1", line: 4, module: "Missing")], modules: fixed).map(\.location?.line) == [4])
        #expect(Self.diagnostics([Self.entry("A.1")], modules: [Module(name: "$$$")]).count == 1)
    }

    @Test func moduleCaseNamesAppearInModuleFile() throws {
        let catalog = Catalog(service: "S", modules: [Module(name: "Model Arts"), Module(name: "default")], entries: [])
        let files = try SwiftRenderer.render(catalog, options: SwiftRenderOptions(typePrefix: "S", specPath: "s"))
        let module = files.first { $0.path == "SModule.swift" }?.contents ?? ""
        #expect(module.contains("    case modelArts = \"Model Arts\"\n"))
        #expect(module.contains("    case default_ = \"default\"\n"))
    }

    @Test(arguments: ["", "huawei", "Huawei OCR", "Ünï", "A-B"])
    func rejectsBadTypePrefix(prefix: String) {
        #expect(throws: Diagnostics.self) {
            try SwiftRenderer.render(Catalog(service: "S"), options: SwiftRenderOptions(typePrefix: prefix, specPath: "s"))
        }
    }
}
