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

    /// Warnings and notes, each as `path:line:col: warning: message` on standard error.
    static func report(_ items: [Diagnostic]) {
        for item in items { error(item.description) }
    }
}
