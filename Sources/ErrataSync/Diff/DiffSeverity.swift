/// How much a change between two catalogs matters to users of the generated library.
public enum DiffSeverity: String, CaseIterable, Codable, Sendable {
    /// Code written against the old catalog's library may stop compiling or behave differently.
    case breaking
    /// Only the documentation changed (descriptions, solutions, statuses, other columns,
    /// notes, flags).
    case documentation
    /// Something new: existing code is unaffected.
    case addition
}
