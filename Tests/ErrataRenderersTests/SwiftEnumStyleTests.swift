import ErrataModel
import ErrataRenderers
import Foundation
import Testing

/// `swift.style: enum`: the code type is a Swift `enum` with the struct style's API. Its golden file
/// folder (`ERRATA_UPDATE_GOLDEN=1 swift test` rewrites it) holds the files the style changes: the
/// code file, the error file (whose `~=` extends the code type) and the table file (the service's
/// `Code`); every other file is byte for byte the struct style's (checked against `Golden/Swift`
/// by `SwiftGoldenTests`). A client compiled against each style uses the whole API.
@Suite(.serialized) struct SwiftEnumStyleTests {
    static let goldenFolder = SwiftTestSupport.fixtures.appendingPathComponent("Golden/SwiftEnum")
    static let codeFile = "HuaweiOCRErrorCode.swift"
    /// The files that depend on the style.
    static let styleFiles = ["HuaweiOCRError.swift", "HuaweiOCRErrorCode.swift", "HuaweiOCRErrorTable.swift"]

    static func render(_ style: SwiftStyle, fixtures: Bool = false) throws -> [RenderedFile] {
        try SwiftRenderer.render(CatalogValidator.validate(
            SwiftTestSupport.catalog("sample.json")),
            options: SwiftRenderOptions(
                typePrefix: "HuaweiOCR", accessLevel: .public, specPath: "spec/huawei-ocr.yaml", style: style, fixtures: fixtures))
    }

    @Test func codeFileMatchesGoldenFileAndTheOtherFilesAreTheStructStyles() throws {
        let files = try Self.render(.enum).filter { Self.styleFiles.contains($0.path) }
        #expect(files.map(\.path) == Self.styleFiles)
        if ProcessInfo.processInfo.environment["ERRATA_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: Self.goldenFolder)
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            for file in files { try Data(file.contents.utf8).write(to: Self.goldenFolder.appendingPathComponent(file.path)) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: Self.goldenFolder.path).sorted() == Self.styleFiles)
        for file in files {
            let golden = try String(contentsOf: Self.goldenFolder.appendingPathComponent(file.path), encoding: .utf8)
            #expect(golden == file.contents, "\(file.path) differs from its golden file")
        }

        for fixtures in [false, true] {
            let enumFiles = try Self.render(.enum, fixtures: fixtures)
            let structFiles = try Self.render(.struct, fixtures: fixtures)
            #expect(enumFiles.map(\.path) == structFiles.map(\.path))
            for (enumFile, structFile) in zip(enumFiles, structFiles) where !Self.styleFiles.contains(enumFile.path) {
                #expect(enumFile.contents == structFile.contents, "\(enumFile.path) depends on the style")
            }
        }
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Self.render(.enum, fixtures: true)
        #expect(first == (try Self.render(.enum, fixtures: true)))
        for file in first {
            #expect(file.contents.hasSuffix("\n") && !file.contents.hasSuffix("\n\n") && !file.contents.contains("\r"), "\(file.path)")
        }
    }

    @Test func enumHasACasePerCodeWithTheStructsNamesDocumentationAndDeprecation() throws {
        let enumCode = try #require(try Self.render(.enum).first { $0.path == Self.codeFile }).contents
        let structCode = try #require(try Self.render(.struct).first { $0.path == Self.codeFile }).contents
        let names = ["ais0101", "ais0119", "modelArts4105", "modelArts4204", "apig0201", "apig0308", "code1001", "fallback"]
        for name in names {
            #expect(structCode.contains("public static var \(name): HuaweiOCRErrorCode {"))
            #expect(enumCode.contains("\n    case \(name)\n"))
            #expect(!enumCode.contains("static var \(name):"), "documented codes are cases, not static members")
            // The same doc comment (and attributes) right above the member and the case.
            #expect(Self.declarationPreamble(of: "case \(name)\n", in: enumCode)
                == Self.declarationPreamble(of: "public static var \(name):", in: structCode).replacingOccurrences(of: "    @_optimize(none)\n", with: ""))
        }
        #expect(enumCode.contains("    @available(*, deprecated)\n    case apig0201\n"))
        #expect(enumCode.contains("case .fallback: return 7\n"))
        #expect(enumCode.contains("            \"APIG.0308\",\n            \"1001\",\n            \"default\",\n"))
        #expect(enumCode.contains("case undocumented(String)\n"))
    }

    /// The doc comment and attribute lines right above the line containing `declaration`.
    static func declarationPreamble(of declaration: String, in text: String) -> String {
        guard let range = text.range(of: declaration) else { return "" }
        let lines = text[..<range.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let preamble = lines.reversed().prefix { $0.hasPrefix("    ///") || $0.hasPrefix("    @") }
        return preamble.reversed().map { $0 + "\n" }.joined()
    }

    // MARK: - A client of each style

    @Test(arguments: [SwiftStyle.struct, .enum])
    func clientCompilesAndBehaves(style: SwiftStyle) throws {
        let files = try Self.render(style, fixtures: true)
        let output = try SwiftTestSupport.compileAndRun(files, main: Self.sharedClient + (style == .enum ? Self.enumClient : Self.structClient))
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let shared = [
            "decode: AIS.0119 true status=400 variant=0 values=[\"42\"]",
            "reason: The input image failed to match the template. | Check whether the reference fields in the template match the fields in the input image.",
            "undocumented: APIGW.0101 false nil nil",
            "integer: true [\"disk full\", \"EIO\"]",
            "body round trip: true {\"error_code\":\"AIS.0119\",\"error_msg\":\"Template match failed, template_id=42.\"}",
            "codable round trip: true true",
            "raw: AIS.0101 APIG.0308 default APIGW.0101 1001",
            "documented: true true true false true",
            "all: AIS.0101 AIS.0119 ModelArts.4105 ModelArts.4204 APIG.0201 APIG.0308 1001 default",
            "info: 2 APIG default deprecated=true",
            "codes json: [\"AIS.0101\",\"APIG.0308\",\"default\",\"APIGW.0101\",\"1001\"]",
            "codes back: true from int: true set: 5",
            "catch: ais0119 apig0308 other other",
            "if case: true false",
            "fixtures: 9 checked, 0 failures",
        ]
        let specific = style == .enum
            ? [
                "switch: ais0101 modelArts modelArts apig0201 code1001 fallback undocumented(APIGW.0101)",
                "allCases: true 8",
                "undocumented(\"AIS.0101\") == .ais0101: true",
            ]
            : [
                "switch: ais0101 other other other other fallback other",
                "qualified: ais0119 other true",
            ]
        #expect(lines == shared + specific + [""])
    }

    /// Uses only what both styles have.
    static let sharedClient = #"""
        import Foundation

        typealias Code = HuaweiOCRErrorCode

        func decode(_ json: String, status: Int? = nil) throws -> HuaweiOCRError {
            try HuaweiOCRError.decode(Data(json.utf8), httpStatus: status)
        }

        let template = try decode(#"{"error_code":"AIS.0119","error_msg":"Template match failed, template_id=42."}"#, status: 400)
        print("decode: \(template.code) \(template.code == .ais0119) status=\(template.httpStatus ?? 0) variant=\(template.variantIndex ?? -1) values=\(template.placeholderValues)")
        print("reason: \(template.failureReason ?? "nil") | \(template.recoverySuggestion ?? "nil")")
        let unknown = try decode(#"{"error_code":"APIGW.0101","error_msg":"Nope"}"#)
        print("undocumented: \(unknown.code) \(unknown.code.isDocumented) \(unknown.failureReason ?? "nil") \(unknown.recoverySuggestion ?? "nil")")
        let integer = try decode(#"{"error_code":1001,"error_msg":"Internal error: disk full (EIO)"}"#, status: 500)
        print("integer: \(integer.code == .code1001) \(integer.placeholderValues)")

        let again = try HuaweiOCRError.decode(template.encodedBody(), httpStatus: 400)
        print("body round trip: \(again == template) \(String(decoding: template.encodedBody(), as: UTF8.self))")
        let encoded = try JSONEncoder().encode([template, unknown])
        let decoded = try JSONDecoder().decode([HuaweiOCRError].self, from: encoded)
        print("codable round trip: \(decoded.map(\.code) == [template.code, unknown.code]) \(decoded.map(\.message) == [template.message, unknown.message])")

        let codes: [Code] = ["AIS.0101", .apig0308, Code(rawValue: "default"), "APIGW.0101", Code(rawValue: "1001")]
        print("raw: " + codes.map(\.rawValue).joined(separator: " "))
        print("documented: " + codes.map { String($0.isDocumented) }.joined(separator: " "))
        print("all: " + Code.allDocumented.map(\.description).joined(separator: " "))
        print("info: \(Code.modelArts4105.messages.count) \(Code.apig0308.module?.rawValue ?? "-") \(Code.fallback) deprecated=\(Code(rawValue: "APIG.0201").info?.deprecated == true)")
        let json = try JSONEncoder().encode(codes)
        print("codes json: \(String(decoding: json, as: UTF8.self))")
        let back = try JSONDecoder().decode([Code].self, from: json)
        let fromInteger = try JSONDecoder().decode([Code].self, from: Data(#"[1001, "AIS.0101"]"#.utf8))
        print("codes back: \(back == codes) from int: \(fromInteger == [.code1001, .ais0101]) set: \(Set(codes + codes).count)")

        // Matching a code on any error, through `~=` (PError.swift).
        struct Other: Error {}
        func caught(_ error: any Error) -> String {
            do {
                throw error
            } catch .ais0119 {
                return "ais0119"
            } catch .apig0308 {
                return "apig0308"
            } catch {
                return "other"
            }
        }
        let throttled = HuaweiOCRError(code: .apig0308, message: "slow down")
        let errors: [any Error] = [template, throttled, unknown, Other()]
        print("catch: " + errors.map(caught).joined(separator: " "))
        func isTemplateError(_ error: any Error) -> Bool {
            if case .ais0119 = error { return true }
            return false
        }
        print("if case: \(isTemplateError(template)) \(isTemplateError(throttled))")

        var failures = 0
        for fixture in HuaweiOCRErrorFixtures.all {
            let error = try fixture.error()
            if error.code != fixture.code || error.variantIndex != fixture.variantIndex || error.httpStatus != fixture.httpStatus {
                failures += 1
                print("fixture \(fixture.code) row \(fixture.variantIndex) decoded as \(error.code) row \(error.variantIndex ?? -1)")
            }
        }
        print("fixtures: \(HuaweiOCRErrorFixtures.all.count) checked, \(failures) failures")

        let switched: [Code] = [.ais0101, .modelArts4105, "ModelArts.4204", "APIG.0201", "1001", "default", "APIGW.0101"]

        """#

    /// An exhaustive `switch` (no `default`; a deprecated case in a pattern does not warn).
    static let enumClient = #"""
        func name(_ code: Code) -> String {
            switch code {
            case .ais0101: "ais0101"
            case .ais0119: "ais0119"
            case .modelArts4105, .modelArts4204: "modelArts"
            case .apig0201: "apig0201"
            case .apig0308: "apig0308"
            case .code1001: "code1001"
            case .fallback: "fallback"
            case .undocumented(let text): "undocumented(\(text))"
            }
        }
        print("switch: " + switched.map(name).joined(separator: " "))
        print("allCases: \(Code.allCases == Code.allDocumented) \(Code.allCases.count)")
        print("undocumented(\"AIS.0101\") == .ais0101: \(Code.undocumented("AIS.0101") == .ais0101)")

        """#

    /// A `switch` with `default`, and patterns that name the type.
    static let structClient = #"""
        func name(_ code: Code) -> String {
            switch code {
            case .ais0101: "ais0101"
            case .fallback: "fallback"
            default: "other"
            }
        }
        print("switch: " + switched.map(name).joined(separator: " "))
        func qualified(_ error: any Error) -> String {
            do {
                throw error
            } catch HuaweiOCRErrorCode.ais0119 {
                return "ais0119"
            } catch {
                return "other"
            }
        }
        var qualifiedCase = false
        if case HuaweiOCRErrorCode.ais0119 = template as any Error { qualifiedCase = true }
        print("qualified: \(qualified(template)) \(qualified(unknown)) \(qualifiedCase)")

        """#

    /// Swift reads `Type.member` in a pattern as an enum case pattern, which needs the value itself
    /// to be of that type, so with the enum style `catch HuaweiOCRErrorCode.ais0119` does not
    /// compile (`catch .ais0119` does). The code type must not conform to `Error`: it would then
    /// compile and never match a thrown `HuaweiOCRError`.
    @Test func enumCasePatternNamingTheTypeDoesNotCompileOnAnyError() throws {
        let files = try Self.render(.enum)
        let client = """
            func f(_ error: any Error) -> Bool {
                do { throw error } catch HuaweiOCRErrorCode.ais0119 { return true } catch { return false }
            }
            print(f(HuaweiOCRError(code: .ais0119, message: "")))
            """
        do {
            let output = try SwiftTestSupport.compileAndRun(files, main: client)
            Issue.record("compiled and printed \(output)")
        } catch let failure as SwiftTestSupport.Failure {
            #expect(failure.description.contains("cannot match"), "\(failure.description)")
        }
    }

    // MARK: - Names and shapes

    @Test func hostileCodesGetTheSameMemberNamesInBothStylesAndCompile() throws {
        let texts = ["default", "case", "undocumented", "allCases", "rawValue", "hash", "description", "init", "self"]
        let catalog = Catalog(
            service: "Names", entries: texts.map { Entry(code: $0, variants: [Variant(message: "Message of \($0).")]) })
        let expected = ["default_", "case_", "undocumented_", "allCases_", "rawValue_", "hash_", "description_", "init_", "self_"]
        var outputs: [String] = []
        for style in SwiftStyle.allCases {
            let options = SwiftRenderOptions(typePrefix: "Names", accessLevel: .internal, specPath: "names.yaml", style: style)
            let files = try SwiftRenderer.render(CatalogValidator.validate(catalog), options: options)
            let code = try #require(files.first { $0.path == "NamesErrorCode.swift" }).contents
            for name in expected {
                #expect(code.contains(style == .enum ? "\n    case \(name)\n" : "static var \(name): NamesErrorCode"), "\(style) \(name)")
            }
            let patterns = expected.map { "case .\($0): \"\($0)\"" }.joined(separator: "\n        ")
            let main = """
                func name(_ code: NamesErrorCode) -> String {
                    switch code {
                    \(patterns)
                    \(style == .enum ? "case .undocumented(let text): \"undocumented(\\(text))\"" : "default: \"other\"")
                    }
                }
                let codes = NamesErrorCode.allDocumented + [NamesErrorCode(rawValue: "other")]
                print(codes.map { name($0) + "=" + $0.rawValue }.joined(separator: " "))
                """
            outputs.append(try SwiftTestSupport.compileAndRun(files, main: main))
        }
        let pairs = zip(expected, texts).map { "\($0)=\($1)" }.joined(separator: " ")
        #expect(outputs[0] == pairs + " other=other\n")
        #expect(outputs[1] == pairs + " undocumented(other)=other\n")
    }

    @Test func hostileTextsRoundTripInTheEnumStyleAsInTheStructStyle() throws {
        var outputs: [String] = []
        for style in SwiftStyle.allCases {
            let options = SwiftRenderOptions(typePrefix: "Evil", accessLevel: .public, specPath: "spec/*/\n\"x\".yaml", style: style)
            outputs.append(try SwiftTestSupport.compileAndRun(
                SwiftRenderer.render(CatalogValidator.validate(SwiftHostileTests.catalog), options: options), main: SwiftHostileTests.driver))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[1].split(separator: "\n").count > SwiftHostileTests.catalog.entries.count)
    }

    /// No deprecated code: the case list carries no `@available`; internal access.
    @Test func catalogWithoutDeprecatedCodesCompiles() throws {
        let options = SwiftRenderOptions(typePrefix: "Bare", accessLevel: .internal, specPath: "bare.yaml", style: .enum)
        let catalog = Catalog(service: "Bare", entries: [Entry(code: "A.1", variants: [Variant(message: "Failed: %d.")])])
        let files = try SwiftRenderer.render(CatalogValidator.validate(catalog), options: options)
        let code = try #require(files.first { $0.path == "BareErrorCode.swift" }).contents
        #expect(!code.contains("@available"))
        #expect(!code.contains("public "))
        let output = try SwiftTestSupport.compileAndRun(files, main: """
            for code: BareErrorCode in ["X.1", "A.1"] {
                switch code {
                case .a1: print("a1", code.isDocumented, BareErrorCode.allCases, code.messages)
                case .undocumented(let text): print(text, code.isDocumented, code.info == nil)
                }
            }
            """)
        #expect(output == "X.1 false true\na1 true [A.1] [\"Failed: %d.\"]\n")
    }
}
