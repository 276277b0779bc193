import Testing

@testable import DiplographCore

@Suite("Evidence store")
struct EvidenceStoreTests {
    static func store() throws -> EvidenceStore {
        try #require(EvidenceStore.temporary(), "no temporary file could be made in TMPDIR")
    }

    @Test("a stored sentence reads back, from the buffer and from the file")
    func readBack() throws {
        let s = try Self.store()
        let text = Array("Before. The ministers met in Oslo on Monday. After.".utf8)
        let first = s.keep(text, 8..<44)
        #expect(first.string == "The ministers met in Oslo on Monday.")
        // Past the buffer size the first sentence is in the file, the last one still buffered.
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: 700_000)
        let f1 = s.keep(filler, 0..<filler.count)
        let f2 = s.keep(filler, 0..<filler.count)
        let last = s.keep(Array("Ünïcode sentence — kept whole.".utf8), 0..<"Ünïcode sentence — kept whole.".utf8.count)
        #expect(first.string == "The ministers met in Oslo on Monday.")
        #expect(f1.string.utf8.count == 700_000 && f2.string == f1.string)
        #expect(last.string == "Ünïcode sentence — kept whole.")
        #expect(s.keep(text, 3..<3).string == "")
    }

    @Test("stored and inline evidence of the same sentence are equal and hash alike")
    func equality() throws {
        let s = try Self.store()
        let bytes = Array("Wang Yi met Choe Son Hui.".utf8)
        let stored = Evidence(article: "a1", offset: 5, text: s.keep(bytes, 0..<bytes.count))
        let inline = Evidence(article: "a1", sentence: "Wang Yi met Choe Son Hui.", offset: 5)
        let other = Evidence(article: "a1", sentence: "Wang Yi met Choe Son Hui!", offset: 5)
        #expect(stored == inline)
        #expect(stored.hashValue == inline.hashValue)
        #expect(Set([stored, inline]).count == 1)
        #expect(stored != other)
        #expect(Evidence.precedes(other, stored) && !Evidence.precedes(stored, other))  // "!" < "."
        #expect(!Evidence.precedes(stored, inline) && !Evidence.precedes(inline, stored))
        var changed = stored
        changed.sentence = "Another sentence."
        #expect(changed.sentence == "Another sentence." && changed != stored)
    }

    @Test("an article's quotes keep one copy of a sentence for its reports and pairs")
    func quotes() throws {
        let s = try Self.store()
        var q = ArticleQuotes(store: s)
        let e = Evidence(article: "a1", sentence: "They met in Geneva.", offset: 12)
        let k1 = q.keep(e)
        let k2 = q.keep(e)
        #expect(k1 == e && k2 == e)
        guard case .stored(_, let x) = k1.text, case .stored(_, let y) = k2.text else {
            Issue.record("the quotes were not stored")
            return
        }
        #expect(x == y)
        var reports = [MeetingReport(participants: ["a", "b"], status: .held, evidence: [e, e])]
        q.keep(&reports)
        #expect(reports[0].evidence == [e, e])
        // Without a store the text stays a String.
        var plain = ArticleQuotes(store: nil)
        guard case .inline = plain.keep(e).text else {
            Issue.record("expected an inline text")
            return
        }
    }
}
