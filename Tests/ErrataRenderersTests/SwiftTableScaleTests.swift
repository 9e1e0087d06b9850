import ErrataMarkdown
import ErrataModel
@testable import ErrataRenderers
import Foundation
import Testing

/// A catalog of thousands of codes, several variants each, compiled and run: every code's info comes
/// back from the generated table exactly (texts, plain texts, statuses, remarks, module, flags),
/// unknown codes give nil, and `allDocumented` is in document order. No timing here: lookup speed
/// is measured by scripts/bench-lookup.sh.
@Suite(.serialized) struct SwiftTableScaleTests {
    static let count = 3_000
    static let modules = (0..<7).map { Module(name: "Module \($0)") }

    static func code(_ index: Int) -> String {
        switch index % 500 {
        case 1: "SC.\(index) \u{241F}x\u{241B}n\u{241B}\ny"
        case 2: "\(index)"
        case 3: "日本.\(index)"
        default: "SC.\(index)"
        }
    }

    static func markdown(_ index: Int, _ kind: Int) -> String {
        switch (index + kind) % 6 {
        case 0: ""
        case 1: "Plain text \(index)."
        case 2: "Check **field\\_\(index)** and [the docs](https://x.example/\(index)_(a))."
        case 3: "First \(index).\n\n- one `a`\n- two *b*"
        case 4: "Line\r\nbreak \u{241F} \u{241B} \"\"\" #\"# \\(x) \u{2028} \(index)"
        default: "Same as plain \(index): no markup"
        }
    }

    static var catalog: Catalog {
        var entries: [Entry] = []
        for index in 0..<count {
            let variants = (0..<(1 + index % 3)).map { row in
                Variant(
                    message: row == 0 ? "Operation \(index) failed for {xxx}." : "Row \(row) of \(index): limit XX reached",
                    description: markdown(index, row), solution: markdown(index, row + 3),
                    status: (index + row) % 4 == 0 ? nil : 400 + (index + row) % 100)
            }
            entries.append(Entry(
                code: code(index), module: index % 5 == 0 ? nil : modules[index % modules.count].name, variants: variants,
                deprecated: index % 11 == 0 ? true : nil, retryable: index % 13 == 0 ? true : (index % 17 == 0 ? false : nil),
                remarks: index % 9 == 0 ? "Remark **\(index)**\n\nsecond" : (index % 19 == 0 ? "" : nil)))
        }
        return Catalog(service: "Scale", modules: modules, entries: entries)
    }

    /// One line per code and per variant, as the driver prints them.
    static func describe(code: String, module: String?, deprecated: Bool, retryable: Bool, remarks: String?) -> String {
        "C \(code.debugDescription) M \(module?.debugDescription ?? "-") D \(deprecated) R \(retryable) K \(remarks?.debugDescription ?? "nil")"
    }

    static let unknown = ["", "SC.", "SC.10 ", " SC.10", "sc.10", "SC.010", "SC.3000", "SC.1 \u{241F}x", "SC.1 ", "X", "日本.4"]

    static var driver: String {
        """
        func line(_ info: ScaleErrorInfo) -> String {
            "C \\(info.code.rawValue.debugDescription) M \\(info.module?.rawValue.debugDescription ?? "-") D \\(info.deprecated) R \\(info.retryable) K \\(info.remarks?.debugDescription ?? "nil")"
        }
        var output: [String] = []
        for code in ScaleErrorCode.allDocumented {
            // A fresh string, not the literal the member returns.
            let key = String(decoding: Array(code.rawValue.utf8), as: UTF8.self)
            guard let info = ScaleErrorCode(rawValue: key).info else {
                output.append("missing \\(key.debugDescription)")
                continue
            }
            output.append(line(info))
            for variant in info.variants {
                let status = variant.status.map(String.init) ?? "nil"
                output.append("  V \\(variant.message.debugDescription) \\(status)")
                output.append("    d \\(variant.description.debugDescription) \\(variant.plainDescription.debugDescription)")
                output.append("    s \\(variant.solution.debugDescription) \\(variant.plainSolution.debugDescription)")
            }
            // A second lookup gives the same info.
            if ScaleErrorCode(rawValue: key).info != info { output.append("changed \\(key.debugDescription)") }
        }
        let unknown: [String] = [\(unknown.map(SwiftLiteral.string).joined(separator: ", "))]
        output.append("unknown: " + unknown.map { ScaleErrorCode(rawValue: $0).info == nil ? "nil" : "found" }.joined(separator: " "))
        let template = ScaleErrorCode(rawValue: "SC.4").info?.variants[0]
        output.append("match: \\(template?.match("Operation 4 failed for disk 7.") ?? ["nil"]) \\(template?.match("Operation 5 failed for x") == nil)")
        let double = ScaleErrorVariant(message: " Limit {n} reached. ", description: "**d**", status: 429)
        output.append("double: \\(double.match("Limit {n} reached") ?? ["nil"]) \\(double.match("Limit 5 reached") == nil) \\(double.plainDescription) \\(double.plainSolution.isEmpty) \\(double.status ?? 0)")
        let info = ScaleErrorInfo(code: "X.1", module: .module3, variants: [double])
        output.append("info: \\(info.code.rawValue) \\(info.module?.rawValue ?? "-") \\(info.deprecated) \\(info.retryable) \\(info.remarks == nil) \\(info.variants == [double])")
        let flagged = ScaleErrorInfo(code: "X.2", module: nil, variants: [], deprecated: true, retryable: true, remarks: "r")
        output.append("flagged: \\(flagged.deprecated) \\(flagged.retryable) \\(flagged.remarks ?? "nil")")
        print(output.joined(separator: "\\n"))
        """
    }

    @Test func everyCodeRoundTripsThroughTheCompiledTable() throws {
        let catalog = Self.catalog
        let options = SwiftRenderOptions(typePrefix: "Scale", accessLevel: .public, specPath: "scale.yaml")
        let files = try SwiftRenderer.render(CatalogValidator.validate(catalog), options: options)
        let output = try SwiftTestSupport.compileAndRun(files, main: Self.driver)
        var expected: [String] = []
        for entry in catalog.entries {
            expected.append(Self.describe(
                code: entry.code, module: entry.module, deprecated: entry.deprecated == true, retryable: entry.retryable == true,
                remarks: entry.remarks))
            for variant in entry.variants {
                expected.append("  V \(variant.message.debugDescription) \(variant.status.map(String.init) ?? "nil")")
                expected.append("    d \(variant.description.debugDescription) \(MarkdownPlainText.plain(variant.description).debugDescription)")
                expected.append("    s \(variant.solution.debugDescription) \(MarkdownPlainText.plain(variant.solution).debugDescription)")
            }
        }
        expected.append("unknown: " + Self.unknown.map { _ in "nil" }.joined(separator: " "))
        expected.append("match: [\"disk 7\"] true")
        expected.append("double: [] true **d** true 429")
        expected.append("info: X.1 Module 3 false false true true")
        expected.append("flagged: true true r")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
        #expect(lines.count == expected.count)
        for (index, (line, wanted)) in zip(lines, expected).enumerated() where line != wanted {
            Issue.record("line \(index): \(line) should be \(wanted)")
            break
        }
    }

    @Test func plainTextsAreStoredOnlyWhereTheyDiffer() throws {
        let plainOnly = Catalog(service: "S", entries: [
            Entry(code: "A", variants: [Variant(message: "m", description: "no markup", solution: "- a list\n- stays")]),
        ])
        let marked = Catalog(service: "S", entries: [
            Entry(code: "A", variants: [Variant(message: "m", description: "**no** markup", solution: "- a list\n- stays")]),
        ])
        let plainRows = SwiftErrorTableFile.tableLines(plainOnly.entries).dropFirst(3)
        let markedRows = SwiftErrorTableFile.tableLines(marked.entries).dropFirst(3)
        #expect(Array(plainRows) == ["A␟␟0␟1␟m␟no markup␟- a list␛n- stays␟␟0␟1␟m␟"])
        #expect(Array(markedRows) == ["A␟␟0␟1␟m␟**no** markup␟- a list␛n- stays␟␟1␟no markup␟1␟m␟"])
    }

    @Test func indexSizeStaysWithinThreeCodesPerFourSlots() {
        for count in [0, 1, 2, 3, 4, 5, 100, 3_000] {
            let entries = (0..<count).map { Entry(code: "C\($0)", variants: [Variant(message: "m")]) }
            let lines = SwiftErrorTableFile.tableLines(entries)
            let header = Array(lines[0].utf8)
            let width = Int(header[0]) - 48
            let slotBits = Int(header[header.count - 1]) - 48
            #expect(lines[1].utf8.count == (2 * width + 1) << slotBits)
            #expect(count * 4 <= 3 << slotBits || count == 0)
            #expect(lines.count == 3 + count)
        }
    }
}
