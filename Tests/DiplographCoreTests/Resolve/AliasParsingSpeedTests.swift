@testable import DiplographCore
import Foundation
import Testing

/// The byte-level helpers of the alias table parser agree with the Foundation calls they replace.
@Suite struct AliasParsingSpeedTests {
    static let spaces: [String] = ["\t", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}", "\u{200B}", "\u{202F}",
                                   "\u{205F}", "\u{3000}"]
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
        let a = AliasTables.parse(lf, file: "t.tsv"), b = AliasTables.parse(crlf, file: "t.tsv")
        #expect(a.table.entries.map(\.id) == ["wang-yi"])
        #expect(b.table.entries == a.table.entries)
        #expect(b.diagnostics.map(\.message) == a.diagnostics.map(\.message))
    }
}
