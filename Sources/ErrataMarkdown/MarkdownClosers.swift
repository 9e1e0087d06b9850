/// Where the constructs of an inline text close, found for all openers in one pass over the
/// text the first time a kind is asked for: a code span's closing backticks, a page's
/// `</code>` and the end of an MDX comment `*/}`. Looking ahead from each opener in turn would
/// take time quadratic in the length of a text full of unclosed openers (`` ` ``, `<code>`).
final class MarkdownClosers {
    static let codeCloseTag = Array("</code>".utf8)
    static let commentEnd = Array("*/}".utf8)

    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Where the first run of exactly `length` backticks at or after `start` begins, or nil.
    func backticks(length: Int, from start: Int) -> Int? {
        guard let runs = backtickRuns[length] else { return nil }
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low < runs.count ? runs[low] : nil
    }

    /// Where the first `</code>` (any case) at or after `index` starts, or nil.
    func codeCloseTag(from index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        let match = codeCloseTags[index]
        return match < 0 ? nil : match
    }

    /// Where the first `*/}` at or after `index` starts, or nil.
    func commentEnd(from index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        let match = commentEnds[index]
        return match < 0 ? nil : match
    }

    /// The start of every maximal run of backticks, by its length, in order.
    private lazy var backtickRuns: [Int: [Int]] = {
        var runs: [Int: [Int]] = [:]
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] == UInt8(ascii: "`") { end += 1 }
            runs[end - index, default: []].append(index)
            index = end
        }
        return runs
    }()

    private lazy var codeCloseTags: [Int] = firstOccurrences(of: Self.codeCloseTag)

    private lazy var commentEnds: [Int] = firstOccurrences(of: Self.commentEnd)

    /// For each position, where the first occurrence of `tag` (compared ASCII-lowercased) at or
    /// after it starts; -1 for none. One backward pass.
    private func firstOccurrences(of tag: [UInt8]) -> [Int] {
        var result = [Int](repeating: -1, count: bytes.count)
        var index = bytes.count - 1
        while index >= 0 {
            var offset = 0
            while offset < tag.count, index + offset < bytes.count, Self.lowercased(bytes[index + offset]) == tag[offset] {
                offset += 1
            }
            result[index] = offset == tag.count ? index : index + 1 < bytes.count ? result[index + 1] : -1
            index -= 1
        }
        return result
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
