import ErrataGenerator
import ErrataRenderers

/// The command line the build-tool plugin gives `errata-build`.
struct BuildArguments {
    struct UsageError: Error {
        var message: String
    }

    static let usage = """
        usage: errata-build --package-root DIR --spec RELATIVE_PATH --output DIR --type-prefix PREFIX
                            [--access-level public|package|internal] [--style struct|enum] [--fixtures]
                            [--runtime shared|embedded]
        """

    var packageRoot = ""
    var spec = ""
    var output = ""
    var typePrefix = ""
    var accessLevel = AccessLevel.public
    var style = SwiftStyle.struct
    var fixtures = false
    var runtime = SwiftRuntimeMode.embedded

    init(_ arguments: [String]) throws {
        var index = 0
        func value(of option: String) throws -> String {
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                throw UsageError(message: "\(option) needs a value")
            }
            return arguments[index]
        }
        while index < arguments.count {
            let option = arguments[index]
            switch option {
            case "--package-root": packageRoot = try value(of: option)
            case "--spec": spec = try value(of: option)
            case "--output": output = try value(of: option)
            case "--type-prefix": typePrefix = try value(of: option)
            case "--access-level":
                let given = try value(of: option)
                guard let level = AccessLevel(rawValue: given) else {
                    throw UsageError(message: "--access-level must be one of \(AccessLevel.allCases.map(\.rawValue).joined(separator: ", ")), not '\(given)'")
                }
                accessLevel = level
            case "--style":
                let given = try value(of: option)
                guard let style = SwiftStyle(rawValue: given) else {
                    throw UsageError(message: "--style must be one of \(SwiftStyle.allCases.map(\.rawValue).joined(separator: ", ")), not '\(given)'")
                }
                self.style = style
            case "--fixtures": fixtures = true
            case "--runtime":
                let given = try value(of: option)
                guard let runtime = SwiftRuntimeMode(rawValue: given) else {
                    throw UsageError(message: "--runtime must be one of \(SwiftRuntimeMode.allCases.map(\.rawValue).joined(separator: ", ")), not '\(given)'")
                }
                self.runtime = runtime
            default: throw UsageError(message: "unknown argument '\(option)'")
            }
            index += 1
        }
        for (name, given) in [("--package-root", packageRoot), ("--spec", spec), ("--output", output), ("--type-prefix", typePrefix)]
        where given.isEmpty {
            throw UsageError(message: "\(name) is required")
        }
        if spec.hasPrefix("/") {
            throw UsageError(message: "--spec is relative to --package-root (it names the spec in the generated files)")
        }
    }

    /// The spec relative to the package root: read there, shown as written.
    var config: ErrataConfig {
        var catalog = CatalogConfig.swiftOnly(
            spec: spec, output: output, typePrefix: typePrefix, accessLevel: accessLevel, style: style,
            fixtures: fixtures, runtime: runtime)
        catalog.swift?.buildTime = true
        return ErrataConfig(root: packageRoot, catalogs: [catalog])
    }
}
