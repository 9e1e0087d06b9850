/// Settings of `FixturesRenderer`.
public struct FixturesRenderOptions: Hashable, Sendable {
    /// Name of the folder the fixtures go in, e.g. `huawei-ocr`: files are `<baseName>/<file>.json`.
    public var baseName: String

    public init(baseName: String) {
        self.baseName = baseName
    }
}
