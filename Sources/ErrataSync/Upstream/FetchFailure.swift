#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Foundation

/// Why fetching a page failed, in words for `path: error: message`.
enum FetchFailure: Error, Sendable, Equatable {
    case httpStatus(Int)
    case tooLarge(limit: Int)
    case timedOut(seconds: Double)
    case transport(code: Int, description: String)

    func message(host: String, port: Int?) -> String {
        let target = port.map { "\(host):\($0)" } ?? host
        switch self {
        case .httpStatus(let status):
            let reason = HTTPURLResponse.localizedString(forStatusCode: status)
            return "the server answered HTTP \(status)" + (reason.isEmpty ? "" : " (\(reason))")
        case .tooLarge(let limit):
            return "the page is larger than the limit of \(limit) bytes"
        case .timedOut(let seconds):
            return "timed out after \(Self.format(seconds)) seconds waiting for \(target)"
        case .transport(let code, let description):
            switch URLError.Code(rawValue: code) {
            case .cannotConnectToHost:
                return "cannot connect to \(target): connection refused"
            case .cannotFindHost, .dnsLookupFailed:
                return "cannot resolve host \(host) (DNS lookup failed)"
            case .timedOut:
                return "timed out waiting for \(target)"
            case .networkConnectionLost:
                return "the connection to \(target) was lost"
            case .notConnectedToInternet:
                return "no network connection"
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid:
                return "TLS connection to \(target) failed: \(description)"
            case .httpTooManyRedirects, .redirectToNonExistentLocation:
                return "too many or bad redirects from \(target)"
            default:
                return "fetching failed: \(description)"
            }
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
