import Testing

@testable import DiplographCore

/// The byte scans that replaced byte-at-a-time loops (issue 15) answer exactly as those loops.
@Suite("Byte scans") struct ByteScanTests {
    /// A small deterministic generator: the same bytes on every run.
    struct Bytes {
        var state: UInt64
        mutating func next(_ alphabet: [UInt8]) -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return alphabet[Int(truncatingIfNeeded: state >> 33) % alphabet.count]
        }
    }

    @Test("The first sentence terminator is the one a byte-by-byte scan finds")
    func terminators() {
        let alphabet = Array("ab .!?x\u{2026}\u{2019}\r\n".utf8)
        var gen = Bytes(state: 7)
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 40, 100] {
            for _ in 0..<(length > 40 ? 4 : 30) {
                let t = (0..<length).map { _ in gen.next(alphabet) }
                for from in 0...length {
                    for end in from...length {
                        var k = from
                        while k < end, ![0x2E, 0x21, 0x3F, 0xE2].contains(t[k]) { k += 1 }
                        let fast = t.withUnsafeBufferPointer {
                            SentenceSplitter.firstTerminatorByte($0, from: from, to: end)
                        }
                        #expect(fast == k, "\(t) \(from)..<\(end)")
                    }
                }
            }
        }
        // No terminator at all, and one in the last lane of a word.
        let plain = Array("Lena Varga met Tomas Ruiz in Lakeport on Monday".utf8)
        #expect(
            plain.withUnsafeBufferPointer { SentenceSplitter.firstTerminatorByte($0, from: 0, to: plain.count) }
                == plain.count)
        let last = Array("abcdefg.ijklmnop".utf8)
        #expect(last.withUnsafeBufferPointer { SentenceSplitter.firstTerminatorByte($0, from: 0, to: last.count) } == 7)
    }

    @Test("Lines are the LF-separated ranges, each without its LF and a final CR")
    func lines() {
        func reference(_ t: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var start = range.lowerBound
            var i = range.lowerBound
            while i <= range.upperBound {
                if i == range.upperBound || t[i] == 0x0A {
                    var e = i
                    if e > start, t[e - 1] == 0x0D { e -= 1 }
                    if i < range.upperBound || start < i { out.append(start..<e) }
                    start = i + 1
                }
                i += 1
            }
            return out
        }
        let alphabet = Array("ab\n\r\n ".utf8)
        var gen = Bytes(state: 11)
        for length in [0, 1, 2, 5, 9, 33] {
            for _ in 0..<40 {
                let t = (0..<length).map { _ in gen.next(alphabet) }
                for lo in 0...length {
                    for hi in lo...length {
                        #expect(ByteClass.lines(t, lo..<hi) == reference(t, lo..<hi), "\(t) \(lo)..<\(hi)")
                    }
                }
            }
        }
    }

    @Test("A substring rule is found at every offset of the line, in any case, and only whole")
    func boilerplateSubstrings() {
        for phrase in ["All rights reserved", "aLL RIGHTS reserved", "translated by a bilingual reporter"] {
            for pad in 0..<24 {
                let line = String(repeating: "x", count: pad) + " " + phrase + " 2031 Vesta Media"
                let t = Array(line.utf8)
                #expect(Boilerplate.isBoilerplate(t, 0..<t.count), "\(line)")
            }
        }
        // A near miss, and a line longer than the rule allows.
        let miss = Array("Vesta Media. All rights reservd.".utf8)
        #expect(!Boilerplate.isBoilerplate(miss, 0..<miss.count))
        let long = Array((String(repeating: "Lena Varga met Tomas Ruiz. ", count: 30) + "All rights reserved").utf8)
        #expect(!Boilerplate.isBoilerplate(long, 0..<long.count))
    }
}
