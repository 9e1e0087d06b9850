#!/usr/bin/env bash
# Writes the runtime's source files (Sources/ErrataRuntime and its Core folder) into the
# Swift renderer, for the embedded runtime mode: Sources/ErrataRenderers/Swift/EmbeddedRuntimeFiles.swift.
# Run it after changing the runtime; EmbeddedRuntimeFilesTests fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product errata-embed-runtime >/dev/null
"$(swift build --show-bin-path)/errata-embed-runtime" Sources/ErrataRenderers/Swift/EmbeddedRuntimeFiles.swift \
    Sources/ErrataRuntime/Core/*.swift Sources/ErrataRuntime/*.swift
