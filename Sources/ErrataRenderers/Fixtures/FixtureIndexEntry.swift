/// One row of the fixtures' `index.json`: which file holds which variant of which code.
struct FixtureIndexEntry: Codable, Hashable, Sendable {
    /// File name inside the fixtures folder, e.g. `ModelArts.4105_v2.json`.
    var file: String
    var code: String
    /// The entry's module; `null` in the JSON when it has none.
    var module: String?
    var message: String
    /// Every HTTP status of the variant, the first the one to answer its body with; `[]` when the
    /// page gives none.
    var statuses: [Int]
    /// 1-based position of the variant among the code's variants.
    var variant: Int
    /// The response headers to answer with besides the body, when the format carries the code in
    /// a header (`{"x-ms-error-code": "QuotaExceeded"}`); absent otherwise.
    var headers: [String: String]? = nil

    private enum CodingKeys: String, CodingKey { case file, code, module, message, statuses, variant, headers }

    /// Every key is always written, `module` as `null` when absent, but `headers`, written only
    /// when there are any.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(code, forKey: .code)
        try container.encode(module, forKey: .module)
        try container.encode(message, forKey: .message)
        try container.encode(statuses, forKey: .statuses)
        try container.encode(variant, forKey: .variant)
        try container.encodeIfPresent(headers, forKey: .headers)
    }
}
