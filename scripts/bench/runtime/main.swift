import ErrataRuntime
import Foundation

// The runtime across a module boundary, release: the OCR table's lookup against a dictionary of
// the same records, and reading an OCR body against JSONDecoder into a plain struct. Prints
// `name ours_ns peer_ns ratio`, medians of 7 rounds: `lookup` through an `ErrataLineCache`,
// `lookup_static_chunks` through `static let` chunks as generated code keeps them, `line_only` the
// table's index alone.

let source = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
let start = source.range(of: "#\"\"\"\n")!
let end = source.range(of: "\n        \"\"\"#")!
let literal = source[start.upperBound..<end.lowerBound].components(separatedBy: "\n").map { String($0.dropFirst(8)) }.joined(separator: "\n")
let table = ErrataCodeTable(text: literal)
let cache = ErrataLineCache<ErrataCodeRecord>(lines: table.lines) { ErrataCodeRecord(table, line: $0) }
var dictionary: [String: ErrataCodeRecord] = [:]
for line in 0..<table.lines { dictionary[table.code(atLine: line)] = cache[line] }
var keys = table.codes + table.codes.map { $0 + "X" }
var generator = SystemRandomNumberGenerator()
keys.shuffle(using: &generator)
// Keys as a caller has them: new strings, not the table's own.
keys = keys.map { String(decoding: Array($0.utf8), as: UTF8.self) }

func median(_ body: () -> Int) -> Double {
    var times: [Double] = []
    for _ in 0..<7 {
        let clock = ContinuousClock()
        var sink = 0
        let elapsed = clock.measure { sink &+= body() }
        if sink == 42 { print("") }
        let components = elapsed.components
        times.append(Double(components.seconds) * 1e9 + Double(components.attoseconds) / 1e9)
    }
    return times.sorted()[3]
}

let rounds = 2000
let ours = median {
    var found = 0
    for _ in 0..<rounds { for key in keys { if let line = table.line(for: key) { found &+= cache[line].variants.count } } }
    return found
} / Double(rounds * keys.count)
let peer = median {
    var found = 0
    for _ in 0..<rounds { for key in keys { if let record = dictionary[key] { found &+= record.variants.count } } }
    return found
} / Double(rounds * keys.count)
print("lookup", String(format: "%.1f %.1f %.2f", ours, peer, ours / peer))
// What generated code does: one `static let` per chunk (the OCR table has one).
enum Generated {
    static let chunk0 = ErrataLineChunk(0, lines: table.lines) { ErrataCodeRecord(table, line: $0) }
    static func chunk(_ number: Int) -> ErrataLineChunk<ErrataCodeRecord> {
        switch number {
        default: chunk0
        }
    }
}
let chunked = median {
    var found = 0
    for _ in 0..<rounds { for key in keys { if let line = table.line(for: key) { found &+= Generated.chunk(line >> 8)[line].variants.count } } }
    return found
} / Double(rounds * keys.count)
print("lookup_static_chunks", String(format: "%.1f %.1f %.2f", chunked, peer, chunked / peer))
let lineOnly = median {
    var found = 0
    for _ in 0..<rounds { for key in keys { found &+= table.line(for: key) ?? 0 } }
    return found
} / Double(rounds * keys.count)
print("line_only", String(format: "%.1f %.1f %.2f", lineOnly, peer, lineOnly / peer))

struct Plain: Decodable {
    let error_code: String
    let error_msg: String
}
let formats = ErrataBody.Formats([ErrataBody.Format(syntax: .json, code: [.key("error_code")], message: [.key("error_msg")])])
let body = Data(#"{"error_code": "ModelArts.4105", "error_msg": "Failed to obtain the temporary AK/SK"}"#.utf8)
let decodes = 20000
let read = median {
    var total = 0
    for _ in 0..<decodes { total &+= ErrataBody.read(body, formats: formats)?.code.utf8.count ?? 0 }
    return total
} / Double(decodes)
let decoder = JSONDecoder()
let plain = median {
    var total = 0
    for _ in 0..<decodes { total &+= (try? decoder.decode(Plain.self, from: body))?.error_code.utf8.count ?? 0 }
    return total
} / Double(decodes)
print("decode", String(format: "%.0f %.0f %.2f", read, plain, read / plain))
