import ErrataModel
import ErrataReaders
@testable import ErrataRenderers
import Testing
import ErrataSpec

/// Names of generated members: derivation rules, overrides and every kind of clash.
@Suite struct SwiftIdentifierTests {
    static func memberNames(_ entries: [Entry], modules: [Module] = []) throws -> [String] {
        let catalog = Catalog(service: "S", modules: modules, entries: entries)
        let file = try SwiftRenderer.render(CatalogValidator.validate(catalog), options: SwiftRenderOptions(typePrefix: "S", specPath: "s.yaml"))
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
        ("日本.0101", "riBen0101"), ("AIS`0101 x", "ais0101X"), ("default", "default_"), ("self", "self_"),
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

    @Test(arguments: ["", "...", "_", " - ", "\u{301}", "。、！"])
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
        let files = try SwiftRenderer.render(CatalogValidator.validate(catalog), options: SwiftRenderOptions(typePrefix: "S", specPath: "s"))
        let module = files.first { $0.path == "SModule.swift" }?.contents ?? ""
        #expect(module.contains("    case modelArts = \"Model Arts\"\n"))
        #expect(module.contains("    case default_ = \"default\"\n"))
    }

    @Test(arguments: ["", "huawei", "Huawei OCR", "Ünï", "A-B"])
    func rejectsBadTypePrefix(prefix: String) {
        #expect(throws: Diagnostics.self) {
            try SwiftRenderer.render(CatalogValidator.validate(Catalog(service: "S")), options: SwiftRenderOptions(typePrefix: prefix, specPath: "s"))
        }
    }

    // MARK: Names from any language (docs: SwiftIdentifier, docs/spec-format.md)

    static func names(_ entries: [Entry], modules: [Module] = []) throws -> SwiftNames {
        try SwiftNames(CatalogValidator.validate(Catalog(service: "S", modules: modules, entries: entries)))
    }

    static let warningTail = "set swiftName to choose another"

    @Test(arguments: [
        // Chinese (Mandarin readings), Japanese, Cyrillic, Greek, Korean, Arabic, Hebrew, Devanagari, Thai.
        ("平台", "pingTai"), ("错误码.001", "cuoWuMa001"), ("文字识别", "wenZiShiBie"), ("平臺.0001", "pingTai0001"),
        ("モジュール", "mojuru"), ("エラー.0101", "era0101"), ("日本語", "riBenYu"),
        ("Модуль", "modul"), ("Объект.12", "obekt12"), ("ОШИБКА_ДОСТУПА", "osibkaDostupa"),
        ("Ελληνικά", "ellenika"), ("Σφάλμα.1", "sphalma1"),
        ("모듈", "modyul"), ("오류.001", "olyu001"),
        ("وحدة", "whdt"), ("خطأ.01", "khta01"),
        ("שלום", "slwm"), ("नमस्ते", "namaste"), ("ไทย", "thiy"),
        // Latin letters without an ASCII base, full-width forms, other digits.
        ("Straße", "strasse"), ("Łódź.1", "lodz1"), ("ＡＩＳ．０１", "ais01"), ("٠١٠١", "code0101"),
        // Mixed: every letter counts; ASCII words keep their case rules.
        ("AIS.错误", "aisCuoWu"), ("Ошибка.A.01.02", "osibkaA01_02"), ("Ин", "in_"),
    ])
    func transliteratesTextWithoutASCIILetters(text: String, name: String) throws {
        #expect(SwiftIdentifier.derivation(of: text) == .init(name: name, method: .transliterated))
        #expect(SwiftIdentifier.derive(from: text) == name)
        #expect(try Self.memberNames([Self.entry(text)]) == [name])
        let catalog = Catalog(service: "S", modules: [Module(name: text)], entries: [])
        let files = try SwiftRenderer.render(CatalogValidator.validate(catalog), options: SwiftRenderOptions(typePrefix: "S", specPath: "s"))
        let module = files.first { $0.path == "SModule.swift" }?.contents ?? ""
        #expect(module.contains("    case \(name) = \(text.debugDescription)\n"))
    }

    @Test(arguments: ["AIS.0101", "ModelArts.4105", "café", "Ärger-Fall", "e\u{301}t\u{E9}", "A.01.02", "0101", "default"])
    func textWithASCIILettersOnlyKeepsItsNameAndGetsNoWarning(text: String) throws {
        #expect(SwiftIdentifier.derivation(of: text)?.method == .ascii)
        let names = try Self.names([Self.entry(text)], modules: [Module(name: text)])
        #expect(names.warnings.isEmpty)
    }

    @Test(arguments: [
        ("ꆈꌠ", "uA188uA320"), ("ᏣᎳᎩ", "u13E3u13B3u13A9"), ("AIS.ꆈꌠ", "aisUA188uA320"), ("ꆈ.01", "uA188_01"),
        ("ー", "u30FC"), ("ʹ", "u02B9"), ("平台ꆈ", "pingTaiUA188"),
    ])
    func lettersWithoutTransliterationAreSpeltByCodePoint(text: String, name: String) throws {
        #expect(SwiftIdentifier.derivation(of: text) == .init(name: name, method: .codePoints))
        let names = try Self.names([Self.entry(text, line: 5)])
        #expect(names.codes == [name])
        #expect(names.warnings.map(\.message) == [
            "code '\(text)' has \(text.hasPrefix("AIS") ? "letters that are not ASCII" : "no ASCII letters"); its Swift name is '\(name)' (letters without a Latin transliteration spelt as Unicode code points); \(Self.warningTail)",
        ])
        #expect(names.warnings.map(\.severity) == [.warning])
        #expect(names.warnings.first?.location == SourceLocation(path: "spec.yaml", line: 5, column: 3))
    }

    @Test func derivationIsDeterministicAcrossCallsAndThreads() async {
        let texts = ["平台", "错误码.001", "モジュール", "Модуль", "Ελληνικά", "모듈", "خطأ", "ꆈꌠ", "AIS.0101"]
        let expected = texts.map { SwiftIdentifier.derivation(of: $0) }
        let results = await withTaskGroup(of: [SwiftIdentifier.Derivation?].self) { group in
            for _ in 0..<8 { group.addTask { texts.map { SwiftIdentifier.derivation(of: $0) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8 && results.allSatisfy { $0 == expected })
    }

    @Test func transliteratedNamesWarnAtTheCodeOrModule() throws {
        let platform = SourceLocation(path: "spec.yaml", line: 2, column: 5)
        let names = try Self.names(
            [Self.entry("错误码.001", line: 7, module: "平台"), Self.entry("AIS.错误", line: 9), Self.entry("AIS.0101", line: 11)],
            modules: [Module(name: "平台", location: platform), Module(name: "OCR")])
        #expect(names.codes == ["cuoWuMa001", "aisCuoWu", "ais0101"])
        #expect(names.modules == ["pingTai", "ocr"])
        #expect(names.warnings == [
            .warning(.nonASCIIName,
                "code '错误码.001' has no ASCII letters; its Swift name is 'cuoWuMa001' (transliterated); \(Self.warningTail)",
                at: SourceLocation(path: "spec.yaml", line: 7, column: 3)),
            .warning(.nonASCIIName,
                "code 'AIS.错误' has letters that are not ASCII; its Swift name is 'aisCuoWu' (transliterated); \(Self.warningTail)",
                at: SourceLocation(path: "spec.yaml", line: 9, column: 3)),
            .warning(.nonASCIIName, "module '平台' has no ASCII letters; its Swift name is 'pingTai' (transliterated); \(Self.warningTail)", at: platform),
        ])
        #expect(names.warnings.first?.description.hasPrefix("spec.yaml:7:3: warning: code '错误码.001'") == true)
    }

    @Test func warningQuotesTextWithLineBreaksEscaped() throws {
        let names = try Self.names([Self.entry("平\n台")])
        #expect(names.codes == ["pingTai"])
        #expect(names.warnings.first?.message.hasPrefix("code '平\\n台' has no ASCII letters") == true)
    }

    @Test func moduleLocationsComeFromTheSpec() throws {
        let declared = try SpecReader.read(data: Array("""
            service: S
            modules:
              - 平台
              - {name: 文字识别, swiftName: ocr}
            entries:
              - code: 错误码.001
                module: 平台
                message: m
            """.utf8), path: "spec.yaml")
        #expect(declared.modules.map(\.location?.line) == [3, 4])
        #expect(declared.modules.map(\.location?.path) == ["spec.yaml", "spec.yaml"])
        let names = try SwiftNames(CatalogValidator.validate(declared))
        #expect(names.modules == ["pingTai", "ocr"])
        #expect(names.warnings.map(\.location?.line) == [6, 3])
        #expect(names.warnings.last?.message.hasPrefix("module '平台' has no ASCII letters; its Swift name is 'pingTai'") == true)

        // Declared by use: the module is where the first entry naming it is.
        let byUse = try SpecReader.read(data: Array("""
            service: S
            entries:
              - code: A.1
                message: m
              - code: B.1
                module: 模块
                message: m
              - code: C.1
                module: 模块
                message: m
            """.utf8), path: "spec.yaml")
        #expect(byUse.modules.map(\.name) == ["模块"])
        #expect(byUse.modules.first?.location == byUse.entries[1].location)
        #expect(byUse.modules.first?.location?.line == 5)
        #expect(try SwiftNames(CatalogValidator.validate(byUse)).warnings.map(\.location?.line) == [5])
    }

    @Test func moduleLocationIsNotPartOfItsIdentity() throws {
        let here = Module(name: "平台", location: SourceLocation(path: "a.yaml", line: 3))
        let there = Module(name: "平台", location: SourceLocation(path: "b.yaml", line: 9))
        #expect(here == there && here.hashValue == there.hashValue)
        #expect(here != Module(name: "平台", swiftName: "platform"))
        let catalog = Catalog(service: "S", modules: [here], entries: [])
        let json = try CatalogJSON.encode(catalog)
        #expect(!json.contains("a.yaml"))
        #expect(try CatalogJSON.decode(json).modules.first?.location == nil)
    }

    @Test func swiftNameOverridesTransliterationWithoutWarning() throws {
        let names = try Self.names(
            [Self.entry("错误码.001", swiftName: "invalidParameter", module: "平台"), Self.entry("ꆈꌠ", swiftName: "yi")],
            modules: [Module(name: "平台", swiftName: "platform")])
        #expect(names.codes == ["invalidParameter", "yi"])
        #expect(names.modules == ["platform"])
        #expect(names.warnings.isEmpty)
    }

    @Test func twoTransliterationsSharingANameAreRefusedNamingBoth() throws {
        // 平台 and 凭台 are both píng tái.
        let codes = Self.diagnostics([Self.entry("平台.1", line: 3), Self.entry("凭台.1", line: 8)])
        #expect(codes.count == 1)
        #expect(codes.first?.severity == .error)
        let message = codes.first?.message ?? ""
        #expect(message.contains("\"平台.1\" (spec.yaml:3:3)") && message.contains("\"凭台.1\" (spec.yaml:8:3)"))
        #expect(message.contains("'pingTai1'"))
        #expect(codes.first?.location?.line == 8)

        let modules = [
            Module(name: "平台", location: SourceLocation(path: "spec.yaml", line: 2)),
            Module(name: "凭台", location: SourceLocation(path: "spec.yaml", line: 3)),
        ]
        let clash = Self.diagnostics([Self.entry("A.1", module: "平台")], modules: modules)
        #expect(clash.count == 1)
        #expect(clash.first?.message.contains("\"平台\" (spec.yaml:2), \"凭台\" (spec.yaml:3) all get the Swift name 'pingTai'") == true)
        #expect(clash.first?.location?.line == 3)

        var fixed = modules
        fixed[1].swiftName = "pingTaiVoucher"
        #expect(try Self.names([Self.entry("A.1", module: "平台")], modules: fixed).modules == ["pingTai", "pingTaiVoucher"])
    }
}
