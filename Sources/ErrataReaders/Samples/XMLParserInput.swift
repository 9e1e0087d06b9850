import ErrataRuntime
import Foundation

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
/// The result holds no `<?` and no `<!`. The rule is the runtime's (`ErrataBody.xmlParserInput`),
/// which reads the responses generated libraries decode, so a sample and a response are read alike.
enum XMLParserInput {
    static func text(_ sample: Substring) -> String? {
        ErrataBody.xmlParserInput(Data(sample.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }
}
