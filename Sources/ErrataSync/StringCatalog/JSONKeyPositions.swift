import ErrataModel
import Foundation

/// Where the members of a JSON text's objects stand, by path from the top-level object, for
/// messages: Foundation reads the JSON but says nothing of positions.
///
/// The text must be JSON that Foundation has read without error: the scanner checks nothing and
/// builds no value. It follows strings (with their escapes) and the nesting of `{` and `[`, and
/// records each object member's key and the start of its value. Line breaks can stand only
/// between tokens (a JSON string holds no raw control character); a line ends at LF, CRLF or a
/// lone CR, and columns count bytes from 1, as errata's other readers count them.
struct JSONKeyPositions {
    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    struct Member {
        /// Where the key's opening quote stands.
        var key: Position
        /// Where the value's first character stands.
        var value: Position
    }

    /// Members deeper than this (in objects within objects from the top) are not recorded, nor
    /// anything within an array: errata reads nothing there.
    static let maximumDepth = 6

    let file: String
    /// By path: `["strings", "AV.0101/description", "localizations", "de"]`. The empty path is
    /// the top-level value (its key and value positions both where it starts).
    private(set) var members: [[String]: Member] = [:]
    /// The first key given twice in one recorded object: where it stands the first time and again.
    private(set) var duplicate: (path: [String], first: SourceLocation, again: SourceLocation)?

    private struct Container {
        /// The object's path when its members are recorded; nil in an array or too deep.
        var path: [String]?
        var isObject: Bool
        /// A key comes next (after `{` or a `,` in an object).
        var expectsKey: Bool
    }

    init(scanning bytes: ArraySlice<UInt8>, file: String) {
        self.file = file
        var open: [Container] = []
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        /// The member whose value comes next, when it is recorded.
        var awaiting: (path: [String], key: Position?)? = ([], nil)

        func position() -> Position { Position(line: line, column: index - lineStart + 1) }

        func endOfString(from start: Int) -> Int {
            var end = start + 1
            while end < bytes.endIndex {
                switch bytes[end] {
                case UInt8(ascii: "\\"): end += 2
                case UInt8(ascii: "\""): return end + 1
                default: end += 1
                }
            }
            return bytes.endIndex
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case 0x0A, 0x0D:
                if byte == 0x0D, index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A { index += 1 }
                line += 1
                lineStart = index + 1
            case 0x20, 0x09, UInt8(ascii: ":"):
                break
            case UInt8(ascii: ","):
                if open.last?.isObject == true { open[open.count - 1].expectsKey = true }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !open.isEmpty { open.removeLast() }
            case UInt8(ascii: "\"") where open.last?.expectsKey == true:
                let end = endOfString(from: index)
                open[open.count - 1].expectsKey = false
                if let parent = open[open.count - 1].path, let key = Self.key(bytes[index..<end]) {
                    awaiting = (parent + [key], position())
                }
                index = end
                continue
            default:  // the first character of a value
                var path: [String]?
                if let member = awaiting {
                    let value = position()
                    let recorded = Member(key: member.key ?? value, value: value)
                    if let first = members.updateValue(recorded, forKey: member.path), duplicate == nil {
                        duplicate = (member.path, location(first.key), location(recorded.key))
                    }
                    path = member.path.count < Self.maximumDepth ? member.path : nil
                    awaiting = nil
                }
                switch byte {
                case UInt8(ascii: "{"): open.append(Container(path: path, isObject: true, expectsKey: true))
                case UInt8(ascii: "["): open.append(Container(path: nil, isObject: false, expectsKey: false))
                case UInt8(ascii: "\""):
                    index = endOfString(from: index)
                    continue
                default: break  // a number or a literal: its other characters come here too, harmlessly
                }
            }
            index += 1
        }
    }

    /// Where the key of the member at `path` stands; for a member not recorded, where the
    /// nearest recorded member it is in stands, or the file without a line when there is none.
    func keyLocation(_ path: [String]) -> SourceLocation {
        var path = path
        while !path.isEmpty, members[path] == nil { path.removeLast() }
        return members[path].map { location($0.key) } ?? SourceLocation(path: file)
    }

    /// Where the value of the member at `path` starts; for a member not recorded, as `keyLocation`.
    func valueLocation(_ path: [String]) -> SourceLocation {
        members[path].map { location($0.value) } ?? keyLocation(path)
    }

    private func location(_ position: Position) -> SourceLocation {
        SourceLocation(path: file, line: position.line, column: position.column)
    }

    /// A key's text: its bytes, or with escapes, the quoted string as Foundation decodes it.
    private static func key(_ quoted: ArraySlice<UInt8>) -> String? {
        guard quoted.count >= 2 else { return nil }
        let inner = quoted.dropFirst().dropLast()
        guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
        return try? JSONDecoder().decode(String.self, from: Data(quoted))
    }
}
