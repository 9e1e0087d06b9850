import Foundation
import Testing

/// Options that make no sense together are refused before anything is read or written: a usage
/// error (exit status 2) that names what to do instead, with the command's usage line.
@Suite struct OptionCombinationTests {
    struct Refusal: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }

        init(_ arguments: [String], _ message: String) {
            self.arguments = arguments
            self.message = message
        }
    }

    static let spec = "spec/huawei-ocr.yaml"
    /// The OCR page, in sync with the spec.
    static let page = ErrataCLI.repoRoot.appendingPathComponent("Tests/Fixtures/Readers/huawei-ocr.md").path

    static let upstreamGeneratesNothing = "check --upstream compares the spec with its page and generates nothing: drop "

    static let refusals: [Refusal] = [
        // check --upstream compares the spec with its page: nothing of generating applies.
        Refusal(["check", "--upstream", page, "--quiet"],
                "check --upstream prints how the spec differs from its page, not a list of files: drop --quiet"),
        Refusal(["check", "--upstream", page, "--spec", spec, "--output", "Out"], upstreamGeneratesNothing + "--output"),
        Refusal(["check", "--upstream", page, "--spec", spec, "--swift-output", "Out"], upstreamGeneratesNothing + "--swift-output"),
        Refusal(["check", "--upstream", page, "--spec", spec, "--type-prefix", "OCR"], upstreamGeneratesNothing + "--type-prefix"),
        Refusal(["check", "--upstream", page, "--spec", spec, "--access-level", "internal"], upstreamGeneratesNothing + "--access-level"),
        Refusal(["check", "--upstream", page, "--spec", spec, "--swift-fixtures"], upstreamGeneratesNothing + "--swift-fixtures"),
        Refusal(["check", "--upstream", page, "--type-prefix", "OCR"], upstreamGeneratesNothing + "--type-prefix"),
        Refusal(["check", "--upstream", "--spec", spec, "--output", "Out"], upstreamGeneratesNothing + "--output"),
        Refusal(["check", "--upstream", page, "--strict"],
                "check --upstream reports no warnings, so --strict, --allow-warning and --diagnostics change nothing: drop them (errata dump PAGE --strict reports a page's warnings)"),
        Refusal(["check", "--upstream", page, "--diagnostics", "github"],
                "check --upstream reports no warnings, so --strict, --allow-warning and --diagnostics change nothing: drop them"),
        // check without --upstream compares generated files.
        Refusal(["check", "--fail-on", "breaking"],
                "--fail-on grades the differences from the documentation page and goes with --upstream; without it, check fails on any drift of the generated files: drop --fail-on"),
        Refusal(["check", "--fail-on", "any"], "--fail-on grades the differences from the documentation page and goes with --upstream"),
        Refusal(["check", "--timeout", "5"], "--timeout goes with --upstream, the only page check fetches: drop --timeout"),
        Refusal(["check", "--report-format", "github", "--quiet"],
                "--quiet shortens the text report; --report-format github prints one annotation per file: drop --quiet"),
        // --spec replaces the configuration.
        Refusal(["generate", "--config", "errata.yml", "--spec", spec, "--output", "Out"],
                "--spec works on that spec alone and reads no configuration: drop --config, or drop --spec to work on the configuration's catalogs"),
        Refusal(["check", "--config", "errata.yml", "--spec", spec, "--output", "Out"], "--spec works on that spec alone and reads no configuration"),
        Refusal(["check", "--upstream", page, "--config", "errata.yml", "--spec", spec], "--spec works on that spec alone and reads no configuration"),
        // One spec's outputs and Swift settings; errata.yml has its own.
        Refusal(["generate", "--spec", spec, "--output", "A", "--swift-output", "B"],
                "give --output or --swift-output, not both: --output DIR receives DIR/Swift, DIR/Docs and DIR/Fixtures, --swift-output DIR the Swift library alone"),
        Refusal(["generate", "--spec", spec],
                "--spec needs --output DIR (Swift/, Docs/ and Fixtures/) or --swift-output DIR (the Swift library alone)"),
        Refusal(["check", "--spec", spec], "--spec needs --output DIR"),
        Refusal(["generate", "--output", "Out"],
                "--output goes with --spec: add --spec FILE, or drop --output to generate the configuration's catalogs"),
        Refusal(["check", "--swift-output", "Out"],
                "--swift-output goes with --spec: add --spec FILE, or drop --swift-output to generate the configuration's catalogs"),
        Refusal(["generate", "--type-prefix", "OCR"], "--type-prefix goes with --spec; with errata.yml, set swift.typePrefix of the catalog there"),
        Refusal(["generate", "--access-level", "package"], "--access-level goes with --spec; with errata.yml, set swift.accessLevel of the catalog there"),
        Refusal(["check", "--style", "enum"], "--style goes with --spec; with errata.yml, set swift.style of the catalog there"),
        Refusal(["generate", "--style", "struct"], "--style goes with --spec; with errata.yml, set swift.style of the catalog there"),
        Refusal(["check", "--upstream", page, "--style", "enum"], "--style goes with --spec; with errata.yml, set swift.style of the catalog there"),
        Refusal(["generate", "--config", "other.yml", "--swift-fixtures"], "--swift-fixtures goes with --spec; with other.yml, set swift.fixtures of the catalog there"),
        // A spec read as one has no tables, and names its own service and source.
        Refusal(["dump", spec, "--page-format", "spec", "--table", "0"],
                "--table, --table-header, --column and --errors say how a documentation page is read, and a spec (--page-format spec) is not one: drop them"),
        Refusal(["dump", spec, "--page-format", "spec", "--service", "OCR"],
                "--service names the service of a documentation page, and a spec (--page-format spec) names its own: drop --service"),
        Refusal(["dump", spec, "--page-format", "spec", "--source", "https://example.com/errors"],
                "--source records a documentation page's URL, and a spec (--page-format spec) records its own: drop --source"),
        Refusal(["import", spec, "--spec", "copy.yaml", "--page-format", "spec", "--table", "1"], "--table, --table-header, --column and --errors say how a documentation page is read"),
        Refusal(["import", spec, "--spec", "copy.yaml", "--page-format", "spec", "--service", "OCR"], "--service names the service of a documentation page"),
        // --locale: a BCP 47 tag; import --locale adds translations to a spec that names its own service;
        // check compares translations only with a page.
        Refusal(["import", page, "--spec", spec, "--locale", "zh_CN"],
                "--locale takes a BCP 47 language tag, such as zh-Hans, pt-BR or de; \"zh_CN\" is not one"),
        Refusal(["import", page, "--spec", spec, "--locale", "zh-Hans", "--service", "OCR"],
                "--service names the service of a new spec; import --locale adds translations to an existing spec, which keeps its service name: drop --service"),
        Refusal(["diff", spec, page, "--locale", "chinese-simplified"], "--locale takes a BCP 47 language tag"),
        Refusal(["check", "--upstream", page, "--locale", "zh-"], "--locale takes a BCP 47 language tag"),
        Refusal(["check", "--locale", "zh-Hans"],
                "--locale goes with --upstream (the spec's translation compared with that language's page); the generated files have no translations to check: drop --locale, or add --upstream"),
        // strings: one language at a time or several, each once, into a String Catalog.
        Refusal(["strings", "export", "--spec", spec], "give --locale TAG, the language to translate into (e.g. --locale zh-Hans; repeatable)"),
        Refusal(["strings", "export", "--spec", spec, "--locale", "de", "--locale", "DE"], "--locale DE is given twice: give each language once"),
        Refusal(["strings", "export", "--spec", spec, "--locale", "de", "--output", "de.json"],
                "--output names the String Catalog to write: end it in .xcstrings (Xcode opens it by that), or give - for standard output"),
        Refusal(["strings", "export", "--spec", spec, "--locale", "zh_CN"], "The value 'zh_CN' is invalid for '--locale <tag>'"),
        Refusal(["strings", "import", spec, "--spec", "zh.xcstrings"],
                "strings import reads a String Catalog, a file ending in .xcstrings; spec/huawei-ocr.yaml is not one (the spec goes with --spec)"),
        // Typed values: the parser names the valid ones.
        Refusal(["generate", "--spec", spec, "--output", "Out", "--access-level", "private"],
                "The value 'private' is invalid for '--access-level <level>'. Please provide one of 'public', 'package' or 'internal'."),
        Refusal(["check", "--report-format", "json"], "The value 'json' is invalid for '--report-format <format>'. Please provide one of 'text' and 'github'."),
        Refusal(["dump", spec, "--diagnostics", "xml"], "Please provide one of 'text' and 'github'."),
        Refusal(["diff", spec, spec, "--timeout", "0"], "--timeout must be a positive number of seconds, e.g. --timeout 30"),
    ]

    @Test(arguments: refusals)
    func refusedWithWhatToDo(_ refusal: Refusal) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted()
        let result = try workspace.run(refusal.arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
        #expect(result.stderr.contains(refusal.message), "\(result.stderr)")
        // `strings export` and `strings import` are subcommands of a group.
        let command = refusal.arguments.prefix(refusal.arguments[0] == "strings" ? 2 : 1).joined(separator: " ")
        #expect(result.stderr.contains("Usage: errata \(command)"), "\(result.stderr)")
        #expect(result.stderr.contains("See 'errata \(command) --help' for more information."), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted() == before, "nothing written")
    }

    @Test func generateAndCheckTakeOneSpecsSettings() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let options = [
            "--spec", Self.spec, "--output", "Out", "--type-prefix", "OCR", "--access-level", "package", "--style", "enum",
            "--swift-fixtures",
        ]
        let generate = try workspace.run(["generate"] + options + ["--strict", "--diagnostics", "github"])
        #expect(generate.status == 0, "\(generate.stderr)")
        let code = try String(contentsOf: workspace.url("Out/Swift/OCRErrorCode.swift"), encoding: .utf8)
        #expect(code.contains("package enum OCRErrorCode"), "\(code.prefix(2000))")
        #expect(FileManager.default.fileExists(atPath: workspace.url("Out/Swift/OCRErrorFixtures.swift").path))
        #expect(try workspace.run(["check"] + options + ["--quiet"]).status == 0)
        #expect(try workspace.run(["check"] + options + ["--report-format", "github", "--diagnostics", "text"]).status == 0)
    }

    @Test func configurationOptionsStillWork() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("generate", "--config", "errata.yml", "--strict").status == 0)
        #expect(try workspace.run("check", "--config", "errata.yml", "--quiet", "--report-format", "text").status == 0)
        #expect(try workspace.run("check", "--report-format", "github", "--diagnostics", "github").status == 0)
        #expect(try workspace.run("check", "--upstream", Self.page, "--config", "errata.yml", "--fail-on", "breaking").status == 0)
    }

    @Test func upstreamTakesTheSpecItsStyleAndTheReportOptions() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run(
            "check", "--upstream", Self.page, "--spec", Self.spec, "--style", "enum", "--fail-on", "breaking", "--report-format", "github",
            "--timeout", "5")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "in sync: \(Self.spec) matches \(Self.page)\n")
    }

    @Test func readOptionsApplyToPagesAndSpecs() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let page = try workspace.run("dump", Self.page, "--page-format", "markdown", "--table", "0", "--service", "OCR", "--source", "https://example.com")
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.contains("\"OCR\""), "\(page.stdout.prefix(300))")
        #expect(try workspace.run("dump", Self.spec, "--page-format", "spec").status == 0)
        // Updating a spec from a spec: --source is the updated spec's source.
        #expect(try workspace.run("import", Self.spec, "--spec", "copy.yaml", "--page-format", "spec").status == 0)
        let updated = try workspace.run("import", Self.spec, "--spec", "copy.yaml", "--page-format", "spec", "--source", "https://example.com/ocr")
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(try String(contentsOf: workspace.url("copy.yaml"), encoding: .utf8).contains("source: https://example.com/ocr"))
    }
}
