// The API of generated libraries: an embedded copy of this file keeps its `public` modifiers.

/// A documentation row's cell in a column other than code, module, message, description,
/// solution and status (a generated library's `PErrorColumn`).
public struct ErrataColumn: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
