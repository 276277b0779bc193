import Foundation
import Testing

@testable import DiplographCore

/// The byte-level helpers of the alias table parser agree with the Foundation calls they replace.
@Suite struct AliasParsingSpeedTests {
    static let spaces: [String] = [
        "\t", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}", "\u{200B}", "\u{202F}",
        "\u{205F}", "\u{3000}",
    ]
    static let others: [String] = ["a", "é", "\u{200C}", "\u{2028}", "\u{301}", "\u{85}", "\u{FEFF}", "中", "|", "\n"]

    @Test func trimmingMatchesFoundation() {
        var samples: [String] = []
        for s in Self.spaces + Self.others {
            for t in Self.spaces + Self.others {
                samples.append(s + "x" + t)
                samples.append(s + t + "Kim Yo" + s + t)
                samples.append(s + t)
            }
        }
        for s in samples {
            let sub = Substring("<" + s + ">").dropFirst().dropLast()
            #expect(sub.trimmedWhitespace == sub.trimmingCharacters(in: .whitespaces), "\(Array(s.unicodeScalars))")
        }
    }

    @Test func crlfTableParsesLikeLF() {
        let lf = "id\ttype\tname\taliases\nwang-yi\tperson\tWang Yi\tWang\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = AliasTables.parse(lf, file: "t.tsv")
        let b = AliasTables.parse(crlf, file: "t.tsv")
        #expect(a.table.entries.map(\.id) == ["wang-yi"])
        #expect(b.table.entries == a.table.entries)
        #expect(b.diagnostics.map(\.message) == a.diagnostics.map(\.message))
    }
}

/// The byte-keyed maps and the ASCII normalisation of `AliasTables.parse` agree with the
/// String dictionaries and the tokenizer-only phrase (`NameTokenizer.tokenizedPhrase`) they replace.
@Suite struct AliasByteKeyTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let benchTable = repoRoot.deletingLastPathComponent().appendingPathComponent(
        "main/bench/corpus/aliases-1000000.tsv"
    ).path

    static func phrase(_ s: String) -> String {
        var out: [UInt8] = []
        NameTokenizer.appendNormalizedPhrase(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Every name, alias and demonym of a table (split on tabs and bars, untrimmed and trimmed).
    static func forms(_ text: String) -> [String] {
        var out: [String] = []
        for line in text.split(separator: "\n") {
            for field in line.split(separator: "\t", omittingEmptySubsequences: false) {
                for part in field.split(separator: "|") {
                    out.append(String(part))
                    out.append(String(part).trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return out
    }

    @Test func defaultTableNormalisesLikeTheTokenizer() {
        let forms = Self.forms(defaultAliasTableTSV)
        #expect(forms.count > 3000)
        var mismatches = 0
        for f in forms where Self.phrase(f) != NameTokenizer.tokenizedPhrase(f) { mismatches += 1 }
        #expect(mismatches == 0)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: benchTable)))
    func benchTableNormalisesLikeTheTokenizer() throws {
        let text = try String(contentsOfFile: Self.benchTable, encoding: .utf8)
        let forms = Self.forms(text)
        #expect(forms.count > 1_000_000)
        var mismatches: [String] = []
        for f in forms where Self.phrase(f) != NameTokenizer.tokenizedPhrase(f) { mismatches.append(f) }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// Random ASCII strings over the characters the tokenizer treats specially.
    @Test func randomASCIINormalisesLikeTheTokenizer() {
        let alphabet = Array("aAsSzZ09.'-’ \t,_`éUSNbB".utf8.filter { $0 < 0x80 })
        var state: UInt64 = 42
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let n = Int(state >> 60)
            var bytes: [UInt8] = []
            var x = state
            for _ in 0..<n {
                x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(alphabet[Int(x >> 33) % alphabet.count])
            }
            let s = String(decoding: bytes, as: UTF8.self)
            if Self.phrase(s) != NameTokenizer.tokenizedPhrase(s) { mismatches.append(s) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(Self.phrase("U.S. O'Brien's ShortsWang") == NameTokenizer.tokenizedPhrase("U.S. O'Brien's ShortsWang"))
        #expect(Self.phrase("Sergueï LAVROV") == "serguei lavrov")
    }

    @Test func byteKeyMapFindsWhatWasInserted() {
        var m = ByteKeyMap<Int>()
        var reference: [String: Int] = [:]
        for i in 0..<5000 {
            let key = Array("k\(i % 3000)-\(i % 7)".utf8)
            let h = ByteKeyMap<Int>.hash(key)
            if let e = m.find(key, hash: h) {
                m.values[e] += 1
            } else {
                key.withUnsafeBufferPointer { m.insert($0, hash: h, value: 1) }
            }
            reference[String(decoding: key, as: UTF8.self), default: 0] += 1
        }
        #expect(m.count == reference.count)
        for (k, v) in reference {
            let key = Array(k.utf8)
            #expect(m.find(key, hash: ByteKeyMap<Int>.hash(key)).map { m.values[$0] } == v)
        }
        // A forced hash collision still tells the keys apart.
        var c = ByteKeyMap<Int>()
        Array("a".utf8).withUnsafeBufferPointer { c.insert($0, hash: 7, value: 1) }
        Array("b".utf8).withUnsafeBufferPointer { c.insert($0, hash: 7, value: 2) }
        #expect(c.find(Array("a".utf8), hash: 7).map { c.values[$0] } == 1)
        #expect(c.find(Array("b".utf8), hash: 7).map { c.values[$0] } == 2)
        #expect(c.find(Array("c".utf8), hash: 7) == nil)
    }
}
