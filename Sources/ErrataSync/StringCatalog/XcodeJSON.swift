/// JSON in the layout Xcode writes String Catalogs in, so that a catalog opened and saved in
/// Xcode differs little from the one errata wrote: keys sorted as Xcode sorts them, two-space
/// indent, `"key" : value`, `/` and non-ASCII text unescaped, LF line ends.
public enum XcodeJSON {
    /// The only values a String Catalog errata writes needs.
    public indirect enum Value: Hashable, Sendable {
        case string(String)
        /// Members in any order: they are written sorted by key.
        case object([String: Value])
    }

    /// The text of `value`, without a trailing newline.
    public static func text(_ value: Value) -> String {
        var out = ""
        write(value, indent: 0, to: &out)
        return out
    }

    private static func write(_ value: Value, indent: Int, to out: inout String) {
        switch value {
        case .string(let text):
            quote(text, to: &out)
        case .object(let members):
            let inner = String(repeating: " ", count: indent + 2)
            guard !members.isEmpty else {
                // As Foundation's pretty printer writes an empty object.
                out += "{\n\n" + String(repeating: " ", count: indent) + "}"
                return
            }
            out += "{\n"
            for (index, key) in members.keys.sorted(by: keyPrecedes).enumerated() {
                if index > 0 { out += ",\n" }
                out += inner
                quote(key, to: &out)
                out += " : "
                write(members[key]!, indent: indent + 2, to: &out)
            }
            out += "\n" + String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`; all
    /// else, `/` and non-ASCII characters included, as it is.
    static func quote(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    // MARK: Key order

    /// Xcode's order of a String Catalog's keys: letters without regard to case, runs of digits by
    /// their value (`Key2` before `Key10`), ASCII punctuation and symbols before digits and letters
    /// in the order of the Unicode collation algorithm (`_` `-` `,` `;` `:` `!` `?` `.` `'` `"` `(`
    /// `)` `[` `]` `{` `}` `@` `*` `/` `\` `&` `#` `%` `` ` `` `^` `+` `<` `=` `>` `|` `~` `$`),
    /// other characters by code point after those; keys equal so are ordered by code point.
    public static func keyPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        switch compareCollated(Array(lhs.lowercased().unicodeScalars), Array(rhs.lowercased().unicodeScalars)) {
        case .some(let precedes): return precedes
        case nil: return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
        }
    }

    /// True or false when the keys differ in collation order; nil when they are equal in it.
    private static func compareCollated(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool? {
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let startA = i
                let startB = j
                while i < a.count, isDigit(a[i]) { i += 1 }
                while j < b.count, isDigit(b[j]) { j += 1 }
                let digitsA = a[startA..<i].drop { $0 == "0" }
                let digitsB = b[startB..<j].drop { $0 == "0" }
                if digitsA.count != digitsB.count { return digitsA.count < digitsB.count }
                for (x, y) in zip(digitsA, digitsB) where x != y { return x.value < y.value }
                continue
            }
            let weightA = weight(a[i])
            let weightB = weight(b[j])
            if weightA != weightB { return weightA < weightB }
            i += 1
            j += 1
        }
        if i < a.count || j < b.count { return i == a.count }
        return nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// ASCII punctuation and symbols in collation order (whitespace first).
    private static let punctuation = Array(" \t\n_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".unicodeScalars)

    /// Sort weight of a (lower-cased) character outside a run of digits: punctuation, then digits,
    /// then letters and the rest by code point.
    private static func weight(_ scalar: Unicode.Scalar) -> UInt32 {
        if let index = punctuation.firstIndex(of: scalar) { return UInt32(index) }
        if isDigit(scalar) { return 0x100 + scalar.value }
        return 0x200 + scalar.value
    }
}
