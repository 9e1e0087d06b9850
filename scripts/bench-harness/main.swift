// Bench harness for scripts/bench-compile.sh, compiled by that script together with the
// ErrataRenderers sources (so it needs no change to Package.swift).
//   harness synth COUNT [LOCALES]  prints a synthetic catalog (CatalogJSON) with COUNT codes; with
//                                  LOCALES (1 to 4), translated into that many languages (zh-Hans,
//                                  de, fr, ja): every row's description, every other row's solution
//                                  (the first language has them all), every module's name
//   harness render CATALOG OUTDIR [STYLE]
//                                  renders the catalog with the Swift renderer into OUTDIR, in the
//                                  Swift style STYLE (struct, the default, or enum)
import ErrataModel
import Foundation

/// A language of the synthetic translations: a row's description (`{}` standing for the row's
/// number) and solution, and the stem of a module's name.
struct Translation: Sendable {
    let tag: String
    let description: String
    let solution: String
    let module: String

    func description(_ index: Int) -> String { description.replacingOccurrences(of: "{}", with: String(index)) }

    static let all = [
        Translation(tag: "zh-Hans", description: "操作 {} 的请求因参数无效而无法完成。", solution: "请检查请求参数后重试。如问题仍然存在，请联系技术支持。", module: "模块"),
        Translation(
            tag: "de", description: "Die Anfrage für Vorgang {} konnte nicht abgeschlossen werden, weil ein Parameter ungültig ist.",
            solution: "Prüfen Sie die Parameter der Anfrage und versuchen Sie es erneut.", module: "Modul"),
        Translation(
            tag: "fr", description: "La requête de l'opération {} n'a pas pu aboutir : un paramètre est invalide.",
            solution: "Vérifiez les paramètres de la requête et réessayez.", module: "Module "),
        Translation(tag: "ja", description: "操作 {} のリクエストは、パラメーターが無効なため完了できませんでした。", solution: "リクエストのパラメーターを確認して、もう一度お試しください。", module: "モジュール"),
    ]
}

func synthesize(_ count: Int, locales: Int = 0) -> Catalog {
    let languages = Translation.all.prefix(max(0, min(locales, Translation.all.count)))
    let modules = (0..<10).map { number in
        Module(name: "Module\(number)", localized: Dictionary(uniqueKeysWithValues: languages.map { ($0.tag, $0.module + String(number)) }))
    }
    let entries = (0..<count).map { index in
        let module = modules[index % modules.count].name
        var variants = [
            Variant(
                message: "Operation \(index) failed for resource {xxx}, limit:XX.",
                description: "The request for operation \(index) could not be completed because a parameter is invalid.",
                solution: "Check the request parameters and try again. Contact support if the problem persists.",
                status: 400 + index % 5)
        ]
        if index.isMultiple(of: 10) {
            variants.append(Variant(message: "Operation \(index) timed out.", description: "Backend timeout.", solution: "Retry.", status: 504))
        }
        for (position, language) in languages.enumerated() {
            variants[0].localized[language.tag] = VariantTranslation(
                description: language.description(index), solution: position == 0 || index.isMultiple(of: 2) ? language.solution : nil)
        }
        return Entry(code: "MOD\(index % modules.count).\(String(format: "%05d", index))", module: module, variants: variants,
                     deprecated: index.isMultiple(of: 97) ? true : nil, retryable: index.isMultiple(of: 7) ? true : nil)
    }
    return Catalog(
        service: "Synthetic", modules: modules, entries: entries, language: languages.isEmpty ? nil : "en",
        locales: languages.map { CatalogLocale(tag: $0.tag) })
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "synth" where arguments.count == 3 || arguments.count == 4:
    let locales = arguments.count == 4 ? Int(arguments[3]) ?? 0 : 0
    print(try CatalogJSON.encode(synthesize(Int(arguments[2]) ?? 0, locales: locales)), terminator: "")
case "render" where arguments.count == 4 || arguments.count == 5:
    let catalog = try CatalogJSON.decode(String(contentsOfFile: arguments[2], encoding: .utf8))
    guard let style = arguments.count == 5 ? SwiftStyle(rawValue: arguments[4]) : .struct else {
        FileHandle.standardError.write(Data("style must be struct or enum\n".utf8))
        exit(2)
    }
    let options = SwiftRenderOptions(typePrefix: "Bench", accessLevel: .public, specPath: arguments[2], style: style)
    for file in try SwiftRenderer.render(CatalogValidator.validate(catalog), options: options) {
        try Data(file.contents.utf8).write(to: URL(fileURLWithPath: arguments[3]).appendingPathComponent(file.path))
    }
default:
    FileHandle.standardError.write(Data("usage: harness synth COUNT [LOCALES] | harness render CATALOG OUTDIR [struct|enum]\n".utf8))
    exit(2)
}
