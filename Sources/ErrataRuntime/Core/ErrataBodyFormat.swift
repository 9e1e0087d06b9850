/// Error bodies: the documented formats a generated library describes its service's error
/// responses with (`ErrataBody.Format`), which the generator writes and the runtime reads by
/// (`ErrataRuntime`'s `ErrataBody.read`), and the XML escaping both use.
public enum ErrataBody {
    /// One step of a path into a body.
    public enum Step: Hashable, Sendable {
        /// The member (JSON) or first child element (XML) of that name. Before a list step, every
        /// child element of that name (XML) or the array (JSON).
        case key(String)
        /// The element at that position of a list; unless the path also has an `.each` (which
        /// then is the list of errors), every element of the list is also read, as `Read.errors`.
        case index(Int)
        /// Every element of a list, the first being the error.
        case each
        /// The first element of a list that has a member `key` whose text ends with `suffix`.
        case element(whereKey: String, hasSuffix: String)
    }

    /// A documented value other than the code and message, by its name in the spec.
    public struct Field: Hashable, Sendable {
        public var name: String
        public var path: [Step]

        public init(name: String, path: [Step]) {
            self.name = name
            self.path = path
        }
    }

    /// A documented shape of the service's error responses.
    public struct Format: Hashable, Sendable {
        /// Where the code is.
        public enum Syntax: Hashable, Sendable {
            /// In a JSON body, at `code`.
            case json
            /// In an XML body, at `code` (element names from the root element's own).
            case xml
            /// In the response header of that name (any case; surrounding spaces dropped, an empty value is no code); message
            /// and fields are read from the body, JSON or XML, when it has them.
            case header(String)
        }

        /// How the code is laid out beyond its path.
        public enum Kind: Hashable, Sendable {
            /// The code is the text at `code`.
            case plain
            /// The body's only top-level member is named as the code (e.g. `{"itemNotFound":
            /// {"code": 404, "message": …}}`); `message` and `fields` are paths inside it.
            case rootKey
            /// RFC 9457 problem details: the code is at `code` (`type`, or an extension member);
            /// `title`, `detail`, `status` and `instance` are kept (`Read.problem`), and `detail`
            /// (else `title`) is the message when `message` finds none. A missing `type` is
            /// `about:blank` (in an object: a body that is no object is no problem details).
            case problemDetails
            /// The code is the `reason` of a structured error entry found by `code` (its last step
            /// being `.key("reason")`); the entry's `domain` and `metadata` are kept
            /// (`Read.errorInfo`).
            case errorInfo
        }

        /// How the code's text is reduced.
        public enum CodeForm: Hashable, Sendable {
            /// As sent.
            case asIs
            /// A shape name: what is before the first `:`, after the last `#`
            /// (`namespace#Name:url` is `Name`).
            case shapeName
            /// A URI's last path segment (`https://example.com/problems/out-of-credit` is
            /// `out-of-credit`).
            case lastPathSegment
        }

        public var syntax: Syntax
        public var kind: Kind
        public var code: [Step]
        public var message: [Step]
        public var fields: [Field]
        /// Writing encodes the code as a JSON number when it is an integer.
        public var integerCode: Bool
        public var codeForm: CodeForm

        public init(
            syntax: Syntax, kind: Kind = .plain, code: [Step], message: [Step], fields: [Field] = [],
            integerCode: Bool = false, codeForm: CodeForm = .asIs
        ) {
            self.syntax = syntax
            self.kind = kind
            self.code = code
            self.message = message
            self.fields = fields
            self.integerCode = integerCode
            self.codeForm = codeForm
        }

        /// Whether the format reads an XML body.
        public var isXML: Bool { syntax == .xml }
    }

    /// `&`, `<`, `>` escaped; characters XML 1.0 cannot hold become U+FFFD.
    public static func escapedXML(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let invalid = scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                out.unicodeScalars.append(invalid ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
