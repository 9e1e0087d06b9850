import Foundation
import OCRClient

// Decodes a few error bodies as the OCR API sends them and prints what the generated types make of them.
let bodies = [
    #"{"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute."}"#,
    #"{"error_code": "ModelArts.4101", "error_msg": "Token header cannot be empty."}"#,
    #"{"error_code": "AIS.0102", "error_msg": "The image format is not supported."}"#,
    #"{"error_code": "APIGW.0101", "error_msg": "Something new."}"#,
]
for body in bodies {
    let error = try HuaweiOCRError.decode(Data(body.utf8), httpStatus: 400)
    print("\(error.code.rawValue) documented=\(error.code.isDocumented) advice=\(RetryAdvice(for: error))")
}
print("\(HuaweiOCRErrorCode.allDocumented.count) documented codes")

// The generated fixtures: a body per documented row, as a test double would answer it.
let fixture = HuaweiOCRErrorFixtures.fixtures(for: .ais0119)[0]
let error = try fixture.error()
print("fixture \(error.code) reason=\(error.failureReason ?? "-") fix=\(error.recoverySuggestion ?? "-")")
print("\(HuaweiOCRErrorFixtures.all.count) fixtures")
