import ErrataSync
import ErrataModel
import Foundation

/// Writing to standard output and standard error.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Warnings and notes on standard error: `path:line:col: warning: message`, or as GitHub
    /// Actions annotations.
    static func report(_ items: [Diagnostic], format: DiagnosticFormat = .text) {
        for item in items {
            error(format == .github ? item.gitHubAnnotation.description : item.description)
        }
    }
}
