import Foundation

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

/// The state of a generated library's error (`ErrataError`), kept as one value: what the
/// response held and the documentation row its message matched. The error's properties read it,
/// and its equality and hashing are this value's, so the error holds one reference.
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
    /// Every error of a body that lists them (`ErrataBody.Read.errors`); nil for a body of one.
    public let entries: [ErrataBody.Entry]?
    /// RFC 9457 members, when the format is problem details.
    public let problem: ErrataBody.ProblemDetails?
    /// A structured entry's reason, domain and metadata, when the format reads one.
    public let errorInfo: ErrataBody.ErrorInfo?

    /// An error as the API would send it, matched against `rows`, its code's documentation rows
    /// (nil for an undocumented code). `bodyFormat` must be an index of `formats`.
    public init(
        code: String, message: String, httpStatus: Int?, fields: [String: String], bodyFormat: Int,
        formats: ErrataBody.Formats, rows: [ErrataVariantRecord]?, entries: [ErrataBody.Entry]? = nil,
        problem: ErrataBody.ProblemDetails? = nil, errorInfo: ErrataBody.ErrorInfo? = nil
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
        self.entries = entries
        self.problem = problem
        self.errorInfo = errorInfo
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
        entries = read.listedErrors
        problem = read.problem
        errorInfo = read.errorInfo
    }

    public static func == (a: ErrataErrorState, b: ErrataErrorState) -> Bool {
        a === b
            || (a.code == b.code && a.message == b.message && a.httpStatus == b.httpStatus && a.fields == b.fields
                && a.bodyFormat == b.bodyFormat && a.variantIndex == b.variantIndex
                && a.placeholderValues == b.placeholderValues && a.entries == b.entries && a.problem == b.problem
                && a.errorInfo == b.errorInfo)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(httpStatus)
        hasher.combine(fields)
        hasher.combine(bodyFormat)
        hasher.combine(variantIndex)
        hasher.combine(placeholderValues)
        hasher.combine(entries)
        hasher.combine(problem)
        hasher.combine(errorInfo)
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

/// The lists a generated library makes of the runtime's values, built here (not specialised in
/// every library).
public enum ErrataList {
    /// Every code of `table`, in line order, made by `make`.
    public static func codes<Code>(_ table: ErrataCodeTable, _ make: (String) -> Code) -> [Code] {
        var list: [Code] = []
        list.reserveCapacity(table.lines)
        for line in 0..<table.lines { list.append(make(table.code(atLine: line))) }
        return list
    }
}

extension ErrataServiceData {
    /// A service's table, body formats and translations (nil when there are none).
    public convenience init(table: ErrataCodeTable, formats: ErrataBody.Formats, localization: ErrataLocalization?) {
        self.init(parts: table, formats: formats, localization: localization)
    }
}
