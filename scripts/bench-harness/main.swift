// Bench harness for scripts/bench-compile.sh, compiled by that script together with the
// ErrataRenderers sources (so it needs no change to Package.swift).
//   harness synth COUNT            prints a synthetic catalog (CatalogJSON) with COUNT codes
//   harness render CATALOG OUTDIR [STYLE]
//                                  renders the catalog with the Swift renderer into OUTDIR, in the
//                                  Swift style STYLE (struct, the default, or enum)
import ErrataModel
import Foundation

func synthesize(_ count: Int) -> Catalog {
    let modules = (0..<10).map { Module(name: "Module\($0)") }
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
        return Entry(code: "MOD\(index % modules.count).\(String(format: "%05d", index))", module: module, variants: variants,
                     deprecated: index.isMultiple(of: 97) ? true : nil, retryable: index.isMultiple(of: 7) ? true : nil)
    }
    return Catalog(service: "Synthetic", modules: modules, entries: entries)
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "synth" where arguments.count == 3:
    print(try CatalogJSON.encode(synthesize(Int(arguments[2]) ?? 0)), terminator: "")
case "render" where arguments.count == 4 || arguments.count == 5:
    let catalog = try CatalogJSON.decode(String(contentsOfFile: arguments[2], encoding: .utf8))
    guard let style = arguments.count == 5 ? SwiftStyle(rawValue: arguments[4]) : .struct else {
        FileHandle.standardError.write(Data("style must be struct or enum\n".utf8))
        exit(2)
    }
    let options = SwiftRenderOptions(typePrefix: "Bench", accessLevel: .public, specPath: arguments[2], style: style)
    for file in try SwiftRenderer.render(catalog, options: options) {
        try Data(file.contents.utf8).write(to: URL(fileURLWithPath: arguments[3]).appendingPathComponent(file.path))
    }
default:
    FileHandle.standardError.write(Data("usage: harness synth COUNT | harness render CATALOG OUTDIR [struct|enum]\n".utf8))
    exit(2)
}
