/// The HTML elements the table reader gives meaning to; everything else is `.other`.
///
/// libxml2's HTML parser hands element names over lower-cased, so names are matched byte for byte.
enum HTMLTag: UInt8, Sendable {
    case other
    case table, caption, thead, tbody, tfoot, tr, td, th
    case paragraph, division, lineBreak, rule, heading, preformatted, blockquote, otherBlock
    case unorderedList, orderedList, listItem
    /// `<dl>`, `<dt>`, `<dd>`: blocks in a cell; outside tables, a list of errors may be written with them.
    case definitionList, definitionTerm, definitionDescription
    case strong, emphasis, code, anchor
    /// `<title>`: the page's title.
    case pageTitle

    /// The tag for an element name as libxml2 reports it (NUL-terminated, lower-case).
    init(name: UnsafePointer<UInt8>) {
        var length = 0
        while length < 11, name[length] != 0 { length += 1 }
        guard length <= 10 else {
            self = .other
            return
        }
        self = HTMLTag.lookup(UnsafeBufferPointer(start: name, count: length))
    }

    /// Whether the element is a heading (`h1`–`h6`), whose text may serve as a table's caption.
    var isHeading: Bool { self == .heading }

    /// Elements that start and end a paragraph inside a cell.
    var breaksParagraph: Bool {
        switch self {
        case .paragraph, .division, .lineBreak, .rule, .heading, .preformatted, .blockquote, .otherBlock,
            .definitionList, .definitionTerm, .definitionDescription:
            return true
        default:
            return false
        }
    }

    private static func lookup(_ name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        switch name.count {
        case 1:
            switch name[0] {
            case UInt8(ascii: "p"): return .paragraph
            case UInt8(ascii: "b"): return .strong
            case UInt8(ascii: "i"): return .emphasis
            case UInt8(ascii: "a"): return .anchor
            default: return .other
            }
        case 2:
            let pair = (name[0], name[1])
            switch pair {
            case (UInt8(ascii: "t"), UInt8(ascii: "r")): return .tr
            case (UInt8(ascii: "t"), UInt8(ascii: "d")): return .td
            case (UInt8(ascii: "t"), UInt8(ascii: "h")): return .th
            case (UInt8(ascii: "b"), UInt8(ascii: "r")): return .lineBreak
            case (UInt8(ascii: "h"), UInt8(ascii: "r")): return .rule
            case (UInt8(ascii: "u"), UInt8(ascii: "l")): return .unorderedList
            case (UInt8(ascii: "o"), UInt8(ascii: "l")): return .orderedList
            case (UInt8(ascii: "l"), UInt8(ascii: "i")): return .listItem
            case (UInt8(ascii: "e"), UInt8(ascii: "m")): return .emphasis
            case (UInt8(ascii: "t"), UInt8(ascii: "t")): return .code
            case (UInt8(ascii: "d"), UInt8(ascii: "l")): return .definitionList
            case (UInt8(ascii: "d"), UInt8(ascii: "t")): return .definitionTerm
            case (UInt8(ascii: "d"), UInt8(ascii: "d")): return .definitionDescription
            case (UInt8(ascii: "h"), let digit) where digit >= UInt8(ascii: "1") && digit <= UInt8(ascii: "6"):
                return .heading
            default: return .other
            }
        default:
            return named[String(decoding: name, as: UTF8.self)] ?? .other
        }
    }

    private static let named: [String: HTMLTag] = [
        "title": .pageTitle, "table": .table, "caption": .caption, "thead": .thead, "tbody": .tbody, "tfoot": .tfoot,
        "div": .division, "pre": .preformatted, "blockquote": .blockquote,
        "strong": .strong, "code": .code, "kbd": .code, "samp": .code,
        "section": .otherBlock, "article": .otherBlock, "header": .otherBlock, "footer": .otherBlock,
        "nav": .otherBlock, "aside": .otherBlock, "main": .otherBlock, "figure": .otherBlock,
        "figcaption": .otherBlock, "address": .otherBlock, "center": .otherBlock, "details": .otherBlock,
        "summary": .otherBlock, "form": .otherBlock, "fieldset": .otherBlock, "legend": .otherBlock,
    ]
}
