// The API of generated libraries: an embedded copy of this file keeps its `public` modifiers.

import Foundation

/// A service's documented errors, as its generated library describes them: the one type a
/// library declares for the runtime (its `PErrorTable`), which the runtime's generic types take
/// as their argument. `ErrataError<HuaweiOCRErrorTable>` is the library's `HuaweiOCRError`,
/// `ErrataCode<HuaweiOCRErrorTable>` its `HuaweiOCRErrorCode` (struct style), and so on: every
/// member and conformance of those types is compiled here, once, not in every library
/// (docs/runtime.md).
public protocol ErrataService: Sendable {
    /// The code type: `ErrataCode<Self>`, or the library's own enum in the enum style.
    associatedtype Code: ErrataServiceCode where Code.Service == Self
    /// The module type: the library's enum of modules, or `ErrataNoModule`.
    associatedtype Module: RawRepresentable, Hashable, Sendable where Module.RawValue == String

    /// The documentation's table, body formats and translations, as the runtime reads them.
    static var errata: ErrataServiceData { get }

    /// The documentation of line `line` of the table, made once.
    static func errataInfo(line: Int) -> ErrataErrorInfo<Self>
}

extension ErrataService {
    /// The documentation of `code`; nil for an undocumented code.
    static func errataInfo(for code: String) -> ErrataErrorInfo<Self>? {
        guard let line = errata.table.line(for: code) else { return nil }
        return errataInfo(line: line)
    }
}

/// What a service's documentation gives the runtime: every documented code with its hash index,
/// the documented body formats in the order they are tried, and the translations (nil when there
/// are none). One reference; its parts are the runtime's own (made with
/// `init(table:formats:localization:)`).
public final class ErrataServiceData: Sendable {
    let table: ErrataCodeTable
    let formats: ErrataBody.Formats
    let localization: ErrataLocalization?

    init(parts table: ErrataCodeTable, formats: ErrataBody.Formats, localization: ErrataLocalization?) {
        self.table = table
        self.formats = formats
        self.localization = localization
    }
}

/// A code type of a generated library: `ErrataCode<Service>`, or the enum of the enum style.
/// Its members here are the same for every library.
public protocol ErrataServiceCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral where RawValue == String
{
    /// The service whose code this is.
    associatedtype Service: ErrataService

    /// Any code, documented or not.
    init(rawValue: String)
}

extension ErrataServiceCode {
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Decodes a JSON string or integer; never fails on an unknown code.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try ErrataCodeTable.code(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try ErrataCodeTable.encode(code: rawValue, to: encoder)
    }

    public var description: String { rawValue }

    /// What the documentation says about the code; nil for an undocumented code.
    public var info: ErrataErrorInfo<Service>? { Service.errataInfo(for: rawValue) }

    /// Whether the documentation lists the code.
    public var isDocumented: Bool { Service.errata.table.line(for: rawValue) != nil }

    /// The module the documentation files the code under, if any.
    public var module: Service.Module? { info?.module }

    /// The documented messages, one per variant; empty for an undocumented code.
    public var messages: [String] { info?.state.record.messages ?? [] }
}

/// The module type of a library whose documentation files its codes under no module: it has no
/// value, so every code's `module` is nil.
public enum ErrataNoModule: RawRepresentable, CaseIterable, Hashable, Sendable, Codable {
    public init?(rawValue: String) { nil }

    public var rawValue: String {
        switch self {}
    }

    /// The module's name in the user's preferred language (there is no module).
    public var displayName: String { rawValue }

    /// The module's name in `locale`'s language (there is no module).
    public func displayName(for locale: Locale) -> String { rawValue }
}
