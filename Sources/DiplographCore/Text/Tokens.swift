import Foundation

/// Byte classes and small byte-level helpers shared by ingest, sentence splitting and date
/// parsing. Everything here works on UTF-8 bytes; non-ASCII bytes are never letters, digits or
/// spaces, so multi-byte characters pass through untouched.
public enum ByteClass {
    /// ASCII space, tab, CR, LF, vertical tab, form feed.
    @inlinable public static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }
    /// ASCII 0-9.
    @inlinable public static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    /// ASCII A-Z.
    @inlinable public static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    /// ASCII a-z.
    @inlinable public static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    /// ASCII letter.
    @inlinable public static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    /// ASCII letter or digit.
    @inlinable public static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }
    /// ASCII lowercase of `b` (other bytes unchanged).
    @inlinable public static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// Length of the whitespace sequence at `i`: ASCII whitespace (1 byte), NO-BREAK SPACE
    /// (C2 A0, 2 bytes) or the U+2000…U+200B / U+202F / U+3000 spaces (3 bytes); 0 when none.
    @inlinable public static func spaceLength(_ t: [UInt8], _ i: Int, _ end: Int) -> Int {
        let b = t[i]
        if isSpace(b) { return 1 }
        if b == 0xC2, i + 1 < end, t[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < end, t[i + 1] == 0x80, (t[i + 2] >= 0x80 && t[i + 2] <= 0x8B) || t[i + 2] == 0xAF {
            return 3
        }
        if b == 0xE3, i + 2 < end, t[i + 1] == 0x80, t[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// Length of a dash at `i`: "-" (1), EN DASH "–" or EM DASH "—" (3); 0 when none.
    @inlinable public static func dashLength(_ t: [UInt8], _ i: Int, _ end: Int) -> Int {
        if t[i] == 0x2D { return 1 }
        if t[i] == 0xE2, i + 2 < end, t[i + 1] == 0x80, t[i + 2] == 0x93 || t[i + 2] == 0x94 { return 3 }
        return 0
    }

    /// `range` with whitespace (ASCII, NBSP, Unicode spaces) removed at both ends.
    public static func trim(_ t: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi {
            let n = spaceLength(t, lo, hi)
            if n == 0 { break }
            lo += n
        }
        while hi > lo {
            let b = t[hi - 1]
            if isSpace(b) {
                hi -= 1
                continue
            }
            if b == 0xA0, hi - 2 >= lo, t[hi - 2] == 0xC2 {
                hi -= 2
                continue
            }
            if hi - 3 >= lo, spaceLength(t, hi - 3, hi) == 3 {
                hi -= 3
                continue
            }
            break
        }
        return lo..<hi
    }

    /// True when `t[range]` equals `s` ignoring ASCII case.
    public static func equalsIgnoringCase(_ t: [UInt8], _ range: Range<Int>, _ s: String) -> Bool {
        var j = range.lowerBound
        for c in s.utf8 {
            guard j < range.upperBound, lower(t[j]) == lower(c) else { return false }
            j += 1
        }
        return j == range.upperBound
    }

    /// True when `t[range]` starts with `s` ignoring ASCII case.
    public static func hasPrefixIgnoringCase(_ t: [UInt8], _ range: Range<Int>, _ s: String) -> Bool {
        var j = range.lowerBound
        for c in s.utf8 {
            guard j < range.upperBound, lower(t[j]) == lower(c) else { return false }
            j += 1
        }
        return true
    }

    /// True when `t[range]` starts with `s` exactly.
    public static func hasPrefix(_ t: [UInt8], _ range: Range<Int>, _ s: String) -> Bool {
        var j = range.lowerBound
        for c in s.utf8 {
            guard j < range.upperBound, t[j] == c else { return false }
            j += 1
        }
        return true
    }

    /// Ranges of the lines of `t[range]` split on LF, each without its LF and trailing CR.
    ///
    /// - Complexity: O(n); the LFs are found with `memchr`, not one byte at a time.
    public static func lines(_ t: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        guard range.upperBound <= t.count else { return out }
        t.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            var start = range.lowerBound
            while true {
                // The next LF at or after `start`, or the range's end.
                var i = range.upperBound
                if start < range.upperBound,
                    let hit = memchr(base + start, 0x0A, range.upperBound - start)
                {
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                var e = i
                if e > start, b[e - 1] == 0x0D { e -= 1 }
                if i < range.upperBound || start < i { out.append(start..<e) }
                if i >= range.upperBound { break }
                start = i + 1
            }
        }
        return out
    }

    /// Whitespace-separated words of `t[range]` (as ranges).
    public static func words(_ t: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = range.lowerBound
        var start = -1
        while i < range.upperBound {
            let n = spaceLength(t, i, range.upperBound)
            if n > 0 {
                if start >= 0 {
                    out.append(start..<i)
                    start = -1
                }
                i += n
            } else {
                if start < 0 { start = i }
                i += 1
            }
        }
        if start >= 0 { out.append(start..<range.upperBound) }
        return out
    }

    /// Finds `s` (exact bytes) in `t[range]`; the index of its first byte or nil.
    public static func find(_ s: String, in t: [UInt8], _ range: Range<Int>) -> Int? {
        let p = Array(s.utf8)
        guard !p.isEmpty, range.count >= p.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - p.count
        while i <= last {
            if t[i] == p[0] {
                var k = 1
                while k < p.count && t[i + k] == p[k] { k += 1 }
                if k == p.count { return i }
            }
            i += 1
        }
        return nil
    }
}
