// The part of the runtime the generator uses too (the code table's layout, message templates,
// translations, body format descriptions, XML escaping), a module of its own so the build-tool
// plugin's tool compiles it and not the reading code (docs/runtime.md). Code that imports
// ErrataRuntime sees it as part of it. The embedded runtime mode copies both modules' files into
// one library and leaves this file out.
@_exported import ErrataRuntimeCore
