/// What a table column holds, as its header names it.
enum ColumnRole: String, CaseIterable, Hashable, Sendable {
    case module, code, message, description, solution, status

    /// Header names (normalised: lowercase, single spaces) for each role, English and Chinese.
    private static let synonyms: [String: ColumnRole] = {
        let table: [(ColumnRole, [String])] = [
            (.module, ["module", "modules", "category", "service", "模块", "类别"]),
            (.code, [
                "error code", "error codes", "code", "codes", "errorcode", "error_code", "resultcode",
                "result code", "错误码", "错误代码", "错误编码",
            ]),
            (.message, [
                "error message", "error messages", "message", "messages", "error_msg", "error msg",
                "errormessage", "resultmessage", "result message", "错误信息", "错误消息", "错误描述信息",
            ]),
            (.description, ["description", "descriptions", "error description", "meaning", "说明", "描述", "错误描述"]),
            (.solution, [
                "solution", "solutions", "measure", "measures", "handling measure", "handling measures",
                "suggestion", "suggestions", "建议解决方法", "处理措施", "解决方法", "解决办法", "处理建议", "解决方案",
            ]),
            (.status, [
                "http status code", "http status codes", "status code", "status codes", "http status",
                "http", "http code", "status", "状态码", "http状态码", "http 状态码", "返回码",
            ]),
        ]
        var map: [String: ColumnRole] = [:]
        for (role, names) in table { for name in names { map[name] = role } }
        return map
    }()

    /// The role a header cell names, tolerant of case, `&nbsp;`, trailing punctuation and a
    /// parenthesised suffix ("Error Code (string)").
    static func role(forHeader header: String) -> ColumnRole? {
        let name = normalise(header)
        if let role = synonyms[name] { return role }
        if let open = name.firstIndex(where: { $0 == "(" || $0 == "（" }) {
            let stem = normalise(String(name[..<open]))
            if let role = synonyms[stem] { return role }
        }
        return nil
    }

    static func normalise(_ header: String) -> String {
        var text = header.replacingEvery("&nbsp;", with: " ").lowercased()
        text = RichText.fold(text)
        while let last = text.last, ".:：。;；*".contains(last) { text.removeLast() }
        return text.trimmedForCell()
    }
}

/// Which column of a grid holds which role.
struct ColumnMap: Hashable, Sendable {
    private(set) var columns: [ColumnRole: Int] = [:]

    /// Maps the header rows' cells; the first column naming a role wins. With several header
    /// rows, a column is named by its lowest header cell that maps to a role.
    init(headerRows: [[Cell]]) {
        let width = headerRows.map(\.count).max() ?? 0
        for column in 0..<width {
            for row in headerRows.reversed() where column < row.count {
                guard let role = ColumnRole.role(forHeader: row[column].text) else { continue }
                if columns[role] == nil { columns[role] = column }
                break
            }
        }
    }

    subscript(role: ColumnRole) -> Int? { columns[role] }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
