extension CatalogChanges {
    /// The readable report `errata diff` prints: removed, added and changed codes, removed and
    /// added modules, note changes, then a summary line. "no differences" when there are none.
    public var textReport: String {
        if isEmpty { return "no differences\n" }
        var lines: [String] = []
        if !removed.isEmpty {
            lines.append("removed (\(removed.count)):")
            lines += removed.map { "  - \($0.code ?? "")  \($0.rule.rawValue) [\($0.severity.rawValue)]" }
        }
        if !added.isEmpty {
            lines.append("added (\(added.count)):")
            lines += added.map { "  + \($0.code ?? "")  \($0.rule.rawValue) [\($0.severity.rawValue)]" }
        }
        let codes = changedCodes
        if !codes.isEmpty {
            lines.append("changed (\(codes.count)):")
            let byCode = Dictionary(grouping: changed) { $0.code ?? "" }
            for code in codes {
                lines.append("  ~ \(code)")
                lines += (byCode[code] ?? []).map { "      " + $0.textLine }
            }
        }
        if !modules.isEmpty {
            lines.append("modules (\(modules.count)):")
            lines += modules.map { "      " + $0.textLine }
        }
        if !notes.isEmpty {
            lines.append("notes (\(notes.count)):")
            lines += notes.map { "      " + $0.textLine }
        }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `11 added, 0 removed, 13 changed, 0 note changes; 13 breaking, 0 documentation, 11 additions`.
    public var summaryLine: String {
        "\(added.count) added, \(removed.count) removed, \(changedCodes.count) changed, \(notes.count) note changes; "
            + "\(count(.breaking)) breaking, \(count(.documentation)) documentation, \(count(.addition)) additions"
    }
}

extension DiffChange {
    /// `MESSAGE_CHANGED [breaking] message: "Success" → "SUCCESS"`.
    public var textLine: String {
        "\(rule.rawValue) [\(severity.rawValue)] \(sentence)"
    }

    /// What changed, in words: `message: "Success" → "SUCCESS"`, `variant 2 added: "…"`,
    /// `column added to variant 2: "Type: Client error"`.
    public var sentence: String {
        let variant = index.map { " of variant \($0 + 1)" } ?? ""
        switch rule {
        case .codeAdded: return "code \(quoted(code)) added"
        case .codeRemoved: return "code \(quoted(code)) removed"
        case .variantAdded: return "variant \((index ?? 0) + 1) added: \(quoted(new))"
        case .variantRemoved: return "variant \((index ?? 0) + 1) removed: \(quoted(old))"
        case .moduleAdded: return "module \(quoted(new)) added"
        case .moduleRemoved: return "module \(quoted(old)) removed"
        case .noteAdded: return "note added: \(quoted(new))"
        case .noteRemoved: return "note removed: \(quoted(old))"
        case .noteChanged: return "note changed: \(quoted(old)) → \(quoted(new))"
        case .columnAdded: return "column added\(index.map { " to variant \($0 + 1)" } ?? ""): \(quoted(new))"
        case .columnRemoved: return "column removed\(index.map { " from variant \($0 + 1)" } ?? ""): \(quoted(old))"
        case .columnChanged: return "column\(variant) changed: \(quoted(old)) → \(quoted(new))"
        case .messageChanged, .descriptionChanged, .solutionChanged, .statusChanged:
            return "\(field)\(variant): \(quoted(old)) → \(quoted(new))"
        case .swiftNameChanged, .moduleChanged, .deprecatedChanged, .retryableChanged, .remarksChanged:
            return "\(field): \(quoted(old)) → \(quoted(new))"
        }
    }

    /// `"text"` with backslashes, quotes, line ends and tabs escaped; `none` for nil.
    private func quoted(_ text: String?) -> String {
        guard let text else { return "none" }
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r\n": out += "\\r\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
