import ErrataTestSupport
import ErrataModel
import ErrataSpec
import Testing

/// The spec's `reading:` key: read, validated with locations, written back byte-stable.
@Suite struct ReadingRecipeSpecTests {
    func read(_ yaml: String) throws -> Catalog {
        try SpecReader.read(data: Array(yaml.utf8), path: "s.yaml")
    }

    func problems(_ yaml: String) -> [String] {
        do {
            _ = try read(yaml)
            return []
        } catch let error as Diagnostics {
            return error.items.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    static let full = """
        version: 1
        service: Gateway
        source: https://example.com/errors.md
        reading:
          format: markdown
          tables:
          - {caption: Error codes}
          - {index: 2}
          - {header: Error code}
          columns:
          - {header: HttpCode, role: status}
          - {position: 5, role: ignore}
          errors: headings
        errorBody:
          code: error_code
          message: error_msg
        entries:
        - code: GW.0001
          message: Bad request.

        """

    @Test func everyKeyIsRead() throws {
        let catalog = try read(Self.full)
        #expect(catalog.reading == ReadingRecipe(
            format: .markdown,
            tables: [.init(.caption("Error codes")), .init(.index(2)), .init(.header("Error code"))],
            columns: [.init(.header("HttpCode"), role: .status), .init(.position(5), role: .ignore)],
            errors: .headings))
        #expect(catalog.reading.location?.line == 5)
        #expect(catalog.reading.columns.map { $0.location?.line } == [11, 12])
        #expect(catalog.reading.tables.map { $0.location?.line } == [7, 8, 9])
    }

    @Test func theRendererWritesItBackByteForByte() throws {
        let catalog = try read(Self.full)
        let text = try SpecRenderer.render(CatalogValidator.validate(catalog), header: "")
        #expect(text == Self.full)
        #expect(try read(text) == catalog)
    }

    @Test func aSpecWithoutARecipeWritesNone() throws {
        let catalog = try read("service: S\nentries:\n- code: A\n  message: m\n")
        #expect(catalog.reading.isEmpty)
        #expect(!(try SpecRenderer.render(CatalogValidator.validate(catalog), header: "")).contains("reading"))
    }

    @Test(arguments: [
        ("format: pdf", "s.yaml:2:11: error: unknown page format 'pdf'; expected one of: html, text, markdown, rst"),
        ("format: spec", "s.yaml:2:11: error: unknown page format 'spec'"),
        ("tables: [{index: -1}]", "s.yaml:2:20: error: 'reading.tables.index' must be a whole number, not '-1'"),
        ("tables: [{index: 1, caption: x}]", "s.yaml:2:12: error: a table of 'reading.tables' is one of index: N, caption: TEXT or header: TEXT"),
        ("tables: [{name: x}]", "s.yaml:2:13: error: unknown key 'name' in a table of 'reading.tables'; expected one of: caption, header, index"),
        ("tables: [{caption: ''}]", "s.yaml:2:22: error: 'reading.tables.caption' must not be empty"),
        ("columns: [{header: A}]", "s.yaml:2:13: error: a column of 'reading.columns' needs a role"),
        ("columns: [{header: A, role: price}]", "s.yaml:2:31: error: unknown column role 'price'; expected one of: code, message, description, solution, status, module, ignore"),
        ("columns: [{position: 0, role: code}]", "s.yaml:2:24: error: 'reading.columns.position' counts from 1 (the first column)"),
        ("columns: [{header: A, position: 2, role: code}]", "s.yaml:2:13: error: a column of 'reading.columns' names its column by header: TEXT or by position: N (one of them)"),
        ("columns: [{header: A, role: code}, {header: A, role: status}]", "s.yaml:2:38: error: the column headed \"A\" is given a role twice (first at line 2)"),
        ("errors: bullets", "s.yaml:2:11: error: unknown error layout 'bullets'; expected one of: tables, list, headings, terms, names"),
        ("pages: 2", "s.yaml:2:3: error: unknown key 'pages' in 'reading'; expected one of: columns, errors, format, tables"),
    ])
    func mistakesAreLocated(line: String, expected: String) {
        let found = problems("reading:\n  \(line)\nservice: S\nentries:\n- code: A\n  message: m\n")
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
    }

    @Test func optionsAmendTheRecipe() {
        let spec = ReadingRecipe(
            format: .html, tables: [.init(.index(1))],
            columns: [.init(.header("HttpCode"), role: .status), .init(.position(3), role: .message)], errors: .list)
        let given = ReadingRecipe(columns: [.init(.position(3), role: .description)])
        #expect(spec.amended(by: given) == ReadingRecipe(
            format: .html, tables: [.init(.index(1))],
            columns: [.init(.header("HttpCode"), role: .status), .init(.position(3), role: .description)], errors: .list))
        let tables = ReadingRecipe(format: .markdown, tables: [.init(.caption("Errors"))], errors: .tables)
        #expect(spec.amended(by: tables) == ReadingRecipe(
            format: .markdown, tables: [.init(.caption("Errors"))], columns: spec.columns, errors: .tables))
        #expect(spec.amended(by: ReadingRecipe()) == spec)
    }
}
