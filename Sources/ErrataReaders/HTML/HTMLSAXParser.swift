import CLibXML2
import ErrataModel

/// Runs libxml2's HTML push parser over UTF-8 input in chunks, forwarding SAX events to a
/// `HTMLTableCollector`. No tree is built; memory stays proportional to the open elements
/// and the tables read.
///
/// Each parse has its own parser context and error handler (the SAX handler's `serror`), so
/// nothing is shared between threads.
final class HTMLSAXParser {
    /// Bytes handed to libxml2 per `htmlParseChunk` call.
    static let chunkSize = 256 * 1024

    /// `xmlInitParser()` runs once per process, before the first parse.
    private static let libraryInitialized: Bool = {
        xmlInitParser()
        return true
    }()

    private let collector: HTMLTableCollector
    private let path: String
    private var context: htmlParserCtxtPtr?
    /// The input has been handed over completely; elements closed now are closed by its end.
    private var terminating = false
    /// Where libxml2 reported the end of the document (offset into the bytes of the current parse).
    private var documentEnd: Int?
    /// Lines before the bytes of the current parse.
    private var lineOffset = 0
    /// Lines before the input in the file it comes from (a raw HTML block of a Markdown page).
    private let firstLineOffset: Int
    /// Absolute offset of the last `</table>` end tag that closed a table.
    private var lastExplicitTableEnd = -1
    private var fatalError: Diagnostic?

    /// `firstLineOffset`: lines of the file before the bytes parsed, added to every line reported.
    init(collector: HTMLTableCollector, path: String, firstLineOffset: Int = 0) {
        self.collector = collector
        self.path = path
        self.firstLineOffset = firstLineOffset
    }

    /// Parses `bytes` (valid UTF-8, no NUL) completely; throws the first problem found.
    ///
    /// libxml2's push parser ends the document at the end tag that closes its outermost element
    /// (`</html>`) and silently ignores what follows; when more than blanks follow, parsing
    /// resumes there with a fresh parser, so a table after `</html>` is not lost.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        _ = HTMLSAXParser.libraryInitialized
        var start = 0
        lineOffset = firstLineOffset
        while true {
            let end = try parseDocument(UnsafeBufferPointer(rebasing: bytes[start...]))
            let resumeAt = start + end
            guard end > 0, resumeAt < bytes.count,
                bytes[resumeAt...].contains(where: { !$0.isHTMLWhitespace })
            else { return }
            lineOffset += bytes[start..<resumeAt].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            start = resumeAt
        }
    }

    /// Parses one document; returns the offset (in `bytes`) where libxml2 ended it.
    private func parseDocument(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Int {
        var handler = HTMLSAXParser.makeHandler()
        let me = Unmanaged.passUnretained(self).toOpaque()
        guard let context = htmlCreatePushParserCtxt(&handler, me, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else {
            throw Diagnostic.error("libxml2 could not create an HTML parser", at: SourceLocation(path: path))
        }
        self.context = context
        terminating = false
        documentEnd = nil
        lastExplicitTableEnd = -1
        defer {
            self.context = nil
            htmlFreeParserCtxt(context)
        }
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        htmlCtxtUseOptions(context, Int32(options))

        if let base = bytes.baseAddress {
            var offset = 0
            while offset < bytes.count, !stopped, documentEnd == nil {
                let length = min(HTMLSAXParser.chunkSize, bytes.count - offset)
                let chunk = UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self)
                _ = htmlParseChunk(context, chunk, Int32(length), 0)
                offset += length
            }
        }
        if !stopped, documentEnd == nil {
            terminating = true
            _ = htmlParseChunk(context, nil, 0, 1)
        }
        if let failure = collector.failure { throw failure }
        if let fatalError { throw fatalError }
        guard let documentEnd else {
            throw Diagnostic.error("the HTML parser stopped before the end of the input", at: currentLocation())
        }
        return documentEnd
    }

    private var stopped: Bool { collector.hasFailure || hasFatalError }
    private var hasFatalError = false

    // MARK: Callbacks

    private func startElement(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        let tag = HTMLTag(name: name)
        guard tag != .other else {
            collector.startElement(tag, line: 0) { _ in nil }
            return
        }
        collector.startElement(tag, line: currentLine()) { wanted in
            HTMLSAXParser.attribute(wanted, in: attributes)
        }
        stopIfFailed()
    }

    private func endElement(_ name: UnsafePointer<UInt8>) {
        let tag = HTMLTag(name: name)
        var closedAtEnd = false
        if tag == .table, let input = context?.pointee.input?.pointee, let cur = input.cur, let base = input.base {
            let offset = Int(input.consumed) + (cur - base)
            let explicit = HTMLSAXParser.endsWithTableEndTag(base: base, cur: cur) && offset != lastExplicitTableEnd
            if explicit { lastExplicitTableEnd = offset }
            closedAtEnd = terminating && !explicit && cur == input.end
        }
        collector.endElement(tag, line: tag == .other ? 0 : currentLine(), closedAtEndOfInput: closedAtEnd)
        stopIfFailed()
    }

    private func characters(_ text: UnsafePointer<UInt8>, _ length: Int32) {
        collector.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        stopIfFailed()
    }

    private func endDocument() {
        guard let input = context?.pointee.input?.pointee, let cur = input.cur, let base = input.base else {
            documentEnd = 0
            return
        }
        documentEnd = Int(input.consumed) + (cur - base)
    }

    private func structuredError(_ error: UnsafeMutablePointer<xmlError>) {
        let error = error.pointee
        guard error.level == XML_ERR_FATAL, !hasFatalError else { return }
        hasFatalError = true
        let message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        fatalError = Diagnostic.error(
            "HTML parser: " + message.trimmingHTMLWhitespace(),
            at: SourceLocation(path: path, line: error.line > 0 ? lineOffset + Int(error.line) : nil))
        stopIfFailed()
    }

    private func stopIfFailed() {
        if stopped, let context { xmlStopParser(context) }
    }

    // MARK: Glue

    private func currentLine() -> Int {
        lineOffset + Int(context?.pointee.input?.pointee.line ?? 0)
    }


    private func currentLocation() -> SourceLocation {
        SourceLocation(path: path, line: currentLine())
    }

    private static func parser(_ pointer: UnsafeMutableRawPointer?) -> HTMLSAXParser? {
        pointer.map { Unmanaged<HTMLSAXParser>.fromOpaque($0).takeUnretainedValue() }
    }

    private static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC: use `serror`, the per-context structured handler
        handler.startElement = { user, name, attributes in
            guard let name else { return }
            HTMLSAXParser.parser(user)?.startElement(name, attributes)
        }
        handler.endElement = { user, name in
            guard let name else { return }
            HTMLSAXParser.parser(user)?.endElement(name)
        }
        handler.characters = { user, text, length in
            guard let text, length > 0 else { return }
            HTMLSAXParser.parser(user)?.characters(text, length)
        }
        handler.ignorableWhitespace = handler.characters
        // <script> and <style> content arrives as CDATA blocks: dropped.
        handler.cdataBlock = { _, _, _ in }
        handler.endDocument = { user in HTMLSAXParser.parser(user)?.endDocument() }
        handler.serror = { user, error in
            guard let error else { return }
            HTMLSAXParser.parser(user)?.structuredError(error)
        }
        return handler
    }

    private static func attribute(_ wanted: StaticString, in attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?)
        -> String?
    {
        guard let attributes else { return nil }
        var index = 0
        while let name = attributes[index] {
            if xmlStrEqual(name, wanted.utf8Start) != 0 {
                return attributes[index + 1].map { String(cString: $0) } ?? ""
            }
            index += 2
        }
        return nil
    }

    /// Whether the input just before `cur` is an end tag `</table…>` (the parser has just read it).
    private static func endsWithTableEndTag(base: UnsafePointer<UInt8>, cur: UnsafePointer<UInt8>) -> Bool {
        guard cur > base, (cur - 1).pointee == UInt8(ascii: ">") else { return false }
        // Back to the "</" that opens the tag (recovery skips junk between the name and ">").
        let floor = max(base, cur - 1024)
        var position = cur - 1
        while position > floor, !(position.pointee == UInt8(ascii: "/") && (position - 1).pointee == UInt8(ascii: "<")) {
            position -= 1
        }
        guard position > floor else { return false }
        let name = Array("table".utf8)
        let nameStart = position + 1
        guard cur - nameStart > name.count else { return false }
        for index in 0..<name.count where nameStart[index] | 0x20 != name[index] {
            return false
        }
        let after = nameStart[name.count]
        return after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || after.isHTMLWhitespace
    }
}
