import ErrataOpenAPIRuntime
import Foundation
import OpenAPIRuntime
import OpenAPIURLSession
import TidewaterErrors

/// Calls Tidewater Notes at the URL given as the first argument for a few notes and prints one line
/// each: the note, or the error caught as a typed `TidewaterError` (`catch .someCode`) through
/// errata's client middleware.
@main struct NotesClient {
    static func main() async throws {
        guard let url = CommandLine.arguments.dropFirst().first.flatMap(URL.init(string:)) else {
            print("usage: NotesClient http://127.0.0.1:PORT")
            exit(2)
        }
        let client = Client(
            serverURL: url, transport: URLSessionTransport(), middlewares: [ErrataErrorMiddleware(TidewaterError.self)])
        for id in ["n1", "nope", "locked", "busy", "moved", "proxy"] {
            print("\(id): \(try await fetch(id, from: client))")
        }
    }

    static func fetch(_ id: String, from client: Client) async throws -> String {
        do {
            switch try await client.getNote(path: .init(id: id)) {
            case .ok(let ok): return "note \(try ok.body.json.text)"
            case .undocumented(let status, _): return "undocumented response \(status)"
            }
        } catch .noteNotFound {
            return "not found"
        } catch .rateLimited {
            return "rate limited"
        } catch {
            guard let failure = TidewaterError(unwrapping: error) else { throw error }
            if failure.code == .noteLocked {
                return "locked by \(failure.placeholderValues.last ?? "?"), documented status \(failure.documentedStatus ?? 0)"
            }
            return "\(failure.code) (documented: \(failure.code.isDocumented)), status \(failure.httpStatus ?? 0): \(failure.message)"
        }
    }
}
