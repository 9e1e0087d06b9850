import Foundation
import HuaweiOCRErrors
import Testing

/// The generated OCR library as a client uses it.
@Suite struct GeneratedAPITests {
    func decode(_ json: String, status: Int? = nil) throws -> HuaweiOCRError {
        try HuaweiOCRError.decode(Data(json.utf8), httpStatus: status)
    }

    @Test func documentedCodeHasItsDocumentation() throws {
        let error = try decode(#"{"error_msg": "The input parameter is invalid.", "error_code": "AIS.0101"}"#, status: 400)
        #expect(error.code == .ais0101)
        #expect(error.module == .ocr)
        #expect(error.httpStatus == 400)
        #expect(error.info?.variants.first?.description == "The input parameter does not meet the requirements.")
        #expect(error.description == "AIS.0101: The input parameter is invalid. (HTTP 400)")
        #expect((error as any LocalizedError).errorDescription == error.description)
    }

    @Test func codesWorkInSwitchLikeEnumCases() {
        func advice(_ code: HuaweiOCRErrorCode) -> String {
            switch code {
            case .modelArts4101, .modelArts4102, .modelArts4103: return "token"
            case .apig0308: return "slow down"
            default: return "other"
            }
        }
        #expect(advice(HuaweiOCRErrorCode(rawValue: "APIG.0308")) == "slow down")
        #expect(advice("ModelArts.4102") == "token")
        #expect(advice("AIS.0101") == "other")
    }

    @Test func unknownCodesDecodeAndKeepTheirText() throws {
        let error = try decode(#"{"error_code": "APIGW.0101", "error_msg": "The API does not exist."}"#)
        #expect(error.code.rawValue == "APIGW.0101")
        #expect(!error.code.isDocumented)
        #expect(error.info == nil)
        #expect(error.module == nil)
        #expect(error.matchedVariant == nil)
        let numeric = try decode(#"{"error_code": 4000001, "error_msg": "x"}"#)
        #expect(numeric.code.rawValue == "4000001")
    }

    @Test func placeholdersMatchAndYieldTheirValues() throws {
        let template = try decode(#"{"error_code": "AIS.0119", "error_msg": "Template match failed, template_id=42."}"#)
        #expect(template.matchedVariant != nil)
        #expect(template.placeholderValues == ["42"])

        let throttled = try decode(#"{"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute"}"#)
        #expect(throttled.matchedVariant != nil)
        #expect(throttled.placeholderValues == ["100"])

        let subscribed = try decode(#"{"error_code": "ModelArts.4204", "error_msg": "Request api error! The API ocr-idcard is not subscribed."}"#)
        #expect(subscribed.placeholderValues == ["ocr-idcard"])
    }

    @Test func theTwoMessagesOfOneCodeAreToldApart() throws {
        let json = try decode(#"{"error_code": "ModelArts.4105", "error_msg": "The JSON format of the input data is incorrect."}"#)
        let akSK = try decode(#"{"error_code": "ModelArts.4105", "error_msg": "Failed to obtain the temporary AK/SK"}"#)
        #expect(json.variantIndex == 0)
        #expect(akSK.variantIndex == 1)
        #expect(akSK.matchedVariant?.solution == "Contact technical support. (If OBS is used, check the authorization first.)")
        #expect(HuaweiOCRErrorCode.modelArts4105.messages.count == 2)
    }

    @Test func everyDocumentedCodeRoundTripsThroughItsRawValue() {
        #expect(HuaweiOCRErrorCode.allDocumented.count == 46)
        for code in HuaweiOCRErrorCode.allDocumented {
            #expect(HuaweiOCRErrorCode(rawValue: code.rawValue) == code)
            #expect(code.info?.code == code)
            #expect(code.module != nil)
        }
        #expect(HuaweiOCRModule.allCases.map(\.rawValue) == ["OCR", "Platform", "APIG"])
    }
}
