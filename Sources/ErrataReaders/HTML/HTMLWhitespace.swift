extension UInt8 {
    /// HTML's ASCII whitespace: space, tab, line feed, carriage return, form feed.
    var isHTMLWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D || self == 0x0C
    }
}

extension String {
    /// The string without leading and trailing HTML whitespace.
    func trimmingHTMLWhitespace() -> String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !$0.isHTMLWhitespace }),
            let last = bytes.lastIndex(where: { !$0.isHTMLWhitespace })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
