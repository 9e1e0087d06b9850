import ErrataHummingbird
import Hummingbird
import TidewaterErrors

/// Tidewater Notes on 127.0.0.1 (port: the first argument, else 8080). Its errors are the spec's:
/// a handler throws `TidewaterError`, and `ErrataHummingbirdMiddleware` answers it as documented.
@main struct NotesServer {
    static func main() async throws {
        let port = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 8080
        let router = Router()
        router.add(middleware: ErrataHummingbirdMiddleware(TidewaterError.self))
        router.get("/notes/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            return try note(id)
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
        try await app.runService()
    }

    /// The response to `GET /notes/{id}`: a few fixed notes, and each kind of failure a client meets.
    static func note(_ id: String) throws -> Response {
        switch id {
        case "n1":
            return json(#"{"id":"n1","text":"Buy rope."}"#)
        case "locked":
            throw TidewaterError(code: .noteLocked, message: "The note locked is being edited by ana.")
        case "busy":
            // The second documented format: the code in the x-tidewater-error header.
            throw TidewaterError(code: .rateLimited, message: "Too many requests.", bodyFormat: 1)
        case "moved":
            // A code the documentation does not list, with a status of its own.
            throw TidewaterError(code: "NOTE_MOVED", message: "The note moved to another shelf.", httpStatus: 410)
        case "proxy":
            // A failure in no documented format, as a proxy in front of the service sends it.
            return Response(
                status: .badGateway, headers: [.contentType: "text/html"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "<html><body>Bad gateway</body></html>")))
        default:
            throw TidewaterError(code: .noteNotFound, message: "No note has the id \(id).")
        }
    }

    static func json(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
