// The invented Lumen Archive service's error library (target `LumenArchiveErrors`), on which the
// adapters are tested (docs/adapters.md): errata's build-tool plugin generates it from
// lumen-archive.errata.yaml beside this file, for the shared runtime, at each build that needs it.
