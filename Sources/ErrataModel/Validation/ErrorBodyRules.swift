/// The rules for a catalog's error body formats (docs/spec-format.md#error-body): paths a body
/// can hold, and the combinations of header, kind, syntax and code form the runtime can read.
extension CatalogValidator {
    static func errorBodyProblems(_ formats: [ErrorBodyFormat]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if formats.isEmpty { problems.append(.error("the catalog has no error body format")) }
        for (index, format) in formats.enumerated() {
            let name = formats.count == 1 ? "errorBody" : "errorBody[\(index + 1)]"
            problems += formatProblems(format, name: name)
            // A later format finding the code where an earlier one does would never be tried.
            if let earlier = formats[..<index].firstIndex(where: { $0.findsCodeLike(format) }) {
                let place = format.header.map { "in the header '\($0)'" } ?? "at '\(format.code)'"
                problems.append(.error(
                    "\(name): the code is \(place) as in errorBody[\(earlier + 1)], which is tried first; this format would never be used",
                    at: format.location))
            }
        }
        return problems
    }

    private static func formatProblems(_ format: ErrorBodyFormat, name: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func refuse(_ message: String) { problems.append(.error("\(name): \(message)", at: format.location)) }
        problems += combinationProblems(format, name: name)
        var labelled: [(label: String, path: FieldPath)] = [("message", format.message)]
        if !format.code.isEmpty { labelled.insert(("code", format.code), at: 0) }
        labelled += format.fields.map { ("field '\($0.name)'", $0.path) }
        for (label, path) in labelled {
            if path.isEmpty || path.steps.contains(.key("")) { refuse("the \(label) has an empty path") }
            if path.steps.filter({ $0 == .each || $0.isIndex }).count > 1 {
                refuse("the \(label) path '\(path)' reads more than one list; a path may read one")
            }
        }
        // Message and field paths read a list only as the code's: each error is an element of it.
        for (label, path) in labelled.dropFirst(format.code.isEmpty ? 0 : 1) {
            guard let list = path.listPrefix else { continue }
            if format.code.listPrefix != list {
                let codeList = format.code.listPrefix.map { "'\(FieldPath(steps: $0))'" } ?? "none: the code's path reads no list"
                refuse("the \(label) path '\(path)' reads the list '\(FieldPath(steps: list))', not the code's (\(codeList))")
            }
        }
        // Two values at one path, or one value inside another: no body could hold both.
        for (i, first) in labelled.enumerated() {
            for second in labelled[(i + 1)...] {
                if first.path == second.path {
                    refuse("the \(first.label) and the \(second.label) have the same path '\(first.path)'")
                } else if second.path.hasPrefix(first.path) || first.path.hasPrefix(second.path) {
                    refuse("the \(first.label) at '\(first.path)' and the \(second.label) at '\(second.path)' cannot both hold text: one is inside the other")
                }
            }
        }
        var names: Set<String> = []
        for field in format.fields {
            if field.name.isEmpty { refuse("a field has an empty name") }
            if !names.insert(field.name).inserted { refuse("the field '\(field.name)' is listed twice") }
            if ["code", "message"].contains(field.name) {
                refuse("a field may not be named '\(field.name)': the error has its own \(field.name)")
            }
        }
        if format.syntax == .xml {
            if format.codeType == .integer { refuse("codeType applies to JSON bodies only") }
            let roots = Set(format.allPaths.compactMap { $0.steps.first?.key })
            if roots.count > 1 {
                refuse("every XML path starts with the root element, but these start with \(roots.sorted().map { "'\($0)'" }.joined(separator: ", "))")
            }
            for (label, path) in labelled where path.steps.first?.key == nil || path.steps.count < 2 {
                refuse("the \(label) path '\(path)' names the root element itself; write root.element, e.g. Error.Code")
            }
            for (label, path) in labelled where path.steps.contains(where: { !isXMLStep($0) }) {
                refuse("the \(label) path '\(path)' holds a name that is not an XML element name")
            }
        }
        return problems
    }

    /// Header, kind, syntax and code form together: what the code's place allows.
    private static func combinationProblems(_ format: ErrorBodyFormat, name: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func refuse(_ message: String) { problems.append(.error("\(name): \(message)", at: format.location)) }
        if let header = format.header {
            if !ErrorBodyFormat.isHeaderName(header) {
                refuse("'\(header)' is not a header name (letters, digits and !#$%&'*+-.^_`|~, no spaces)")
            }
            if format.kind != .plain { refuse("the code is in the header '\(header)'; kind \(format.kind.rawValue) reads it from the body") }
            if !format.code.isEmpty { refuse("the code is in the header '\(header)'; remove the code path '\(format.code)'") }
            if format.codeType == .integer { refuse("codeType says how a body sends the code, and the code is in the header '\(header)'") }
        }
        switch format.kind {
        case .plain:
            if format.header == nil, format.code.isEmpty { refuse("the code has an empty path") }
        case .rootKey:
            if format.syntax == .xml { refuse("kind rootKey reads JSON bodies only") }
            if !format.code.isEmpty { refuse("with kind rootKey the code is the body's only key; remove the code path '\(format.code)'") }
            if format.codeForm != .asIs { refuse("with kind rootKey the code is the body's key, taken as is; remove codeForm") }
        case .problemDetails:
            if format.syntax == .xml { refuse("kind problemDetails reads JSON bodies (application/problem+json) only") }
            if format.code.keys?.count != 1 {
                refuse("with kind problemDetails the code is a top-level member ('type' or an extension member), not '\(format.code)'")
            }
        case .errorInfo:
            if format.syntax == .xml { refuse("kind errorInfo reads JSON bodies only") }
            if format.code.last != "reason" || format.code.steps.last?.key == nil || format.code.steps.count < 2 {
                refuse("with kind errorInfo the code path ends at the entry's 'reason' (e.g. error.details[@type$=ErrorInfo].reason), not '\(format.code)'")
            }
        }
        return problems
    }

    /// A key or a filter's key that is an XML element name.
    private static func isXMLStep(_ step: FieldPath.Step) -> Bool {
        switch step {
        case .key(let name), .element(let name, _): isXMLName(name)
        case .index, .each: true
        }
    }

    /// Letters, digits, `_`, `-` and `:` (a prefixed name is matched as written), not starting
    /// with a digit, `-` or `:`.
    public static func isXMLName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || ["_", "-", ":"].contains($0)
        }
    }
}
