import ErrataModel
import ErrataRenderers
import Testing

/// The generated library's documentation rows: every status, every message and the other columns of a row, and which
/// row a received error matches (the message first, the response's HTTP status among equally good
/// matches).
@Suite struct SwiftVariantMatchingTests {
    static let catalog = Catalog(
        service: "Rows API",
        entries: [
            // Two rows with the same message, told apart by the status; the second has two statuses.
            Entry(code: "E.1", variants: [
                Variant(message: "Service busy.", description: "Bad request.", statuses: [400]),
                Variant(message: "Service busy.", description: "Overloaded.", statuses: [500, 503]),
            ]),
            // Two templates with as much literal text: equally good matches.
            Entry(code: "E.2", variants: [
                Variant(message: "Limit {a} reached", statuses: [400]),
                Variant(message: "Limit {b} reached", statuses: [429]),
                Variant(message: "Limit of the {c} quota reached", statuses: [400]),
            ]),
            Entry(code: "E.3", variants: [Variant(message: "No status.")]),
            // Several messages on one row: each is matched, exactly or as a template.
            Entry(code: "E.4", variants: [
                Variant(message: "Token is null.", statuses: [400], alternativeMessages: ["Project is wrong.", "Quota {n} of {m} exceeded"]),
                Variant(message: "Quota {n} exceeded", statuses: [429]),
                Variant(message: "Other.", statuses: [403], alternativeMessages: ["Project is wrong."]),
            ]),
            // The page's other columns, and a row without message text.
            Entry(code: "E.5", variants: [
                Variant(message: "", statuses: [400], columns: [Column(name: "Type", value: "Client **error**"), Column(name: "Owner", value: "API")]),
            ]),
        ])

    static let options = SwiftRenderOptions(typePrefix: "Rows", specPath: "spec/rows.yaml")

    @Test func theResponseStatusPicksAmongEquallyGoodRows() throws {
        let files = try SwiftRenderer.render(CatalogValidator.validate(Self.catalog), options: Self.options)
        let output = try SwiftTestSupport.compileAndRun(files, main: Self.driver)
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "E.1 statuses: [400] [500, 503] status: 400 500",
            "E.3 statuses: [] status: nil",
            "E.1 Service busy. 400 -> 0",
            "E.1 Service busy. 500 -> 1",
            "E.1 Service busy. 503 -> 1",
            "E.1 Service busy. 418 -> 0",
            "E.1 Service busy. nil -> 0",
            "E.2 Limit 5 reached 429 -> 1 [\"5\"]",
            "E.2 Limit 5 reached 400 -> 0 [\"5\"]",
            "E.2 Limit 5 reached nil -> 0 [\"5\"]",
            "E.2 Limit of the disk quota reached 429 -> 2 [\"disk\"]",
            "E.3 No status. 500 -> 0",
            "doubles: [401, 403] 401 [404] [] nil",
            "E.4 alternatives: [\"Project is wrong.\", \"Quota {n} of {m} exceeded\"] []",
            "E.4 Token is null. nil -> 0",
            "E.4 Project is wrong. nil -> 0",
            "E.4 Project is wrong. 403 -> 2",
            "E.4 Quota 5 of 10 exceeded nil -> 0 [\"5\", \"10\"]",
            "E.4 Quota 5 exceeded 429 -> 1 [\"5\"]",
            "E.4 Quota {n} of {m} exceeded. nil -> 0 [\"{n}\", \"{m}\"]",
            "E.4 Something else. nil -> -",
            "match: [\"7\", \"8\"] [] nil",
            "double: [] [] nil",
            "E.5 columns: Type=Client **error** Owner=API type: Client **error** none: nil set: 2",
            "E.5  400 -> 0",
            "E.5 Busy. 400 -> -",
            "column double: Type=T",
            "",
        ])
    }

    /// The library trims what the generator trims: Unicode's White_Space, at either end of a
    /// received message, before a final period, in every UTF-8 length; and nothing else, even
    /// characters whose UTF-8 starts like a White_Space character's.
    @Test func surroundingWhitespaceIsUnicodesWhiteSpace() throws {
        let whiteSpace: [UInt32] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680] + Array(0x2000...0x200A)
            + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
        let nearMisses: [UInt32] = [
            0x08, 0x0E, 0x1F, 0x21, 0x84, 0x86, 0x9F, 0xA1, 0xAD, 0x1681, 0x180E, 0x200B, 0x200C, 0x2027, 0x202A,
            0x202E, 0x2030, 0x205E, 0x2060, 0x3001, 0xFEFF, 0x1F600,
        ]
        let scalars = whiteSpace + nearMisses
        #expect(whiteSpace.allSatisfy { Unicode.Scalar($0)!.properties.isWhitespace })
        #expect(!nearMisses.contains { Unicode.Scalar($0)!.properties.isWhitespace })
        let main = """
            import Foundation

            let scalars: [UInt32] = \(scalars)
            for value in scalars {
                let s = String(Unicode.Scalar(value)!)
                let row = RowsErrorCode(rawValue: "E.3").info!.variants[0]
                let template = RowsErrorCode(rawValue: "E.2").info!.variants[0]
                let double = RowsErrorVariant(message: s + "m." + s + s)
                let results = [
                    row.match(s + s + "No status." + s) != nil,
                    row.match("No status" + s) != nil,
                    template.match(s + "Limit 5 reached" + s) == ["5"],
                    double.match("m") != nil,
                ]
                print(String(value, radix: 16) + " " + results.map { $0 ? "1" : "0" }.joined())
            }
            """
        let files = try SwiftRenderer.render(CatalogValidator.validate(Self.catalog), options: Self.options)
        let output = try SwiftTestSupport.compileAndRun(files, main: main)
        let expected = scalars.map { String($0, radix: 16) + (whiteSpace.contains($0) ? " 1111" : " 0000") }
        #expect(output.split(separator: "\n").map(String.init) == expected)
    }

    static let driver = #"""
        import Foundation

        func show(_ list: [Int]) -> String { "[" + list.map(String.init).joined(separator: ", ") + "]" }
        let rows = RowsErrorCode(rawValue: "E.1").info!.variants
        print("E.1 statuses: \(show(rows[0].statuses)) \(show(rows[1].statuses)) status: \(rows[0].status ?? 0) \(rows[1].status ?? 0)")
        let none = RowsErrorCode(rawValue: "E.3").info!.variants[0]
        print("E.3 statuses: \(show(none.statuses)) status: \(none.status.map(String.init) ?? "nil")")
        func decode(_ code: String, _ message: String, _ status: Int?) {
            let body = try! JSONSerialization.data(withJSONObject: ["error_code": code, "error_msg": message])
            let error = try! RowsError.decode(body, httpStatus: status)
            let values = error.placeholderValues.isEmpty ? "" : " " + error.placeholderValues.debugDescription
            print("\(code) \(message) \(status.map(String.init) ?? "nil") -> \(error.variantIndex.map(String.init) ?? "-")\(values)")
        }
        for status in [400, 500, 503, 418, nil] { decode("E.1", "Service busy.", status) }
        for status in [429, 400, nil] { decode("E.2", "Limit 5 reached", status) }
        decode("E.2", "Limit of the disk quota reached", 429)
        decode("E.3", "No status.", 500)
        let several = RowsErrorVariant(message: "m", statuses: [401, 403])
        let one = RowsErrorVariant(message: "m", status: 404)
        let plain = RowsErrorVariant(message: "m")
        print("doubles: \(show(several.statuses)) \(several.status ?? 0) \(show(one.statuses)) \(show(plain.statuses)) \(plain.status.map(String.init) ?? "nil")")
        let several4 = RowsErrorCode(rawValue: "E.4").info!.variants
        print("E.4 alternatives: \(several4[0].alternativeMessages) \(several4[1].alternativeMessages)")
        decode("E.4", "Token is null.", nil)
        decode("E.4", "Project is wrong.", nil)
        decode("E.4", "Project is wrong.", 403)
        decode("E.4", "Quota 5 of 10 exceeded", nil)
        decode("E.4", "Quota 5 exceeded", 429)
        decode("E.4", "Quota {n} of {m} exceeded.", nil)
        decode("E.4", "Something else.", nil)
        let first = several4[0]
        print("match: \(first.match("Quota 7 of 8 exceeded.") ?? ["nil"]) \(first.match(" Project is wrong ") ?? ["nil"]) \(first.match("Quota 7 exceeded").map { "\($0)" } ?? "nil")")
        let double = RowsErrorVariant(message: "m", alternativeMessages: ["Quota {n}"])
        print("double: \(double.match("Quota {n}") ?? ["nil"]) \(double.match("m") ?? ["nil"]) \(double.match("Quota 5").map { "\($0)" } ?? "nil")")
        let typed = RowsErrorCode(rawValue: "E.5").info!.variants[0]
        let columns = typed.columns.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
        print("E.5 columns: \(columns) type: \(typed.column("Type") ?? "nil") none: \(typed.column("Nope") ?? "nil") set: \(Set(typed.columns).count)")
        let bare = try! RowsError.decode(Data(#"{"error_code":"E.5"}"#.utf8), httpStatus: 400)
        print("E.5 \(bare.message) 400 -> \(bare.variantIndex.map(String.init) ?? "-")")
        decode("E.5", "Busy.", 400)
        let columnDouble = RowsErrorVariant(message: "m", columns: [RowsErrorColumn(name: "Type", value: "T")])
        print("column double: " + columnDouble.columns.map { "\($0.name)=\($0.value)" }.joined())
        """#
}
