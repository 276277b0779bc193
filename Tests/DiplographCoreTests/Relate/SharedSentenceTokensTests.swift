import Testing

@testable import DiplographCore

// Sentences written for these tests; the people and countries are invented.

/// The shortcuts of the role-mention and meeting passes give what the plain rules give: one
/// token stream per sentence shared by every pass, role words read on bytes, one pass over a
/// sentence for the pair phrases.
@Suite("Shared sentence tokens and byte shortcuts")
struct SharedSentenceTokensTests {
    /// The fields of a token, to compare two token lists.
    private func fields(_ t: [MeetingToken]) -> [String] {
        t.map {
            "\($0.kind) \($0.range) \($0.key) \($0.mark) \($0.entity) \(String(describing: $0.type)) "
                + "\($0.possessive) \($0.capitalized) \($0.shape.rawValue) \($0.letters)"
        }
    }

    @Test("each sentence's shared tokens are those made afresh from its final mentions")
    func sharedTokensAreFresh() {
        var r = Markup.article(
            """
            [Prime Minister Ana Lind|person|ana-lind] arrived in Port Vela on Monday.
            On Thursday, the prime minister met army chief Gen [Eva Holm|person|eva-holm].
            The prime minister's talks with [Eva Holm|person|eva-holm] ended, the two said.
            """)
        for i in r.entities.indices where r.entities[i].id == "ana-lind" { r.entities[i].roles = ["Prime Minister"] }
        let ctx = ArticleContext(r)
        var roleTokens = 0
        for s in r.sentences.indices {
            // Asked twice: the second answer is the first one, kept.
            let first = ctx.tokens(sentence: s)
            let fresh = SentenceTokenizer.tokens(
                ctx.text, range: r.sentences[s].range, tokens: ctx.stream.tokens[ctx.stream.sentences[s]],
                mentions: ctx.mentionsBySentence[s], entities: r.entities)
            #expect(fields(first) == fields(fresh), "sentence \(s)")
            #expect(fields(ctx.tokens(sentence: s)) == fields(fresh), "sentence \(s)")
            roleTokens += first.filter { $0.isPerson && r.entities[$0.entity].id == "ana-lind" && s > 0 }.count
        }
        // The role mentions of sentences 1 and 2 became person tokens after their sentences'
        // tokens were first made for the role pass.
        #expect(roleTokens == 2)
    }

    @Test("role words read on ASCII bytes are the words of the lowercased, split text")
    func roleWordsOnBytes() {
        func reference(_ role: String) -> [String] { ArticleContext.unicodeRoleWords(role) }
        // The reference itself: lowercased, split at spaces and hyphens, "pm" and "fm" spelt out.
        #expect(reference("Deputy FM") == ["deputy", "foreign", "minister"])
        #expect(reference("  vice--President ") == ["vice", "president"])
        #expect(reference("pm-fm") == ["prime", "minister", "foreign", "minister"])
        #expect(reference("Ministre des Affaires étrangères") == ["ministre", "des", "affaires", "étrangères"])
        let samples = [
            "Prime Minister", "PM", "Deputy FM", "Secretary-General", "  vice--President ", "pm-fm", "Pm's", "FMs",
            "Minister of Foreign Affairs", "", "-", "Président", "Ministre des Affaires étrangères", "ÉMIR",
        ]
        for role in samples {
            #expect(ArticleContext.roleWords(role) == reference(role), "\(role)")
            #expect(ArticleContext.roleWords(bytes: ArraySlice(role.utf8)) == reference(role), "\(role)")
        }
        // Random ASCII texts of letters, spaces, hyphens and a few other marks.
        var g = SplitMix(seed: 15)
        let alphabet = Array("aApPmMfF -'.xZ".utf8)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...12, using: &g)).map { _ in alphabet.randomElement(using: &g)! }
            let role = String(decoding: bytes, as: UTF8.self)
            #expect(ArticleContext.roleWords(bytes: ArraySlice(bytes)) == reference(role), "\(role)")
        }
    }

    @Test("one pass for the pair phrases finds what one scan per phrase finds")
    func pairPhrasesInOnePass() {
        /// The plain rule: `phrase` at a word start (range start or after a space), in any case.
        func holds(_ text: [UInt8], _ phrase: [UInt8], _ range: Range<Int>) -> Bool {
            guard range.count > phrase.count, range.upperBound <= text.count else { return false }
            var i = range.lowerBound
            while i + phrase.count <= range.upperBound {
                if i == range.lowerBound || text[i - 1] == 0x20,
                    phrase.indices.allSatisfy({ text[i + $0] | 0x20 == phrase[$0] })
                {
                    return true
                }
                i += 1
            }
            return false
        }
        var g = SplitMix(seed: 15)
        let alphabet = Array("theTHEpairduoBOTHwb \"-".utf8)
        var found = 0
        for n in 0..<2_000 {
            var bytes = (0..<Int.random(in: 0...24, using: &g)).map { _ in alphabet.randomElement(using: &g)! }
            if n % 3 == 0, let p = ArticleContext.pairPhrases.randomElement(using: &g) {
                bytes.insert(contentsOf: p, at: Int.random(in: 0...bytes.count, using: &g))
            }
            let range = Int.random(in: 0...bytes.count, using: &g)..<bytes.count
            let plain = ArticleContext.pairPhrases.contains { holds(bytes, $0, range) }
            let onePass = ArticleContext.holdsPhrase(ArticleContext.pairPhrases, in: range, of: bytes)
            #expect(onePass == plain, "\(bytes) \(range)")
            if plain { found += 1 }
        }
        // The samples hold both answers (41 of 2,000 hold a phrase with this seed).
        #expect(found >= 30)
    }
}
