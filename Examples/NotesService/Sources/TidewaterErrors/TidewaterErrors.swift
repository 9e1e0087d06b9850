// The Tidewater Notes error library (target `TidewaterErrors`): errata's build-tool plugin generates
// it from tidewater-notes.errata.yaml beside this file, for the shared runtime. Server and client
// both use it: the server to answer with the documented errors, the client to catch them typed.
