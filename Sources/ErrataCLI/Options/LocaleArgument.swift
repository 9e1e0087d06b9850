import ArgumentParser
import ErrataModel

/// `--locale TAG` of `import`, `diff` and `check --upstream`.
enum LocaleArgument {
    /// Refuses a tag that is not a BCP 47 language tag.
    static func validate(_ tag: String) throws {
        guard CatalogLocale.isWellFormed(tag) else {
            throw ValidationError(
                "--locale takes a BCP 47 language tag, such as zh-Hans, pt-BR or de; \(tag.debugDescription) is not one")
        }
    }
}
