/// `--upstream` may stand without a page: `errata check --upstream` compares the spec with the
/// page its `source` names. The argument parser wants a value after an option, so a bare
/// `--upstream` (last, or followed by another option) is passed on with `specSource`, a value
/// no path or URL can be, which `check` reads as "the spec's source".
enum UpstreamArgument {
    static let specSource = "\u{1}the spec's source"

    static func withImplicitValue(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            result.append(argument)
            guard argument == "--upstream" else { continue }
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if next == nil || next!.hasPrefix("-") { result.append(specSource) }
        }
        return result
    }
}
