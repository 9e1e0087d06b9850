import ErrataSync
import ErrataModel
import ErrataRenderers
import ErrataSpec
import ErrataTestSupport
import Foundation
import Testing

/// `errata import PAGE --spec FILE --locale TAG`, `errata diff SPEC --locale TAG` and
/// `errata check --upstream --locale TAG`, end to end on a page of errata's own wording
/// (Tests/Fixtures/Pages/acme-vision.zh-Hans.md, the Chinese page of the Acme Vision spec).
@Suite struct LocaleImportTests {
    static let page = RepositoryPaths.fixtures.appendingPathComponent("Pages/acme-vision.zh-Hans.md")

    /// The Acme Vision spec (Tests/Fixtures/Specs/acme-vision.yaml) before any translation.
    static let baseSpec = RepositoryPaths.fixtures.appendingPathComponent("Specs/acme-vision-en.yaml")

    /// A workspace holding `vision.yaml` (the base spec) and `zh.md` (the Chinese page, edited by `editPage`).
    func workspace(editPage: (String) -> String = { $0 }) throws -> Workspace {
        let workspace = try Workspace()
        try FileManager.default.copyItem(at: Self.baseSpec, to: workspace.url("vision.yaml"))
        try editPage(try String(contentsOf: Self.page, encoding: .utf8)).write(to: workspace.url("zh.md"), atomically: true, encoding: .utf8)
        return workspace
    }

    func spec(_ workspace: Workspace) throws -> Catalog {
        try CatalogStage().spec(at: workspace.url("vision.yaml").path).catalog
    }

    func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }

    @Test func importFillsTheLocalesTextsAndNothingElse() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let before = try spec(workspace)
        let result = try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "codes, rows and messages all match: \(result.stderr)")
        #expect(result.stdout == """
            locale: zh-Hans (source: zh.md)
            translated: AV.0101 (description, solution)
            translated: AV.0102 (description, solution)
            translated: GW.0401 (description, solution)
            translated module: Recognition
            translated module: Gateway
            notes: 1 translated
            updated vision.yaml (zh-Hans): 3 codes matched, 0 only on the page, 0 only in the spec, 0 rows with another wire message; translations changed: 3 codes, 2 modules, 1 note

            """)
        let after = try spec(workspace)
        #expect(after.locales == [CatalogLocale(tag: "zh-Hans", source: "zh.md")])
        #expect(after.modules.map { $0.localized["zh-Hans"] } == ["识别", "网关"])
        let rows = after.entries.flatMap(\.variants).map { $0.localized["zh-Hans"] }
        #expect(rows == [
            VariantTranslation(description: "请求中没有图片。", solution: "请在 `image` 字段中发送图片。"),
            VariantTranslation(description: "图片超过 10 MB。", solution: "请压缩图片后重试。"),
            VariantTranslation(description: "解码后的图片超过像素上限。"),  // the page's solution cell is empty, as the spec's
            VariantTranslation(description: "令牌缺失或已过期。", solution: "请重新获取令牌。"),
        ])
        #expect(after.notes[0].localized["zh-Hans"] == NoteTranslation(label: "其他", text: "其他错误码请联系技术支持。"))
        // Codes, modules, messages, statuses, base texts and notes as they were.
        #expect(after.localized(to: "en") == before)
        #expect(try String(contentsOf: workspace.url("vision.yaml"), encoding: .utf8).hasPrefix("# The spec of Tests/Fixtures/Specs/acme-vision.yaml before"), "the spec's comment header is kept")
    }

    @Test func reimportingTheSamePageWritesNothing() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans").status == 0)
        let specURL = workspace.url("vision.yaml")
        let bytes = try Data(contentsOf: specURL)
        let date = try modificationDate(specURL)
        // Without a page: the locale's source, which the first import recorded.
        for arguments in [["import", "zh.md"], ["import"]] {
            let again = try workspace.run(arguments + ["--spec", "vision.yaml", "--locale", "zh-Hans"])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == """
                unchanged vision.yaml (zh-Hans): 3 codes matched, 0 only on the page, 0 only in the spec, 0 rows with another wire message; translations changed: 0 codes, 0 modules, 0 notes

                """)
            #expect(try Data(contentsOf: specURL) == bytes)
            #expect(try modificationDate(specURL) == date)
        }
    }

    @Test func codesOnOneSideAndOtherWireMessagesAreWarnedAndNotImported() throws {
        let workspace = try workspace {
            $0.replacingOccurrences(of: "| 网关 | GW.0401 | Unauthorized. |", with: "| 网关 | GW.0401 | Not authorized. |")
                .replacingOccurrences(of: "| 识别 | AV.0101 |", with: "| 识别 | AV.0199 |")
        }
        defer { workspace.remove() }
        let before = try spec(workspace)
        let result = try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix(
            "updated vision.yaml (zh-Hans): 2 codes matched, 1 only on the page, 1 only in the spec, 1 row with another wire message; translations changed: 2 codes, 2 modules, 1 note\n"),
            "\(result.stdout)")
        let pageLines = try String(contentsOf: workspace.url("zh.md"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let av0199 = try #require(pageLines.firstIndex { $0.contains("AV.0199") }) + 1
        let gw0401 = try #require(pageLines.firstIndex { $0.contains("GW.0401") }) + 1
        let stderr = result.stderr.split(separator: "\n").map(String.init)
        #expect(stderr.contains { $0.hasPrefix("zh.md:\(av0199):") && $0.contains("warning: AV.0199 is on the zh-Hans page but not in the spec") }, "\(result.stderr)")
        #expect(stderr.contains { $0.hasPrefix("vision.yaml:9:5: warning: AV.0101 is in the spec but not on the zh-Hans page (zh.md)") }, "\(result.stderr)")
        #expect(stderr.contains {
            $0.hasPrefix("zh.md:\(gw0401):") && $0.contains(#"warning: GW.0401: the zh-Hans page's wire message "Not authorized." differs from the spec's "Unauthorized." (vision.yaml:"#)
        }, "\(result.stderr)")
        #expect(stderr.count == 3, "\(result.stderr)")
        let after = try spec(workspace)
        #expect(after.localized(to: "en") == before, "no code, message or status changes")
        #expect(after.entry("AV.0101")?.variants[0].localized.isEmpty == true)
        #expect(after.entry("AV.0199") == nil)
        #expect(after.entry("GW.0401")?.variants[0].localized["zh-Hans"]?.description == "令牌缺失或已过期。", "the row is still translated")

        // --strict: the warnings are errors, and nothing is written.
        try FileManager.default.removeItem(at: workspace.url("vision.yaml"))
        try FileManager.default.copyItem(at: Self.baseSpec, to: workspace.url("vision.yaml"))
        let strict = try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans", "--strict")
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("warnings are errors with --strict (locale-extra-code, locale-message-differs"), "\(strict.stderr)")
        #expect(try Data(contentsOf: workspace.url("vision.yaml")) == Data(contentsOf: Self.baseSpec))
    }

    @Test func textsEqualToTheBaseTextAreNoTranslation() throws {
        // The gateway row left in English on the Chinese page, its module name too.
        let workspace = try workspace {
            $0.replacingOccurrences(of: "| 网关 | GW.0401 | Unauthorized. | 401 | 令牌缺失或已过期。 | 请重新获取令牌。 |",
                                    with: "| Gateway | GW.0401 | Unauthorized. | 401 | The token is missing or expired. | 请重新获取令牌。 |")
        }
        defer { workspace.remove() }
        #expect(try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans").status == 0)
        let after = try spec(workspace)
        #expect(after.entry("GW.0401")?.variants[0].localized["zh-Hans"] == VariantTranslation(solution: "请重新获取令牌。"))
        #expect(after.modules.map(\.localized) == [["zh-Hans": "识别"], [:]])
        // The view of the locale still shows the page's texts: the base text where there is no translation.
        #expect(try workspace.run("diff", "vision.yaml", "zh.md", "--locale", "zh-Hans").status == 0)
    }

    @Test func diffAndUpstreamCheckCompareTheLocalesView() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans").status == 0)
        // The page is the locale's source: no page argument needed.
        let diff = try workspace.run("diff", "vision.yaml", "--locale", "zh-Hans")
        #expect(diff.status == 0, "\(diff.stdout)\(diff.stderr)")
        #expect(diff.stdout == "no differences\n")
        #expect(try workspace.run("diff", "vision.yaml", "zh.md", "--locale", "zh-Hans").status == 0)
        let check = try workspace.run("check", "--upstream", "--spec", "vision.yaml", "--locale", "zh-Hans")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout == "in sync: vision.yaml (zh-Hans) matches zh.md\n")
        // Without --locale, the spec is compared with its own page's texts: the Chinese page differs.
        #expect(try workspace.run("diff", "vision.yaml", "zh.md").status == 1)

        // A translation edited in the spec is drift.
        let specURL = workspace.url("vision.yaml")
        let edited = try String(contentsOf: specURL, encoding: .utf8).replacingOccurrences(of: "请求中没有图片。", with: "请求里缺少图片。")
        try edited.write(to: specURL, atomically: true, encoding: .utf8)
        let drift = try workspace.run("diff", "vision.yaml", "--locale", "zh-Hans")
        #expect(drift.status == 1)
        #expect(drift.stdout.contains(#"DESCRIPTION_CHANGED [documentation] description: "请求里缺少图片。" → "请求中没有图片。""#), "\(drift.stdout)")
        #expect(drift.stdout.hasSuffix("0 added, 0 removed, 1 changed, 0 note changes; 0 breaking, 1 documentation, 0 additions\n"), "\(drift.stdout)")
        let upstream = try workspace.run("check", "--upstream", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans")
        #expect(upstream.status == 1)
        #expect(upstream.stdout.hasPrefix("vision.yaml (zh-Hans) differs from zh.md:\n"), "\(upstream.stdout)")
        #expect(upstream.stdout.contains("run `errata import zh.md --spec vision.yaml --locale zh-Hans`"), "\(upstream.stdout)")
        #expect(try workspace.run("check", "--upstream", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans", "--fail-on", "breaking").status == 0)
        // The import puts the page's text back.
        #expect(try workspace.run("import", "--spec", "vision.yaml", "--locale", "zh-Hans").stdout.contains("translated: AV.0101 (description)"))
        #expect(try workspace.run("diff", "vision.yaml", "--locale", "zh-Hans").status == 0)
    }

    @Test func theBasePageKeepsTheTranslations() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try FileManager.default.copyItem(at: Self.baseSpec, to: workspace.url("base.yaml"))
        #expect(try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans").status == 0)
        let translated = try Data(contentsOf: workspace.url("vision.yaml"))
        // base.yaml stands for the page in the spec's own language: the spec is in sync with it,
        // and importing it again changes nothing, translations included.
        let check = try workspace.run("check", "--upstream", "base.yaml", "--spec", "vision.yaml")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try workspace.run("diff", "vision.yaml", "base.yaml").stdout == "no differences\n")
        let reimport = try workspace.run("import", "base.yaml", "--spec", "vision.yaml", "--page-format", "spec")
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(reimport.stdout.hasSuffix("unchanged vision.yaml: 0 added, 0 removed, 0 changed\n"), "\(reimport.stdout)")
        #expect(try Data(contentsOf: workspace.url("vision.yaml")) == translated)
    }

    @Test func unusableLocalesAreRefused() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let specURL = workspace.url("vision.yaml")
        let base = try String(contentsOf: specURL, encoding: .utf8)

        let own = try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "en")
        #expect(own.status == 2)
        #expect(own.stderr.contains("vision.yaml: error: en is the spec's own language (language: en)"), "\(own.stderr)")

        let missing = try workspace.run("import", "zh.md", "--spec", "none.yaml", "--locale", "zh-Hans")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.yaml: error: import --locale adds translations to an existing spec"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("none.yaml").path))

        let noSource = try workspace.run("import", "--spec", "vision.yaml", "--locale", "zh-Hans")
        #expect(noSource.status == 2)
        #expect(noSource.stderr.contains("vision.yaml: error: no locale zh-Hans here (locales: none)"), "\(noSource.stderr)")

        let undeclared = try workspace.run("diff", "vision.yaml", "zh.md", "--locale", "zh-Hans")
        #expect(undeclared.status == 2)
        #expect(undeclared.stderr.contains("vision.yaml: error: no locale zh-Hans here"), "\(undeclared.stderr)")
        let page = try workspace.run("diff", "zh.md", "vision.yaml", "--locale", "zh-Hans")
        #expect(page.status == 2, "a page has no locales")

        #expect(try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "zh-Hans").status == 0)
        let otherCase = try workspace.run("import", "zh.md", "--spec", "vision.yaml", "--locale", "zh-hans")
        #expect(otherCase.status == 2)
        #expect(otherCase.stderr.contains("error: the spec spells the locale zh-Hans; pass --locale zh-Hans"), "\(otherCase.stderr)")
        #expect(try String(contentsOf: specURL, encoding: .utf8) != base)
    }
}

/// `LocaleMerge` on catalogs: which text becomes a translation.
@Suite struct LocaleMergeTests {
    static let spec = Catalog(
        service: "S", modules: [Module(name: "Core")],
        entries: [
            Entry(code: "A.1", module: "Core", variants: [Variant(message: "Bad.", description: "It is bad.", solution: "Fix it.", status: 400)]),
            Entry(code: "A.2", module: "Core", variants: [
                Variant(message: "One.", description: "First.", status: 400),
                Variant(message: "Two.", description: "Second.", status: 500),
            ]),
        ],
        notes: [Note(label: "Other", text: "Ask us."), Note(text: "See also the FAQ.")])

    func merge(_ page: Catalog, into spec: Catalog = spec) -> LocaleMerge.Result {
        LocaleMerge.merge(spec: spec, page: page, locale: "de", source: "de.md", pagePath: "de.md", specPath: "s.yaml")
    }

    @Test func rowsArePairedByMessageThenStatusThenPosition() throws {
        // The page lists A.2's rows the other way round, one of them with another message.
        let page = Catalog(service: "S", entries: [
            Entry(code: "A.2", variants: [
                Variant(message: "Zwei.", description: "Zweite.", status: 500),
                Variant(message: "One.", description: "Erste.", status: 400),
            ]),
        ])
        let result = merge(page)
        let rows = try #require(result.catalog.entry("A.2")).variants
        #expect(rows.map { $0.localized["de"]?.description } == ["Erste.", "Zweite."])
        #expect(result.messageDifferences == [LocaleMerge.MessageDifference(code: "A.2", specRow: 1, specMessages: ["Two."], pageMessages: ["Zwei."])])
        #expect(result.matched == ["A.2"])
        #expect(result.onlyInSpec.map(\.code) == ["A.1"])
    }

    @Test func emptyCellsKeepTheTranslationAndBaseTextsRemoveIt() throws {
        var spec = Self.spec
        spec.entries[0].variants[0].localized["de"] = VariantTranslation(description: "Alt.", solution: "Alte Lösung.")
        spec.locales = [CatalogLocale(tag: "de", source: "old.md")]
        let page = Catalog(service: "S", entries: [
            Entry(code: "A.1", variants: [Variant(message: "Bad.", description: "", solution: "Fix it.", status: 400)]),
        ])
        let result = merge(page, into: spec)
        #expect(result.catalog.entry("A.1")?.variants[0].localized["de"] == VariantTranslation(description: "Alt."))
        #expect(result.translatedCodes == [LocaleMerge.TranslatedCode(code: "A.1", fields: ["solution"])])
        #expect(result.catalog.locales == [CatalogLocale(tag: "de", source: "de.md")])
    }

    @Test func modulesAndNotes() throws {
        let page = Catalog(
            service: "S",
            entries: [
                Entry(code: "A.1", module: "Kern", variants: [Variant(message: "Bad.", description: "Schlecht.", status: 400)]),
                Entry(code: "A.2", module: "Basis", variants: [Variant(message: "One.", status: 400)]),
            ],
            notes: [Note(label: "Andere", text: "Fragen Sie uns."), Note(text: "Siehe auch die FAQ."), Note(text: "Extra.")])
        let result = merge(page)
        #expect(result.catalog.modules[0].localized == ["de": "Kern"], "the first code decides")
        #expect(result.translatedModules == ["Core"])
        #expect(result.warnings.contains { $0.message.hasPrefix("A.2 stands under the module \"Basis\" on the de page, but A.1") })
        // No page note has the label "Other": the notes go by position; the third has no counterpart.
        #expect(result.catalog.notes.map { $0.localized["de"] } == [
            NoteTranslation(label: "Andere", text: "Fragen Sie uns."), NoteTranslation(text: "Siehe auch die FAQ."),
        ])
        #expect(result.translatedNotes == 2)
        #expect(result.warnings.contains { $0.message.hasPrefix("note 3 of the de page (\"Extra.\") has no counterpart among the spec's 2 note(s)") })
        #expect(result.catalog.localized(to: "en") == Self.spec.localized(to: "en"))
    }

    @Test func notesWithTheSameLabelArePairedFirst() {
        let page = Catalog(service: "S", entries: [], notes: [Note(text: "Siehe auch die FAQ."), Note(label: "Other", text: "Fragen Sie uns.")])
        #expect(merge(page).catalog.notes.map { $0.localized["de"] } == [NoteTranslation(text: "Fragen Sie uns."), NoteTranslation(text: "Siehe auch die FAQ.")])
    }
}

/// The Chinese Huawei OCR page of 2019 (../shared/corpus) imported into the repository's English
/// spec as its zh-Hans translation, in a scratch copy of the spec.
@Suite struct LocaleImportCorpusTests {
    static let page = SharedPages.corpus("huawei-ocr-errorcodes-zh-20191210.md").path
    static let spec = "spec/huawei-ocr.yaml"

    /// Read by hand from the two: the page has two codes the spec lacks and lacks twelve of the
    /// spec's (newer) codes; two rows send another wire message on the page; ModelArts.4105 has
    /// one row on the page and two in the spec; the page has no note row, the spec one.
    static let onlyOnPage = ["AIS.0106", "ModelArts.4507"]
    static let onlyInSpec = [
        "AIS.0117", "AIS.0118", "AIS.0119", "AIS.0120", "AIS.0121", "AIS.0122", "ModelArts.0203", "ModelArts.6201",
        "APIG.0101", "APIG.0201", "APIG.0301", "APIG.0308",
    ]
    static let summary =
        "34 codes matched, 2 only on the page, 12 only in the spec, 2 rows with another wire message"

    @Test(.requiresSharedPages) func theChinesePageTranslatesTheCodesBothHave() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let english = try CatalogStage().spec(at: workspace.url(Self.spec).path).catalog
        let result = try workspace.run("import", Self.page, "--spec", Self.spec, "--locale", "zh-Hans")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("updated \(Self.spec) (zh-Hans): \(Self.summary); translations changed: 34 codes, 2 modules, 0 notes\n"), "\(result.stdout)")

        let warnings = result.stderr.split(separator: "\n").map(String.init)
        for code in Self.onlyOnPage {
            #expect(warnings.contains { $0.hasPrefix(Self.page + ":") && $0.contains("warning: \(code) is on the zh-Hans page but not in the spec") }, "\(code)")
        }
        for code in Self.onlyInSpec {
            #expect(warnings.contains { $0.hasPrefix(Self.spec + ":") && $0.contains("warning: \(code) is in the spec but not on the zh-Hans page") }, "\(code)")
        }
        #expect(warnings.filter { $0.contains("wire message") }.map { $0.components(separatedBy: "warning: ")[1].prefix(15) } == ["ModelArts.4204:", "ModelArts.4601:"])
        #expect(warnings.contains { $0.contains("warning: row 2 of ModelArts.4105 in the spec has no counterpart on the zh-Hans page") })
        // The page has no note row; the spec has one.
        #expect(warnings.contains { $0.hasPrefix(Self.spec + ": warning: note 1 of the spec (\"Other: ") })
        #expect(warnings.count == 2 + 12 + 2 + 1 + 1, "\(result.stderr)")

        let chinese = try CatalogStage().spec(at: workspace.url(Self.spec).path).catalog
        #expect(chinese.localized(to: "en") == english, "codes, messages, statuses and English texts unchanged")
        #expect(chinese.locales == [CatalogLocale(tag: "zh-Hans", source: Self.page)])
        let ais0101 = try #require(chinese.entry("AIS.0101")?.variants.first)
        let description = try #require(ais0101.localized["zh-Hans"]?.description)
        #expect(description.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(description)")
        #expect(description != ais0101.description)
        #expect(ais0101.localized["zh-Hans"]?.solution?.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } == true)
        let translated = chinese.entries.filter { $0.variants.contains { $0.localized["zh-Hans"] != nil } }.map(\.code)
        #expect(translated.count == 34)
        #expect(Set(translated).isDisjoint(with: Self.onlyInSpec))
        #expect(chinese.modules.map { $0.localized["zh-Hans"] != nil } == [true, true, false], "OCR and Platform; APIG's codes are not on the page")

        // Once more: nothing to change, the file is not touched.
        let specURL = workspace.url(Self.spec)
        let bytes = try Data(contentsOf: specURL)
        let date = try FileManager.default.attributesOfItem(atPath: specURL.path)[.modificationDate] as? Date
        let again = try workspace.run("import", Self.page, "--spec", Self.spec, "--locale", "zh-Hans")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "unchanged \(Self.spec) (zh-Hans): \(Self.summary); translations changed: 0 codes, 0 modules, 0 notes\n")
        #expect(try Data(contentsOf: specURL) == bytes)
        #expect(try FileManager.default.attributesOfItem(atPath: specURL.path)[.modificationDate] as? Date == date)
    }

    /// The library generated from the imported spec speaks Chinese to a Chinese reader: AIS.0101 in
    /// Chinese, a code the Chinese page does not list (AIS.0117) in English, English to an English
    /// reader; wire messages as before.
    @Test(.requiresSharedPages) func theGeneratedLibraryFollowsTheReadersLanguage() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("import", Self.page, "--spec", Self.spec, "--locale", "zh-Hans").status == 0)
        let catalog = try CatalogStage().spec(at: workspace.url(Self.spec).path).catalog
        let files = try SwiftRenderer.render(CatalogValidator.validate(catalog), options: SwiftRenderOptions(typePrefix: "OCR", specPath: "ocr.yaml"))
        let main = """
            import Foundation
            let zh = Locale(identifier: "zh-Hans"), en = Locale(identifier: "en")
            for (code, message) in [("AIS.0101", "The input parameter is invalid."), ("AIS.0117", "Input ID does not exist.")] {
                let body = #"{"error_code": ""# + code + #"", "error_msg": ""# + message + #""}"#
                let error = try OCRError.decode(Data(body.utf8), httpStatus: 400)
                print(error.failureReason(for: zh) ?? "nil")
                print(error.recoverySuggestion(for: zh) ?? "nil")
                print(error.failureReason(for: en) ?? "nil")
                print(OCRLocalization.language(preferring: ["en-US", "zh-Hans-CN"]).map { OCRLocalization.languages[$0] } ?? "nil")
            }
            """
        let output = try SwiftCompiler.compileAndRun(files.map { ($0.path, $0.contents) } + [("main.swift", main)])
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let ais0101 = try #require(catalog.entry("AIS.0101")?.variants.first)
        let ais0117 = try #require(catalog.entry("AIS.0117")?.variants.first)
        #expect(ais0117.localized.isEmpty)
        #expect(lines.count == 9, "\(output)")
        guard lines.count == 9 else { return }
        #expect(lines[0] == ais0101.localized["zh-Hans"]?.description)
        #expect(lines[0].unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        #expect(lines[1] == ais0101.localized["zh-Hans"]?.solution)
        #expect(lines[2] == ais0101.description)
        #expect(lines[3] == "en")
        #expect(lines[4] == ais0117.description, "no Chinese text: the English one")
        #expect(lines[6] == ais0117.description)
    }

    /// After the import, the Chinese view differs from the page only by what import reported:
    /// codes on one side, rows on one side, other wire messages, and the module of the absent codes.
    @Test(.requiresSharedPages) func theChineseViewDiffersOnlyByWhatImportReported() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("import", Self.page, "--spec", Self.spec, "--locale", "zh-Hans").status == 0)
        let diff = try workspace.run("diff", Self.spec, "--locale", "zh-Hans", "--report-format", "json")
        #expect(diff.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        func codes(_ key: String) -> [String] { (report[key] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? [] }
        #expect(codes("added") == Self.onlyOnPage)
        #expect(codes("removed") == Self.onlyInSpec)
        let changed = (report["changed"] as? [[String: Any]])?.map { "\($0["code"] ?? "") \($0["rule"] ?? "")" }
        #expect(changed == ["ModelArts.4105 VARIANT_REMOVED", "ModelArts.4204 MESSAGE_CHANGED", "ModelArts.4601 MESSAGE_CHANGED"])
        let modules = (report["modules"] as? [[String: Any]])?.map { "\($0["rule"] ?? "") \($0["old"] ?? "")" }
        #expect(modules == ["MODULE_REMOVED APIG"])
    }
}
