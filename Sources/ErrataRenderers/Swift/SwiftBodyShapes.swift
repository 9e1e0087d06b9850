import ErrataModel

/// What the generated error keeps of a body beyond its code, message and fields, for the shapes
/// the catalog documents: the list's errors (a code path through a list), RFC 9457 problem
/// details, a structured error entry. Each is written only when a format can give it, so a
/// catalog of plain bodies has none of them.
struct SwiftBodyShapes {
    /// The parts of `SwiftErrorFile`'s error struct: stored properties, the public initializer's
    /// parameters and assignments, the assignments made from a runtime read, nested types.
    var properties = ""
    var parameters = ""
    var assignments = ""
    var fromRead = ""
    var types = ""

    init(_ context: SwiftContext) {
        let a = context.access
        let formats = context.catalog.errorBody
        if formats.contains(where: { $0.code.listPrefix != nil }) {
            properties += "\n" + """
                    /// Every error of the body, in document order, each read as this one is: for a list of
                    /// errors all of them, this one among them (the first, or the one the format's path
                    /// selects); else this one alone. Empty in the errors listed here, and unless given
                    /// for an error made with `init(code:message:…)`.
                    \(a) let errors: [Self]
                """
            parameters += ", errors: [Self] = []"
            assignments += "\n        self.errors = errors"
            fromRead += """

                        errors = read.errors.map {
                            Self(code: \(context.codeType)(rawValue: $0.code), message: $0.message, httpStatus: httpStatus, fields: $0.fields, bodyFormat: read.format)
                        }
                """
        }
        if formats.contains(where: { $0.kind == .problemDetails }) {
            properties += "\n" + """
                    /// The members of RFC 9457 problem details, when the body was one.
                    \(a) let problem: ProblemDetails?
                """
            parameters += ", problem: ProblemDetails? = nil"
            assignments += "\n        self.problem = problem"
            fromRead += """

                        problem = read.problem.map {
                            ProblemDetails(type: $0.type, title: $0.title, detail: $0.detail, status: $0.status, instance: $0.instance)
                        }
                """
            types += """

                    /// The members of RFC 9457 problem details (`application/problem+json`).
                    \(a) struct ProblemDetails: Hashable, Sendable {
                        /// A URI naming the problem type.
                        \(a) let type: String
                        \(a) let title: String?
                        \(a) let detail: String?
                        \(a) let status: Int?
                        /// A URI naming this occurrence.
                        \(a) let instance: String?

                        \(a) init(type: String, title: String? = nil, detail: String? = nil, status: Int? = nil, instance: String? = nil) {
                            self.type = type
                            self.title = title
                            self.detail = detail
                            self.status = status
                            self.instance = instance
                        }
                    }

                """
        }
        if formats.contains(where: { $0.kind == .errorInfo }) {
            properties += "\n" + """
                    /// The structured error entry whose reason is the code, when the body held one.
                    \(a) let errorInfo: ErrorInfo?
                """
            parameters += ", errorInfo: ErrorInfo? = nil"
            assignments += "\n        self.errorInfo = errorInfo"
            fromRead += """

                        errorInfo = read.errorInfo.map { ErrorInfo(reason: $0.reason, domain: $0.domain, metadata: $0.metadata) }
                """
            types += """

                    /// A structured error entry: its reason (the code), the domain that defines it, and its metadata.
                    \(a) struct ErrorInfo: Hashable, Sendable {
                        \(a) let reason: String
                        \(a) let domain: String?
                        \(a) let metadata: [String: String]

                        \(a) init(reason: String, domain: String? = nil, metadata: [String: String] = [:]) {
                            self.reason = reason
                            self.domain = domain
                            self.metadata = metadata
                        }
                    }

                """
        }
    }
}
