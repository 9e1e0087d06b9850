import ErrataModel
import Yams

/// Turning spec bytes into text, and Yams errors into located diagnostics.
enum YAMLText {
    static func decode(_ data: [UInt8], path: String, maximumSize: Int) throws -> String {
        guard data.count <= maximumSize else {
            throw Diagnostic.error("the file is \(data.count) bytes; the limit is \(maximumSize)", at: SourceLocation(path: path))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            throw Diagnostic.error("the file contains a NUL byte", at: location(ofOffset: nul - bytes.startIndex, in: bytes, path: path))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes)
            throw Diagnostic.error("the file is not valid UTF-8", at: location(ofOffset: offset, in: bytes, path: path))
        }
        return text
    }

    static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text) (line \($0.mark.line)): " } ?? ""
            return .error("invalid YAML: \(detail)\(problem)", at: SourceLocation(path: path, line: mark.line, column: mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping",
                at: SourceLocation(path: path, line: context.mark.line, column: context.mark.column))
        case let .reader(problem, _, _, _):
            return .error("invalid YAML: \(problem)", at: SourceLocation(path: path))
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(path: path))
        }
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    private static func location(ofOffset offset: Int, in bytes: ArraySlice<UInt8>, path: String) -> SourceLocation {
        let prefix = bytes.prefix(offset)
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        return SourceLocation(path: path, line: line, column: bytes.startIndex + offset - lineStart + 1)
    }
}
