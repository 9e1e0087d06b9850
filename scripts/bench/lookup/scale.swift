// Lookup benchmark at scale: scripts/bench-lookup.sh compiles it in release mode against the
// library generated from a synthetic spec (scripts/bench/lookup/make-spec.py) as module
// BenchErrors. Not part of the package's build.
//
//   scale first CODE   the first lookup in this process, then the first `allDocumented`: prints
//                      `first <ms> allDocumented <ms>` (the script runs fresh processes); compiled
//                      with -D LOCALIZED (a library with translations), then the first
//                      `failureReason(for:)` in zh-Hans too: `… localized <ms>`
//   scale steady       later lookups against a `[String: BenchErrorInfo]` of the same codes:
//                      prints `steady <ours ns> <Dictionary ns> <ratio>`, medians of 7 rounds; with
//                      LOCALIZED also `localized <zh-Hans ns> <en ns> <ratio>`: `failureReason(for:)`
//                      of an error of every code, translated against untranslated
import BenchErrors
import Foundation

let clock = ContinuousClock()

func nanoseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
}

/// A fixed-seed shuffle (SplitMix64), so both sides see the same key order in every run.
func shuffled(_ keys: [String]) -> [String] {
    var state: UInt64 = 0x9e37_79b9_7f4a_7c15
    var keys = keys
    for index in keys.indices.reversed() where index > 0 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z ^= z >> 31
        keys.swapAt(index, Int(z % UInt64(index + 1)))
    }
    return keys
}

switch CommandLine.arguments.dropFirst().first {
case "first":
    // A fresh (non-literal) string, as a decoded response body gives.
    let key = String(decoding: Array(CommandLine.arguments[2].utf8), as: UTF8.self)
    var info: BenchErrorInfo?
    let first = clock.measure { info = BenchErrorCode(rawValue: key).info }
    var count = 0
    let all = clock.measure { count = BenchErrorCode.allDocumented.count }
    guard let info, info.code.rawValue == key, count > 0 else {
        print("lookup of \(key) failed")
        exit(1)
    }
    #if LOCALIZED
    // The error of a documented message (the first row's template itself), made before timing.
    let number = Int(key.split(separator: ".").last ?? "") ?? 0
    let error = BenchError(code: BenchErrorCode(rawValue: key), message: "Operation \(number) failed for resource {xxx}, limit:XX.")
    let chinese = Locale(identifier: "zh-Hans")
    var text: String?
    let localized = clock.measure { text = error.failureReason(for: chinese) }
    guard let text, text.hasPrefix("操作") else {
        print("no translation of \(key): \(text ?? "nil")")
        exit(1)
    }
    print(
        "first", String(format: "%.3f", nanoseconds(first) / 1e6), "allDocumented", String(format: "%.3f", nanoseconds(all) / 1e6),
        "localized", String(format: "%.3f", nanoseconds(localized) / 1e6))
    #else
    print("first", String(format: "%.3f", nanoseconds(first) / 1e6), "allDocumented", String(format: "%.3f", nanoseconds(all) / 1e6))
    #endif
case "steady":
    let rounds = 7
    // Every documented code and as many unknown ones, fresh strings, in a fixed random order.
    let documented = BenchErrorCode.allDocumented.map { String(decoding: Array($0.rawValue.utf8), as: UTF8.self) }
    let keys = shuffled(documented + documented.map { "X" + $0 })
    let dictionary = Dictionary(
        BenchErrorCode.allDocumented.map { ($0.rawValue, $0.info!) }, uniquingKeysWith: { first, _ in first })
    // Every code looked up once before timing: steady state.
    for key in keys { _ = BenchErrorCode(rawValue: key).info }
    func ours() -> Int {
        var found = 0
        for _ in 0..<5 {
            for key in keys where BenchErrorCode(rawValue: key).info != nil { found += 1 }
        }
        return found
    }
    func peer() -> Int {
        var found = 0
        for _ in 0..<5 {
            for key in keys where dictionary[key] != nil { found += 1 }
        }
        return found
    }
    // Rounds alternate between the two sides, so a change in the machine's load hits both.
    var oursSamples: [Double] = []
    var peerSamples: [Double] = []
    var s1 = 0
    var s2 = 0
    for _ in 0..<rounds {
        var found = 0
        oursSamples.append(nanoseconds(clock.measure { found = ours() }) / Double(keys.count * 5))
        s1 &+= found
        peerSamples.append(nanoseconds(clock.measure { found = peer() }) / Double(keys.count * 5))
        s2 &+= found
    }
    let ours = oursSamples.sorted()[rounds / 2]
    let peer = peerSamples.sorted()[rounds / 2]
    if s1 != s2 { print("mismatch", s1, s2) }
    print("steady", String(format: "%.1f", ours), String(format: "%.1f", peer), String(format: "%.2f", ours / peer))
    #if LOCALIZED
    // `failureReason(for:)` of an error of every code (in the same fixed random order), in a
    // translated language and in the documentation's own, alternating rounds.
    let errors = shuffled(documented).map { code in
        let number = Int(code.split(separator: ".").last ?? "") ?? 0
        return BenchError(code: BenchErrorCode(rawValue: code), message: "Operation \(number) failed for resource {xxx}, limit:XX.")
    }
    let chinese = Locale(identifier: "zh-Hans")
    let english = Locale(identifier: "en")
    func reasons(_ locale: Locale) -> Int {
        var length = 0
        for error in errors { length &+= error.failureReason(for: locale)?.utf8.count ?? 0 }
        return length
    }
    var chineseSamples: [Double] = []
    var englishSamples: [Double] = []
    var lengths = 0
    for _ in 0..<rounds {
        var length = 0
        chineseSamples.append(nanoseconds(clock.measure { length = reasons(chinese) }) / Double(errors.count))
        lengths &+= length
        englishSamples.append(nanoseconds(clock.measure { length = reasons(english) }) / Double(errors.count))
        lengths &+= length
    }
    let translated = chineseSamples.sorted()[rounds / 2]
    let untranslated = englishSamples.sorted()[rounds / 2]
    if lengths == 0 { print("no texts") }
    print("localized", String(format: "%.1f", translated), String(format: "%.1f", untranslated), String(format: "%.2f", translated / untranslated))
    #endif
default:
    print("usage: scale first CODE | scale steady")
    exit(2)
}
