// The API of generated libraries: an embedded copy of this file keeps its `public` modifiers.

/// An error code of a service (a generated library's `PErrorCode` in the struct style): a
/// documented code or any other code the API returns. Documented codes are static members the
/// library declares in an extension (`extension ErrataCode where Service == PErrorTable`),
/// usable like enum cases in `switch`; an unknown code keeps its raw text.
public struct ErrataCode<Service: ErrataService>: ErrataServiceCode {
    /// The code exactly as the API sends it.
    public let rawValue: String

    /// Any code, documented or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Every documented code, in document order.
    public static var allDocumented: [ErrataCode] { ErrataList.codes(Service.errata.table, ErrataCode.init(rawValue:)) }
}
