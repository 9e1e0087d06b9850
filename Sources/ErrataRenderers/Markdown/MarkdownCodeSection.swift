import ErrataModel

/// The Markdown of one code: its row(s) in the module's summary table and its own subsection.
struct MarkdownCodeSection {
    var entry: Entry
    var anchor: String

    /// One summary-table row per variant: code (linking to the subsection), message, HTTP status.
    var tableRows: [String] {
        entry.variants.map { variant in
            let cells = [
                MarkdownEscaping.tableWireText(entry.code, linkingTo: anchor),
                MarkdownEscaping.tableWireText(variant.message),
                variant.statuses.isEmpty ? "—" : Self.statuses(variant),
            ]
            return "| " + cells.joined(separator: " | ") + " |"
        }
    }

    /// Heading with the explicit anchor, the variant(s), then the code's flags and remarks.
    var lines: [String] {
        let title = MarkdownEscaping.codeSpan(entry.code) ?? "*(empty code)*"
        var out = ["### <a id=\"\(anchor)\"></a>\(title)", ""]
        let count = entry.variants.count
        if count == 1 {
            return out + variantItems(entry.variants[0]) + detailItems + [""]
        }
        for (index, variant) in entry.variants.enumerated() {
            out += ["**Variant \(index + 1) of \(count)**", ""] + variantItems(variant) + [""]
        }
        let details = detailItems
        if !details.isEmpty {
            // A lead-in keeps the details from reading as the last variant's.
            out += ["**All variants**", ""] + details + [""]
        }
        return out
    }

    private func variantItems(_ variant: Variant) -> [String] {
        var items = MarkdownListItem.wireText(label: "**Message:**", variant.message)
        for message in variant.alternativeMessages {
            items += MarkdownListItem.wireText(label: "**Alternative message:**", message)
        }
        if !variant.statuses.isEmpty {
            items += MarkdownListItem.inline(label: "**HTTP status:**", Self.statuses(variant))
        }
        if !variant.description.isEmpty {
            items += MarkdownListItem.fragment(label: "**Description:**", variant.description)
        }
        if !variant.solution.isEmpty {
            items += MarkdownListItem.fragment(label: "**Solution:**", variant.solution)
        }
        for column in variant.columns {
            items += MarkdownListItem.fragment(label: "**\(MarkdownEscaping.plainText(column.name)):**", column.value)
        }
        return items
    }

    /// The row's HTTP statuses: `400`, `400, 500`.
    static func statuses(_ variant: Variant) -> String {
        variant.statuses.map(String.init).joined(separator: ", ")
    }

    private var detailItems: [String] {
        var items: [String] = []
        if let deprecated = entry.deprecated {
            items += MarkdownListItem.inline(label: "**Deprecated:**", deprecated ? "yes" : "no")
        }
        if let retryable = entry.retryable {
            items += MarkdownListItem.inline(label: "**Retryable:**", retryable ? "yes" : "no")
        }
        if let remarks = entry.remarks, !remarks.isEmpty {
            items += MarkdownListItem.fragment(label: "**Remarks:**", remarks)
        }
        return items
    }
}
