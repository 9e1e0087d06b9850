/// The version `errata --version` prints.
public enum ErrataVersion {
    public static let current = "0.1.0"
}
