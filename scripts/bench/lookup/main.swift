// Lookup and decoding benchmark for the generated library (scripts/bench-lookup.sh compiles it
// in release mode together with Generated/Swift; it is not part of the package's build).
// Prints `name ours_ns peer_ns ratio`, the median over ROUNDS rounds of the time per operation.
import Foundation
import HuaweiOCRErrors

let rounds = 7
let iterations = 200_000

/// The peer of the error body: a plain two-field `Decodable` struct.
struct PlainBody: Decodable {
    let error_code: String
    let error_msg: String
}

/// Median nanoseconds per operation of `body`, which runs `operations` operations per call.
func measure(operations: Int, rounds: Int = rounds, _ body: () -> Int) -> (Double, Int) {
    var samples: [Double] = []
    var sink = 0
    let clock = ContinuousClock()
    for _ in 0..<rounds {
        var result = 0
        let elapsed = clock.measure { result = body() }
        sink &+= result
        let (seconds, attoseconds) = elapsed.components
        samples.append((Double(seconds) * 1e9 + Double(attoseconds) / 1e9) / Double(operations))
    }
    return (samples.sorted()[samples.count / 2], sink)
}

func report(_ name: String, _ ours: Double, _ peer: Double) {
    print(name, String(format: "%.1f", ours), String(format: "%.1f", peer), String(format: "%.2f", ours / peer))
}

// Keys: every documented code plus as many unknown ones, as fresh (non-literal) strings.
let documented = HuaweiOCRErrorCode.allDocumented.map { String(decoding: Array($0.rawValue.utf8), as: UTF8.self) }
let keys = documented + documented.map { "X" + $0 }
let dictionary = Dictionary(
    HuaweiOCRErrorCode.allDocumented.map { ($0.rawValue, $0.info!) }, uniquingKeysWith: { first, _ in first })
for key in keys { _ = HuaweiOCRErrorCode(rawValue: key).info }  // every code decoded before timing

let lookups = iterations / keys.count * keys.count
// Rounds alternate between the two sides, so a change in the machine's load hits both.
var oursSamples: [Double] = []
var dictSamples: [Double] = []
var s1 = 0
var s2 = 0
for _ in 0..<rounds {
    let (ours, found1) = measure(operations: lookups, rounds: 1) {
        var found = 0
        for _ in 0..<(lookups / keys.count) {
            for key in keys where HuaweiOCRErrorCode(rawValue: key).info != nil { found += 1 }
        }
        return found
    }
    let (dict, found2) = measure(operations: lookups, rounds: 1) {
        var found = 0
        for _ in 0..<(lookups / keys.count) {
            for key in keys where dictionary[key] != nil { found += 1 }
        }
        return found
    }
    oursSamples.append(ours)
    dictSamples.append(dict)
    s1 &+= found1
    s2 &+= found2
}
report("lookup", oursSamples.sorted()[rounds / 2], dictSamples.sorted()[rounds / 2])

let body = Data(#"{"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute."}"#.utf8)
let decodes = iterations / 10
let (oursDecode, s3) = measure(operations: decodes) {
    var total = 0
    for _ in 0..<decodes { total += (try? HuaweiOCRError.decode(body, httpStatus: 429))?.message.utf8.count ?? 0 }
    return total
}
let (plainDecode, s4) = measure(operations: decodes) {
    var total = 0
    for _ in 0..<decodes { total += (try? JSONDecoder().decode(PlainBody.self, from: body))?.error_msg.utf8.count ?? 0 }
    return total
}
report("decode", oursDecode, plainDecode)
if s1 != s2 || s3 != s4 { print("mismatch", s1, s2, s3, s4) }
