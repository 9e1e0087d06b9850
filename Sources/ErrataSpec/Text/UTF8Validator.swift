/// Finds the first byte that makes input invalid UTF-8, or the first NUL byte.
package enum UTF8Validator {
    package enum Problem: Equatable {
        case invalid(offset: Int)
        case nul(offset: Int)
    }

    /// The first problem in `bytes`, or nil when they are valid UTF-8 without NUL bytes.
    package static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            // ASCII fast path, eight bytes at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if hasHighBit || hasZero { break }
                index += 8
            }
            guard index < count else { break }
            let lead = base[index]
            if lead < 0x80 {
                if lead == 0 { return .nul(offset: index) }
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F  // no surrogates
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return .invalid(offset: index)
            }
            guard index + length <= count else { return .invalid(offset: index) }
            let second = base[index + 1]
            guard second >= lower, second <= upper else { return .invalid(offset: index) }
            for continuation in 2..<max(length, 2) where base[index + continuation] & 0xC0 != 0x80 {
                return .invalid(offset: index)
            }
            index += length
        }
        return nil
    }
}
