import Foundation
import HuaweiOCRErrors

// Lookup and decoding through the OCR library, compiled as a module of its own, against a
// Dictionary and JSONDecoder: `name ours_ns peer_ns ratio`, medians of 7 rounds.

func nanoseconds(_ body: () -> Void) -> UInt64 {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return DispatchTime.now().uptimeNanoseconds - start
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

let codes = HuaweiOCRErrorCode.allDocumented.map(\.rawValue)
let keys = codes + codes.map { $0 + "X" }
var dictionary: [String: HuaweiOCRErrorInfo] = [:]
for code in HuaweiOCRErrorCode.allDocumented { dictionary[code.rawValue] = code.info }
for key in keys { blackHole(HuaweiOCRErrorCode(rawValue: key).info) }

let lookupRounds = 2_000
var ours: [Double] = []
var peer: [Double] = []
for _ in 0..<7 {
    var found = 0
    let mine = nanoseconds {
        for _ in 0..<lookupRounds { for key in keys where HuaweiOCRErrorCode(rawValue: key).info != nil { found += 1 } }
    }
    let theirs = nanoseconds {
        for _ in 0..<lookupRounds { for key in keys where dictionary[key] != nil { found += 1 } }
    }
    blackHole(found)
    ours.append(Double(mine) / Double(lookupRounds * keys.count))
    peer.append(Double(theirs) / Double(lookupRounds * keys.count))
}
print(String(format: "lookup %.0f %.0f %.2f", median(ours), median(peer), median(ours) / median(peer)))

struct Plain: Decodable {
    let error_code: String
    let error_msg: String
}
let body = Data(#"{"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute."}"#.utf8)
let decoder = JSONDecoder()
let decodeRounds = 20_000
ours = []
peer = []
for _ in 0..<7 {
    let mine = nanoseconds {
        for _ in 0..<decodeRounds { blackHole(try? HuaweiOCRError.decode(body, httpStatus: 429)) }
    }
    let theirs = nanoseconds {
        for _ in 0..<decodeRounds { blackHole(try? decoder.decode(Plain.self, from: body)) }
    }
    ours.append(Double(mine) / Double(decodeRounds))
    peer.append(Double(theirs) / Double(decodeRounds))
}
print(String(format: "decode %.0f %.0f %.2f", median(ours), median(peer), median(ours) / median(peer)))
