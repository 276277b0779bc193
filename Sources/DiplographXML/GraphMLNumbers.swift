import CLibXML2
import DiplographCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Number parsing over bytes

@inline(__always)
private func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
    var lo = 0
    var hi = b.count
    while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 || b[lo] == 0x0A || b[lo] == 0x0D { lo += 1 }
    while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 || b[hi - 1] == 0x0A || b[hi - 1] == 0x0D { hi -= 1 }
    return b[lo..<hi]
}

/// A decimal integer (optional sign); also an integral number written with a fraction (`12.0`).
func parseInt(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { parseInt($0) } }

/// `parseInt` of bytes in memory.
func parseInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let s = trimmed(bytes)
    guard !s.isEmpty else { return nil }
    var i = s.startIndex
    var negative = false
    if s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") {
        negative = s[i] == UInt8(ascii: "-")
        i += 1
    }
    guard i < s.endIndex else { return nil }
    var v = 0
    while i < s.endIndex {
        let d = s[i] &- UInt8(ascii: "0")
        guard d < 10 else {
            if let x = parseDouble(bytes), x == x.rounded(), abs(x) < 9.2e18 { return Int(x) }
            return nil
        }
        let (m, o1) = v.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(Int(d))
        if o1 || o2 { return nil }
        v = a
        i += 1
    }
    return negative ? -v : v
}

/// A floating-point number as `strtod` reads it in the C locale (`3`, `3.5`, `1e-3`, `INF`, `NaN`).
func parseDouble(_ bytes: [UInt8]) -> Double? { bytes.withUnsafeBufferPointer { parseDouble($0) } }

/// `parseDouble` of bytes in memory.
func parseDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    let s = trimmed(bytes)
    guard !s.isEmpty, s.count < 64 else {
        if s.count >= 64 { return Double(String(decoding: s, as: UTF8.self)) }
        return nil
    }
    // Unsigned decimal digits only (a count or a whole weight), fewer than 16: the integer,
    // exactly what `strtod` gives (every integer below 10^15 is a Double).
    if s.count < 16 {
        var v = 0
        var digits = true
        for b in s {
            let d = b &- UInt8(ascii: "0")
            if d >= 10 {
                digits = false
                break
            }
            v = v * 10 + Int(d)
        }
        if digits { return Double(v) }
    }
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 65) { buf -> Double? in
        var n = 0
        for b in s {
            buf[n] = CChar(bitPattern: b)
            n += 1
        }
        buf[n] = 0
        var end: UnsafeMutablePointer<CChar>?
        let v = strtod(buf.baseAddress!, &end)
        guard let end, end == buf.baseAddress! + n else { return nil }
        return v
    }
}

func parseBool(_ bytes: [UInt8]) -> Bool? { bytes.withUnsafeBufferPointer { parseBool($0) } }

/// `parseBool` of bytes in memory.
func parseBool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    let s = trimmed(bytes)
    switch String(decoding: s, as: UTF8.self).lowercased() {
    case "true", "1", "yes": return true
    case "false", "0", "no": return false
    default: return nil
    }
}
