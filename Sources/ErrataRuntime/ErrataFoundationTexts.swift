import Foundation

// What the runtime's core (which imports no Foundation, so the build-tool plugin's tool compiles
// it without) gives in Foundation's types.

extension ErrataLocalization {
    /// The index in `languages` for `locale`; 0 when none matches.
    public func language(for locale: Locale) -> Int {
        language(preferring: [locale.identifier]) ?? 0
    }

    /// The index in `languages` for the user's preferred languages (read on every call); 0 when
    /// none matches.
    public var preferredLanguage: Int {
        language(preferring: Locale.preferredLanguages) ?? 0
    }
}

extension ErrataText {
    /// A body's bytes as text, invalid UTF-8 replaced.
    public static func text(of body: Data) -> String {
        String(decoding: body, as: UTF8.self)
    }
}
