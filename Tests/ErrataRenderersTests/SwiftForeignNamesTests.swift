import ErrataModel
@testable import ErrataRenderers
import Testing

/// A catalog whose modules and codes have no ASCII letters renders to a library that compiles and
/// whose members carry the transliterated names (docs: `SwiftIdentifier`).
@Suite struct SwiftForeignNamesTests {
    static let catalog = Catalog(
        service: "Foreign API",
        modules: [Module(name: "平台"), Module(name: "文字识别"), Module(name: "Модуль"), Module(name: "モジュール")],
        entries: [
            Entry(code: "错误码.001", module: "平台", variants: [Variant(message: "参数 {name} 无效", status: 400)]),
            Entry(code: "错误码.002", module: "文字识别", variants: [Variant(message: "图片过大")]),
            Entry(code: "Ошибка.01", module: "Модуль", variants: [Variant(message: "Неверный запрос")]),
            Entry(code: "エラー.0101", module: "モジュール", variants: [Variant(message: "無効なパラメータ")]),
            Entry(code: "AIS.0101", module: "平台", variants: [Variant(message: "The input parameter is invalid.")]),
            Entry(code: "ꆈꌠ", variants: [Variant(message: "Yi")]),
        ])

    static let options = SwiftRenderOptions(typePrefix: "Foreign", specPath: "spec/foreign.yaml")

    @Test func namesAndWarnings() throws {
        let names = try SwiftNames(CatalogValidator.validate(Self.catalog))
        #expect(names.codes == ["cuoWuMa001", "cuoWuMa002", "osibka01", "era0101", "ais0101", "uA188uA320"])
        #expect(names.modules == ["pingTai", "wenZiShiBie", "modul", "mojuru"])
        // Every name but ais0101 needed transliteration or code points.
        #expect(names.warnings.count == 9)
        #expect(names.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func generatedLibraryWithChineseModuleNamesCompiles() throws {
        let files = try SwiftRenderer.render(CatalogValidator.validate(Self.catalog), options: Self.options)
        let module = files.first { $0.path == "ForeignModule.swift" }?.contents ?? ""
        #expect(module.contains("    case pingTai = \"平台\"\n"))
        #expect(module.contains("    case wenZiShiBie = \"文字识别\"\n"))
        let output = try SwiftTestSupport.compileAndRun(files, main: Self.driver)
        #expect(output.split(separator: "\n").map(String.init) == [
            "错误码.001 module=平台 status=400",
            "错误码.002 module=文字识别",
            "modules: pingTai=平台 wenZiShiBie=文字识别 modul=Модуль mojuru=モジュール",
            "all: 错误码.001 错误码.002 Ошибка.01 エラー.0101 AIS.0101 ꆈꌠ",
            "switch: osibka01 era0101 uA188uA320 other",
        ])
    }

    static let driver = #"""
        let first = ForeignErrorCode.cuoWuMa001
        print("\(first.rawValue) module=\(first.module?.rawValue ?? "-") status=\(first.info?.variants[0].status ?? 0)")
        print("\(ForeignErrorCode.cuoWuMa002.rawValue) module=\(ForeignErrorCode.cuoWuMa002.module?.rawValue ?? "-")")
        let modules: [(String, ForeignModule)] = [("pingTai", .pingTai), ("wenZiShiBie", .wenZiShiBie), ("modul", .modul), ("mojuru", .mojuru)]
        print("modules: " + modules.map { "\($0.0)=\($0.1.rawValue)" }.joined(separator: " "))
        print("all: " + ForeignErrorCode.allDocumented.map(\.rawValue).joined(separator: " "))
        func name(_ code: ForeignErrorCode) -> String {
            switch code {
            case .osibka01: "osibka01"
            case .era0101: "era0101"
            case .uA188uA320: "uA188uA320"
            default: "other"
            }
        }
        let codes: [ForeignErrorCode] = ["Ошибка.01", "エラー.0101", "ꆈꌠ", .ais0101]
        print("switch: " + codes.map(name).joined(separator: " "))
        """#
}
