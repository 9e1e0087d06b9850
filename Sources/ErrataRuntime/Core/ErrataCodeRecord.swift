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
        // Flag sums are written one term at a time: as one expression of `?:` terms they took the
        // type checker 85 ms, in every build of the runtime.
        var flags = deprecated ? 1 : 0
        if retryable { flags += 2 }
        if remarks != nil { flags += 4 }
        var fields: [String] = [code, module, String(flags)]
        if let remarks { fields.append(remarks) }
        fields.append(String(variants.count))
        for variant in variants {
            let describes = variant.plainDescription != variant.description
            let solves = variant.plainSolution != variant.solution
            var extras = describes ? 1 : 0
            if solves { extras += 2 }
            if !variant.alternativeMessages.isEmpty { extras += 4 }
            if !variant.columns.isEmpty { extras += 8 }
            let statuses: String = variant.statuses.map { String($0) }.joined(separator: ",")
            fields += [variant.message, variant.description, variant.solution, statuses, String(extras)]
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
