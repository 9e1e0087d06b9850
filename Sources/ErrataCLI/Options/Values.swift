import ArgumentParser
import ErrataSync
import ErrataModel
import ErrataReaders
import ErrataRenderers

// The library's typed values that options take. The argument parser reads each from its raw
// value, and lists its cases in the help and in the error for any other value.

/// `--access-level`
extension AccessLevel: ExpressibleByArgument {}

/// `--style`
extension SwiftStyle: ExpressibleByArgument {}

/// `--runtime`
extension SwiftRuntimeMode: ExpressibleByArgument {}

/// `--fail-on`
extension DiffThreshold: ExpressibleByArgument {}

/// `--page-format` of the commands that read a page
extension InputFormat: ExpressibleByArgument {}

/// `--errors`
extension ReadingRecipe.ErrorLayout: ExpressibleByArgument {}
