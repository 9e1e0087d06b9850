import ErrataModel
import Foundation

/// JSON as the fixtures (and the Markdown page's example) write it: `JSONEncoder` with sorted keys,
/// pretty printing and unescaped slashes, LF line ends, a trailing newline.
enum FixtureJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
