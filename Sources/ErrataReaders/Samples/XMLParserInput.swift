/// The text of an XML sample reduced to what FoundationXML's `XMLParser` can be given safely.
///
/// With a delegate set, the parser of swift-corelibs-foundation 6.x dereferences a null pointer
/// on a processing instruction without data (`<?pi?>`, also `<?xml?>` after other markup), and a
/// document type declaration can bring one in through an entity. An error body needs neither, so
/// before parsing:
/// - processing instructions, the XML declaration among them, are removed;
/// - comments are removed;
/// - CDATA sections become the same text as escaped character data;
/// - any other `<!` markup (a document type declaration) refuses the sample;
/// - an unterminated processing instruction, comment or CDATA section refuses it too, and so does
///   a U+0000 (with one, the parser may take the bytes for UTF-16 and see markup this scan did not).
///
/// The result holds no `<?` and no `<!`. The generated library's `readXML` applies the same rule
/// to the bodies it decodes (SwiftErrorBodyFile), so a sample and a response are read alike.
enum XMLParserInput {
    static func text(_ sample: Substring) -> String? {
        let bytes = Array(sample.utf8)
        guard !bytes.contains(0) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "?") || bytes[index + 1] == UInt8(ascii: "!")
            else {
                out.append(bytes[index])
                index += 1
                continue
            }
            if bytes[index + 1] == UInt8(ascii: "?") {
                guard let end = find("?>", in: bytes, from: index + 2) else { return nil }
                index = end + 2
            } else if starts("<!--", in: bytes, at: index) {
                guard let end = find("-->", in: bytes, from: index + 4) else { return nil }
                index = end + 3
            } else if starts("<![CDATA[", in: bytes, at: index) {
                guard let end = find("]]>", in: bytes, from: index + 9) else { return nil }
                for byte in bytes[(index + 9)..<end] {
                    switch byte {
                    case UInt8(ascii: "&"): out += Array("&amp;".utf8)
                    case UInt8(ascii: "<"): out += Array("&lt;".utf8)
                    case UInt8(ascii: ">"): out += Array("&gt;".utf8)
                    default: out.append(byte)
                    }
                }
                index = end + 3
            } else {
                return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func starts(_ prefix: String, in bytes: [UInt8], at index: Int) -> Bool {
        let prefix = Array(prefix.utf8)
        return index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    /// Where `terminator` next starts at or after `from`.
    private static func find(_ terminator: String, in bytes: [UInt8], from: Int) -> Int? {
        let terminator = Array(terminator.utf8)
        var index = from
        while index + terminator.count <= bytes.count {
            if bytes[index..<(index + terminator.count)].elementsEqual(terminator) { return index }
            index += 1
        }
        return nil
    }
}
