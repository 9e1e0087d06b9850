import Foundation

/// The documentation of one code as a line of a generated library's `ErrataCodeTable` holds it.
///
/// A line: `code␟module␟flags␟[remarks␟]count␟` and per variant
/// `message␟description␟solution␟statuses␟extras␟[plain description␟][plain solution␟]count␟segment␟…`
/// `[count␟(message␟count␟segment␟…)…][count␟(name␟value␟)…]`. Flags: 1 deprecated, 2
/// retryable, 4 remarks follow; extras: 1 a plain description follows, 2 a plain solution, 4
/// alternative messages, 8 other columns.
public struct ErrataCodeRecord: Hashable, Sendable {
    public var code: String
    /// Empty when the code is filed under no module.
    public var module: String
    public var deprecated: Bool
    public var retryable: Bool
    public var remarks: String?
    public var variants: [ErrataVariantRecord]

    public init(
        code: String, module: String = "", deprecated: Bool = false, retryable: Bool = false, remarks: String? = nil,
        variants: [ErrataVariantRecord]
    ) {
        self.code = code
        self.module = module
        self.deprecated = deprecated
        self.retryable = retryable
        self.remarks = remarks
        self.variants = variants
    }

    /// Reads line `line` of `table`.
    public init(_ table: ErrataCodeTable, line: Int) {
        var reader = table.reader(atLine: line)
        code = reader.next()
        module = reader.next()
        let flags = reader.number()
        deprecated = flags & 1 != 0
        retryable = flags & 2 != 0
        remarks = flags & 4 != 0 ? reader.next() : nil
        var variants: [ErrataVariantRecord] = []
        for _ in 0..<reader.number() {
            let message = reader.next()
            let description = reader.next()
            let solution = reader.next()
            let statuses = reader.numbers()
            let extras = reader.number()
            let plainDescription = extras & 1 != 0 ? reader.next() : description
            let plainSolution = extras & 2 != 0 ? reader.next() : solution
            var segments: [String] = []
            for _ in 0..<reader.number() { segments.append(reader.next()) }
            var alternativeMessages: [String] = []
            var alternativeSegments: [[String]] = []
            if extras & 4 != 0 {
                for _ in 0..<reader.number() {
                    alternativeMessages.append(reader.next())
                    var segments: [String] = []
                    for _ in 0..<reader.number() { segments.append(reader.next()) }
                    alternativeSegments.append(segments)
                }
            }
            var columns: [ErrataColumn] = []
            if extras & 8 != 0 {
                for _ in 0..<reader.number() {
                    let name = reader.next()
                    columns.append(ErrataColumn(name: name, value: reader.next()))
                }
            }
            variants.append(ErrataVariantRecord(
                message: message, alternativeMessages: alternativeMessages, description: description,
                solution: solution, plainDescription: plainDescription, plainSolution: plainSolution,
                statuses: statuses, columns: columns, segments: segments, alternativeSegments: alternativeSegments))
        }
        self.variants = variants
    }

    /// The rows' messages, in order.
    public var messages: [String] { variants.map(\.message) }

    /// The line's fields, for `ErrataCodeTable.build(_:)`: the inverse of `init(_:line:)`.
    public var fields: [String] {
        var fields = [code, module, String((deprecated ? 1 : 0) + (retryable ? 2 : 0) + (remarks != nil ? 4 : 0))]
        if let remarks { fields.append(remarks) }
        fields.append(String(variants.count))
        for variant in variants {
            let describes = variant.plainDescription != variant.description
            let solves = variant.plainSolution != variant.solution
            let extras = (describes ? 1 : 0) + (solves ? 2 : 0) + (variant.alternativeMessages.isEmpty ? 0 : 4)
                + (variant.columns.isEmpty ? 0 : 8)
            fields += [variant.message, variant.description, variant.solution, variant.statuses.map(String.init).joined(separator: ","), String(extras)]
            if describes { fields.append(variant.plainDescription) }
            if solves { fields.append(variant.plainSolution) }
            fields.append(String(variant.segments.count))
            fields += variant.segments
            if !variant.alternativeMessages.isEmpty {
                fields.append(String(variant.alternativeMessages.count))
                for (message, segments) in zip(variant.alternativeMessages, variant.alternativeSegments) {
                    fields += [message, String(segments.count)] + segments
                }
            }
            if !variant.columns.isEmpty {
                fields.append(String(variant.columns.count))
                for column in variant.columns { fields += [column.name, column.value] }
            }
        }
        return fields
    }
}

/// A documentation row's cell in a column other than code, module, message, description,
/// solution and status.
public struct ErrataColumn: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// One documentation row of a code: a message (and alternatives) with its templates, what it
/// means, and its HTTP statuses.
public struct ErrataVariantRecord: Hashable, Sendable {
    public var message: String
    public var alternativeMessages: [String]
    public var description: String
    public var solution: String
    public var plainDescription: String
    public var plainSolution: String
    public var statuses: [Int]
    public var columns: [ErrataColumn]
    /// The normalised message split at its placeholders (`ErrataMessageTemplate.segments(of:)`).
    public var segments: [String]
    /// The segments of each alternative message, in order.
    public var alternativeSegments: [[String]]

    public init(
        message: String, alternativeMessages: [String], description: String, solution: String,
        plainDescription: String, plainSolution: String, statuses: [Int], columns: [ErrataColumn],
        segments: [String], alternativeSegments: [[String]]
    ) {
        self.message = message
        self.alternativeMessages = alternativeMessages
        self.description = description
        self.solution = solution
        self.plainDescription = plainDescription
        self.plainSolution = plainSolution
        self.statuses = statuses
        self.columns = columns
        self.segments = segments
        self.alternativeSegments = alternativeSegments
    }

    /// A row whose messages are not read as templates (a test double's): each message is one
    /// segment, its normalised self; plain texts are the texts as given.
    public init(
        literalMessage message: String, alternativeMessages: [String] = [], description: String = "",
        solution: String = "", statuses: [Int] = [], columns: [ErrataColumn] = []
    ) {
        self.init(
            message, alternativeMessages, description, solution, statuses, columns,
            split: { [ErrataMessageTemplate.normalized($0)] })
    }

    /// A row whose messages are templates, split as the generator splits them.
    public init(
        templateMessage message: String, alternativeMessages: [String] = [], description: String = "",
        solution: String = "", statuses: [Int] = [], columns: [ErrataColumn] = []
    ) {
        self.init(message, alternativeMessages, description, solution, statuses, columns, split: ErrataMessageTemplate.segments(of:))
    }

    private init(
        _ message: String, _ alternativeMessages: [String], _ description: String, _ solution: String, _ statuses: [Int],
        _ columns: [ErrataColumn], split: (String) -> [String]
    ) {
        self.init(
            message: message, alternativeMessages: alternativeMessages, description: description, solution: solution,
            plainDescription: description, plainSolution: solution, statuses: statuses, columns: columns,
            segments: split(message), alternativeSegments: alternativeMessages.map(split))
    }

    /// The value of the row's column named `name`, if it has one.
    public func column(named name: String) -> String? {
        columns.first { $0.name == name }?.value
    }

    /// The values of the placeholders when `message` is this row's message or one of its
    /// alternative messages with its placeholders filled in, else nil; the message is tried
    /// first, then the alternatives in order.
    public func match(_ message: String) -> [String]? {
        if let values = ErrataMessageTemplate.match(message, segments: segments) { return values }
        for segments in alternativeSegments {
            if let values = ErrataMessageTemplate.match(message, segments: segments) { return values }
        }
        return nil
    }

    /// The match of the row's template with the most literal text, and that length.
    public func bestMatch(_ message: String) -> (values: [String], weight: Int)? {
        var best = ErrataMessageTemplate.match(message, segments: segments).map { ($0, ErrataMessageTemplate.literalLength(segments)) }
        for segments in alternativeSegments {
            guard let values = ErrataMessageTemplate.match(message, segments: segments) else { continue }
            let weight = ErrataMessageTemplate.literalLength(segments)
            if let best, best.1 >= weight { continue }
            best = (values, weight)
        }
        return best.map { (values: $0.0, weight: $0.1) }
    }

    /// The segments of the row's message or alternative message that is exactly `message`.
    public func segments(ofExactly message: String) -> [String]? {
        if self.message == message { return segments }
        guard let index = alternativeMessages.firstIndex(of: message) else { return nil }
        return alternativeSegments[index]
    }

    /// The row among `variants` whose message `message` is, and its placeholders' values: a
    /// documented message itself first (its placeholders stand for themselves; among such rows
    /// the first with `httpStatus`, else the first), then the template that matches with the
    /// most literal text (among equally good ones, the first with `httpStatus`, else the first);
    /// nil when none matches.
    public static func resolve(_ message: String, httpStatus: Int?, in variants: [ErrataVariantRecord]) -> (index: Int, values: [String])? {
        var exact: (index: Int, segments: [String])?
        for (index, variant) in variants.enumerated() {
            guard let segments = variant.segments(ofExactly: message) else { continue }
            if let httpStatus, variant.statuses.contains(httpStatus) {
                exact = (index, segments)
                break
            }
            if exact == nil {
                exact = (index, segments)
                if httpStatus == nil { break }
            }
        }
        if let exact {
            return (exact.index, exact.segments.count == 1 ? [] : ErrataMessageTemplate.match(message, segments: exact.segments) ?? [])
        }
        var best: (index: Int, values: [String], weight: Int, hasStatus: Bool)?
        for (index, variant) in variants.enumerated() {
            guard let match = variant.bestMatch(message) else { continue }
            let hasStatus = httpStatus.map { variant.statuses.contains($0) } ?? false
            if let best, best.weight > match.weight || (best.weight == match.weight && (best.hasStatus || !hasStatus)) {
                continue
            }
            best = (index, match.values, match.weight, hasStatus)
        }
        return best.map { ($0.index, $0.values) }
    }
}

/// Values made from a table's lines on first use, 256 lines at a time, and kept: the decoded
/// documentation of a generated library (`ErrataCodeRecord` or the library's own types).
public final class ErrataLineCache<Value: Sendable>: @unchecked Sendable {
    // Every access to `chunks` holds `lock`.
    private let lock = NSLock()
    private var chunks: [[Value]?]
    private let lines: Int
    private let make: @Sendable (Int) -> Value

    /// A cache of `lines` values, `make(line)` giving line `line`'s.
    public init(lines: Int, make: @escaping @Sendable (Int) -> Value) {
        self.lines = lines
        self.make = make
        chunks = Array(repeating: nil, count: (lines + 255) >> 8)
    }

    /// The value of line `line`.
    public subscript(line: Int) -> Value {
        let number = line >> 8
        lock.lock()
        if let chunk = chunks[number] {
            lock.unlock()
            return chunk[line & 255]
        }
        lock.unlock()
        var chunk: [Value] = []
        for index in (number << 8)..<min((number + 1) << 8, lines) { chunk.append(make(index)) }
        lock.lock()
        defer { lock.unlock() }
        if let stored = chunks[number] { return stored[line & 255] }
        chunks[number] = chunk
        return chunk[line & 255]
    }
}

/// The values of 256 table lines (line `number << 8` on), made together: what a generated library
/// keeps in one `static let` per chunk, so that a lookup after the first takes no lock (Swift
/// initialises a `static let` once, and reading it afterwards is a plain load).
public struct ErrataLineChunk<Value: Sendable>: Sendable {
    public let values: [Value]

    /// Chunk `number` of a table of `lines` lines, `make(line)` giving each line's value.
    public init(_ number: Int, lines: Int, make: (Int) -> Value) {
        var values: [Value] = []
        for line in (number << 8)..<min((number + 1) << 8, lines) { values.append(make(line)) }
        self.values = values
    }

    /// The value of line `line` (of this chunk).
    public subscript(line: Int) -> Value { values[line & 255] }
}

/// The state of a generated library's error, kept as one value: what the response held and the
/// documentation row its message matched. The error's properties read it, and its equality and
/// hashing are this value's, so the generated type holds one reference and no algorithm.
public final class ErrataErrorState: Hashable, Sendable {
    public let code: String
    /// Empty when the body had none.
    public let message: String
    public let httpStatus: Int?
    public let fields: [String: String]
    /// The index of the format the error was read in and is encoded in.
    public let bodyFormat: Int
    /// The index of the row among the code's rows whose message this is
    /// (`ErrataVariantRecord.resolve(_:httpStatus:in:)`); nil when none matches.
    public let variantIndex: Int?
    /// The values of the matched row's placeholders; empty when none.
    public let placeholderValues: [String]

    /// An error as the API would send it, matched against `rows`, its code's documentation rows
    /// (nil for an undocumented code). `bodyFormat` must be an index of `formats`.
    public init(
        code: String, message: String, httpStatus: Int?, fields: [String: String], bodyFormat: Int,
        formats: ErrataBody.Formats, rows: [ErrataVariantRecord]?
    ) {
        precondition(formats.list.indices.contains(bodyFormat), "no such body format")
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.fields = fields
        self.bodyFormat = bodyFormat
        let resolved = rows.flatMap { ErrataVariantRecord.resolve(message, httpStatus: httpStatus, in: $0) }
        variantIndex = resolved?.index
        placeholderValues = resolved?.values ?? []
    }

    /// What `read` found, with the response's status, matched against `rows` (as above).
    public init(_ read: ErrataBody.Read, httpStatus: Int?, rows: [ErrataVariantRecord]?) {
        code = read.code
        message = read.message
        self.httpStatus = httpStatus
        fields = read.fields
        bodyFormat = read.format
        let resolved = rows.flatMap { ErrataVariantRecord.resolve(read.message, httpStatus: httpStatus, in: $0) }
        variantIndex = resolved?.index
        placeholderValues = resolved?.values ?? []
    }

    public static func == (a: ErrataErrorState, b: ErrataErrorState) -> Bool {
        a === b
            || (a.code == b.code && a.message == b.message && a.httpStatus == b.httpStatus && a.fields == b.fields
                && a.bodyFormat == b.bodyFormat && a.variantIndex == b.variantIndex
                && a.placeholderValues == b.placeholderValues)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(httpStatus)
        hasher.combine(fields)
        hasher.combine(bodyFormat)
        hasher.combine(variantIndex)
        hasher.combine(placeholderValues)
    }

    /// `code: message`, plus the HTTP status when known.
    public var description: String {
        ErrataText.errorDescription(code: code, message: message, httpStatus: httpStatus)
    }

    /// Encodes the body in the shape of format `bodyFormat` of `formats`.
    public func encode(to encoder: any Encoder, formats: ErrataBody.Formats) throws {
        try ErrataBody.value(code: code, message: message, fields: fields, format: formats.list[bodyFormat]).encode(to: encoder)
    }

    /// The body as the API sends it in format `bodyFormat` of `formats`.
    public func encodedBody(formats: ErrataBody.Formats) -> Data {
        ErrataBody.data(code: code, message: message, fields: fields, format: formats.list[bodyFormat])
    }

    /// The row that explains the error among its code's `rows`: the matched one, else the first;
    /// nil for an undocumented code.
    public func explainingRow(in rows: [ErrataVariantRecord]?) -> ErrataVariantRecord? {
        guard let rows else { return nil }
        if let variantIndex, rows.indices.contains(variantIndex) { return rows[variantIndex] }
        return rows.first
    }

    /// The status the documentation gives the error: the explaining row's first; nil for an
    /// undocumented code or a row without one.
    public func documentedStatus(rows: [ErrataVariantRecord]?) -> Int? {
        explainingRow(in: rows)?.statuses.first
    }

    /// What the error means (`ErrataText.failureReason`) by the explaining row of `rows`.
    public func failureReason(rows: [ErrataVariantRecord]?) -> String? {
        guard let row = explainingRow(in: rows) else { return nil }
        return ErrataText.failureReason(plainDescription: row.plainDescription, message: row.message)
    }

    /// What to do about it: the plain solution of the explaining row of `rows`; nil when empty.
    public func recoverySuggestion(rows: [ErrataVariantRecord]?) -> String? {
        guard let text = explainingRow(in: rows)?.plainSolution, !text.isEmpty else { return nil }
        return text
    }
}

/// The documentation of one code as a generated library's info type keeps it: the record, and
/// its rows as the library's variant type (made once, with the record). Equality and hashing are
/// the record's (the variants are made from its rows).
public final class ErrataCodeInfo<Variant: Sendable>: Hashable, Sendable {
    public let record: ErrataCodeRecord
    public let variants: [Variant]

    /// Line `line` of `table`, each row made a variant by `variant`.
    public init(_ table: ErrataCodeTable, line: Int, variant: (ErrataVariantRecord) -> Variant) {
        record = ErrataCodeRecord(table, line: line)
        var variants: [Variant] = []
        variants.reserveCapacity(record.variants.count)
        for row in record.variants { variants.append(variant(row)) }
        self.variants = variants
    }

    /// Documentation given piece by piece (a test double's): `row` gives each variant's row.
    /// An empty `module` is none.
    public init(
        code: String, module: String, variants: [Variant], deprecated: Bool, retryable: Bool, remarks: String?,
        row: (Variant) -> ErrataVariantRecord
    ) {
        var rows: [ErrataVariantRecord] = []
        rows.reserveCapacity(variants.count)
        for variant in variants { rows.append(row(variant)) }
        record = ErrataCodeRecord(
            code: code, module: module, deprecated: deprecated, retryable: retryable, remarks: remarks, variants: rows)
        self.variants = variants
    }

    public static func == (a: ErrataCodeInfo, b: ErrataCodeInfo) -> Bool { a === b || a.record == b.record }

    public func hash(into hasher: inout Hasher) { hasher.combine(record) }
}

/// A value as a generated library's type keeps it: one reference (a documentation row as the
/// variant type, `ErrataBox<ErrataVariantRecord>`; a cell as the column type,
/// `ErrataBox<ErrataColumn>`). Equality and hashing are the value's.
public final class ErrataBox<Value: Hashable & Sendable>: Hashable, Sendable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public static func == (a: ErrataBox, b: ErrataBox) -> Bool { a === b || a.value == b.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// A response in none of the documented formats as a generated library's unrecognized-response
/// type keeps it: the HTTP status and the body's text.
public final class ErrataUnrecognizedResponse: Hashable, Sendable {
    public let httpStatus: Int?
    public let body: String

    public init(httpStatus: Int?, body: String) {
        self.httpStatus = httpStatus
        self.body = body
    }

    /// The status and the start of the body (`ErrataText.unrecognizedDescription`).
    public var description: String {
        ErrataText.unrecognizedDescription(httpStatus: httpStatus, body: body)
    }

    public static func == (a: ErrataUnrecognizedResponse, b: ErrataUnrecognizedResponse) -> Bool {
        a === b || (a.httpStatus == b.httpStatus && a.body == b.body)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(httpStatus)
        hasher.combine(body)
    }
}

/// The lists a generated library makes of the runtime's values, built here (not specialised in
/// every library).
public enum ErrataList {
    /// `make` of each of `columns`, boxed.
    public static func columns<Column>(_ columns: [ErrataColumn], _ make: (ErrataBox<ErrataColumn>) -> Column) -> [Column] {
        var list: [Column] = []
        list.reserveCapacity(columns.count)
        for column in columns { list.append(make(ErrataBox(column))) }
        return list
    }

    /// The runtime's columns of `columns`, `column` giving each one's.
    public static func columns<Column>(of columns: [Column], _ column: (Column) -> ErrataColumn) -> [ErrataColumn] {
        var list: [ErrataColumn] = []
        list.reserveCapacity(columns.count)
        for element in columns { list.append(column(element)) }
        return list
    }

    /// Every code of `table`, in line order, made by `make`.
    public static func codes<Code>(_ table: ErrataCodeTable, _ make: (String) -> Code) -> [Code] {
        var list: [Code] = []
        list.reserveCapacity(table.lines)
        for line in 0..<table.lines { list.append(make(table.code(atLine: line))) }
        return list
    }
}
