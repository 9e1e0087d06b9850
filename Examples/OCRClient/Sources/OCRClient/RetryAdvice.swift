/// What a client should do about an OCR error: the app's own policy over the generated codes.
public enum RetryAdvice: Equatable, Sendable {
    case refreshCredentials
    case backOff(limit: String?)
    case fixRequest
    case giveUp

    /// Advice for an error the OCR API returned.
    public init(for error: HuaweiOCRError) {
        switch error.code {
        case .modelArts4101, .modelArts4102, .modelArts4103:
            self = .refreshCredentials
        case .apig0308:
            self = .backOff(limit: error.placeholderValues.first)
        case .ais0101, .ais0102, .ais0103:
            self = .fixRequest
        default:
            self = .giveUp
        }
    }
}
