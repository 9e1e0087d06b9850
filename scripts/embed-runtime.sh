#!/usr/bin/env bash
# Writes the runtime's source files (Sources/ErrataRuntimeCore and Sources/ErrataRuntime) into the
# Swift renderer, for the embedded runtime mode: Sources/ErrataRenderers/Swift/EmbeddedRuntimeFiles.swift.
# Run it after changing the runtime; EmbeddedRuntimeFilesTests fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product errata-embed-runtime >/dev/null
# Both targets' files as one module; ErrataRuntime/ErrataRuntimeCore.swift only re-exports the core.
files=()
for file in Sources/ErrataRuntimeCore/*.swift Sources/ErrataRuntime/*.swift; do
    [[ "$file" == Sources/ErrataRuntime/ErrataRuntimeCore.swift ]] || files+=("$file")
done
"$(swift build --show-bin-path)/errata-embed-runtime" Sources/ErrataRenderers/Swift/EmbeddedRuntimeFiles.swift "${files[@]}"
