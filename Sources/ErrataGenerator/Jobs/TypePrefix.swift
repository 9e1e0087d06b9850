/// The type-name prefix when none is given: from the spec's file name, the one rule shared by
/// `errata.yml`, `errata generate --spec` and the plugins: the build-tool plugin must name its
/// output files before errata reads the spec, so it compiles this very file (linked from
/// Plugins/PluginsShared; it must stay self-contained, with no import).
///
/// The file name without its folder and without `.errata.yaml`, `.yaml` or `.yml`, split into
/// words at every character that is not an ASCII letter or digit; each word's first letter is
/// capitalised and the words are joined: `spec/huawei-ocr.yaml` → `HuaweiOcr`,
/// `dns_v2.errata.yaml` → `DnsV2`. A name that would start with a digit gets `API` in front;
/// nothing left gives `API`.
public enum TypePrefix {
    public static func derived(fromSpec path: String) -> String {
        var name = Substring(path.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        for suffix in [".errata.yaml", ".yaml", ".yml"] where name.hasSuffix(suffix) {
            name = name.dropLast(suffix.count)
            break
        }
        let words = name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = joined.first else { return "API" }
        return first.isNumber ? "API" + joined : joined
    }
}
