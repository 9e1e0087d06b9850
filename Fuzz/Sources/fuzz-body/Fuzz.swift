import ErrataFuzzChecks

/// libFuzzer entry point: one input through the `body` check; a violated invariant traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.body.trapOnViolation(bytes)
    return 0
}
