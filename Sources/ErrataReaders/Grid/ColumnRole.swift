import ErrataModel

/// What a table column holds, as its header names it.
enum ColumnRole: String, CaseIterable, Hashable, Sendable {
    case module, code, message, description, solution, status

    /// Header names (compared as `HeaderName.key`s) for each role: English, Chinese,
    /// Japanese, Korean, German, French, Spanish and Russian, as real error pages head them.
    private static let synonyms: [String: ColumnRole] = {
        let table: [(ColumnRole, [String])] = [
            (.module, ["module", "modules", "category", "service", "模块", "类别", "分类", "モジュール", "모듈", "modul", "kategorie"]),
            (.code, [
                "error code", "error codes", "code", "codes", "errorcode", "error_code", "resultcode",
                "result code", "error type", "error name", "exception", "exception code", "exception codes", "error", "errors",
                "错误码", "错误代码", "错误编码", "返回错误码", "错误类型", "エラーコード", "오류 코드", "에러 코드",
                "fehlercode", "code d'erreur", "código de error", "codigo de error", "код ошибки",
            ]),
            (.message, [
                "error message", "error messages", "message", "messages", "error_msg", "error msg",
                "errormessage", "resultmessage", "result message", "error info", "错误信息", "错误消息",
                "错误描述信息", "错误提示", "提示信息", "返回信息", "エラーメッセージ", "오류 메시지", "에러 메시지",
                "fehlermeldung", "message d'erreur", "mensaje de error", "сообщение об ошибке", "сообщение",
            ]),
            (.description, [
                "description", "descriptions", "error description", "meaning", "possible cause", "possible causes",
                "cause", "causes", "reason", "details", "说明", "描述", "错误描述", "原因", "可能原因", "错误原因",
                "説明", "설명", "beschreibung", "descripción", "descripcion", "описание", "причина",
            ]),
            (.solution, [
                "solution", "solutions", "measure", "measures", "handling measure", "handling measures",
                "suggestion", "suggestions", "troubleshooting", "recommended action", "action", "how to fix",
                "resolution", "建议解决方法", "处理措施", "解决方法", "解决办法", "处理建议", "解决方案", "处理方法",
                "解决措施", "対処方法", "対処", "해결 방법", "해결책", "lösung", "losung", "solución", "solucion", "решение",
            ]),
            (.status, [
                "http status code", "http status codes", "status code", "status codes", "http status",
                "http", "http code", "status", "response code", "http response code", "http status code returned",
                "状态码", "http状态码", "http 状态码", "返回码", "ステータスコード", "상태 코드", "statuscode",
                "code http", "código http", "codigo http", "код http", "http-код",
            ]),
        ]
        var map: [String: ColumnRole] = [:]
        for (role, names) in table { for name in names { map[HeaderName.key(name)] = role } }
        return map
    }()

    /// Every synonym's key with its role, for tests: no key may name two roles.
    static var synonymKeys: [String: ColumnRole] { synonyms }

    /// The role a header cell names, compared as `HeaderName.key` (case, spaces, underscores,
    /// hyphens, punctuation and `&nbsp;` aside: `HttpCode`, `HTTP_CODE`, `http-status`), also
    /// with a parenthesised suffix left out ("Error Code (string)").
    static func role(forHeader header: String) -> ColumnRole? {
        if let role = synonyms[HeaderName.key(header)] { return role }
        if let open = header.firstIndex(where: { $0 == "(" || $0 == "（" }) {
            return synonyms[HeaderName.key(String(header[..<open]))]
        }
        return nil
    }

    /// The role's name in a recipe (`ReadingRecipe.Role`).
    var recipeRole: ReadingRecipe.Role {
        switch self {
        case .module: .module
        case .code: .code
        case .message: .message
        case .description: .description
        case .solution: .solution
        case .status: .status
        }
    }

    /// The role a recipe's role names; nil for `.ignore`.
    init?(_ role: ReadingRecipe.Role) {
        switch role {
        case .module: self = .module
        case .code: self = .code
        case .message: self = .message
        case .description: self = .description
        case .solution: self = .solution
        case .status: self = .status
        case .ignore: return nil
        }
    }
}

/// Which column of a grid holds which role, and which columns a recipe ignores.
struct ColumnMap: Hashable, Sendable {
    private(set) var columns: [ColumnRole: Int] = [:]
    /// Columns the recipe drops: no role, not kept as the rows' other columns.
    private(set) var ignored: Set<Int> = []

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

    /// Whether some role maps to `column`.
    func hasRole(_ column: Int) -> Bool { columns.values.contains(column) }

    /// The role `column` has, if any.
    func role(of column: Int) -> ColumnRole? { columns.first { $0.value == column }?.key }

    /// Gives `role` to `column` (a column found by its contents or named by a recipe); the column
    /// loses any other role, and the column that had `role` before loses it.
    mutating func assign(_ role: ColumnRole, to column: Int) {
        if let old = self.role(of: column) { columns[old] = nil }
        columns[role] = column
        ignored.remove(column)
    }

    /// Drops `column`: no role, not kept.
    mutating func ignore(_ column: Int) {
        if let old = role(of: column) { columns[old] = nil }
        ignored.insert(column)
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
