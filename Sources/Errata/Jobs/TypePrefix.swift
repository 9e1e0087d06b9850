/// The type-name prefix used when the configuration gives none: the service name's words,
/// capitalised and joined, ASCII letters and digits only (`Huawei Cloud OCR` → `HuaweiCloudOCR`).
enum TypePrefix {
    static func derived(from service: String) -> String {
        let words = service.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = joined.first else { return "API" }
        return first.isNumber ? "API" + joined : joined
    }
}
