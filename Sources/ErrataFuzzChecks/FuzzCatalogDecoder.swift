import ErrataModel

/// Turns arbitrary bytes into a small `Catalog`, so a fuzzer can explore the renderers' input space.
///
/// The bytes are split at 0xFF (never part of UTF-8, so fields can hold any text) and each field
/// is decoded as UTF-8 with invalid bytes repaired. Fields: service, code key, message key (one JSON
/// key each),
/// then groups of six per row: code, module (empty: none), message (0xFE separating the message
/// from alternative messages; empty and repeated ones skipped), description, solution, and a
/// control field whose first byte gives the HTTP status (0: none, else 300 + byte), whose second
/// byte the flags (bit 0 deprecated, bit 1 retryable), and whose further bytes more statuses of the
/// row (300 + byte each; 0 and repeats skipped). A row repeating the previous row's code is
/// another variant of it. Modules are the rows' modules in first-use order.
public enum FuzzCatalogDecoder {
    public static func catalog(from bytes: [UInt8]) -> Catalog {
        let fields = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let rawFields = bytes.split(separator: 0xFF, omittingEmptySubsequences: false)
        func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
        var catalog = Catalog(
            service: field(0),
            errorBody: [ErrorBodyFormat(code: [field(1).isEmpty ? "error_code" : field(1)],
                                        message: [field(2).isEmpty ? "error_msg" : field(2)])])
        var index = 3
        while index < fields.count {
            let code = field(index)
            let module = field(index + 1).isEmpty ? nil : field(index + 1)
            let control = index + 5 < rawFields.count ? Array(rawFields[index + 5]) : []
            var statuses: [Int] = []
            for (position, byte) in control.enumerated() where position != 1 && byte != 0 && !statuses.contains(300 + Int(byte)) {
                statuses.append(300 + Int(byte))
            }
            let flags = control.count > 1 ? control[1] : 0
            let messages = index + 2 < rawFields.count
                ? rawFields[index + 2].split(separator: 0xFE, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
                : [""]
            var alternatives: [String] = []
            for message in messages.dropFirst() where !message.isEmpty && message != messages[0] && !alternatives.contains(message) {
                alternatives.append(message)
            }
            let variant = Variant(
                message: messages[0], description: field(index + 3), solution: field(index + 4), statuses: statuses,
                alternativeMessages: alternatives)
            if let last = catalog.entries.last, last.code == code {
                catalog.entries[catalog.entries.count - 1].variants.append(variant)
            } else {
                catalog.entries.append(Entry(
                    code: code, module: module, variants: [variant],
                    deprecated: flags & 1 != 0 ? true : nil, retryable: flags & 2 != 0 ? true : nil))
                if let module, !catalog.modules.contains(where: { $0.name == module }) {
                    catalog.modules.append(Module(name: module))
                }
            }
            index += 6
        }
        return catalog
    }

    /// The inverse, for building seeds and hand-made cases: the bytes `catalog(from:)` reads as `catalog`
    /// (statuses outside 301...554 are dropped).
    public static func bytes(for catalog: Catalog) -> [UInt8] {
        let format = catalog.errorBody.first ?? .default
        var fields: [[UInt8]] = [Array(catalog.service.utf8), Array(format.code.steps.compactMap(\.key).joined(separator: ".").utf8),
                                 Array(format.message.steps.compactMap(\.key).joined(separator: ".").utf8)]
        for entry in catalog.entries {
            let flags: UInt8 = (entry.deprecated == true ? 1 : 0) | (entry.retryable == true ? 2 : 0)
            for variant in entry.variants {
                let statuses = variant.statuses.compactMap { (301...554).contains($0) ? UInt8($0 - 300) : nil }
                let control = [statuses.first ?? 0, flags] + statuses.dropFirst()
                fields += [Array(entry.code.utf8), Array((entry.module ?? "").utf8), Array(variant.messages.map { Array($0.utf8) }.joined(separator: [0xFE])),
                           Array(variant.description.utf8), Array(variant.solution.utf8), control]
            }
        }
        return Array(fields.joined(separator: [0xFF]))
    }
}
