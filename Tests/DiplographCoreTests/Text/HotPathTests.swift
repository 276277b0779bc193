import Testing
@testable import DiplographCore

/// The byte-level shortcuts of the per-article hot path answer exactly as the string-based code
/// they replace.
@Suite("Hot path shortcuts") struct HotPathTests {
    @Test("WordSet and WordMap answer like Set and Dictionary")
    func wordSetMatchesSet() {
        let words = ["meeting", "talks", "tête-à-tête", "didn't", "u.s", "a", "", "hoped-for"]
        let set = WordSet(words)
        let probes = words + ["meetings", "talk", "Meeting", "tete-a-tete", "didn’t", "u.s.", "b", " "]
        for w in probes { #expect(set.contains(w) == Set(words).contains(w), "\(w)") }
        let map: WordMap<Int> = ["met": 1, "meets": 2, "meet": 3]
        #expect(map["met"] == 1 && map["meets"] == 2 && map["meet"] == 3 && map["meeting"] == nil)
        #expect(map["meet", WordHash.of("meet")] == 3)
        for (w, t) in [("met", MeetingLexicon.Trigger.meet), ("talks", .noun), ("sat", .with), ("paid", .paid)] {
            #expect(MeetingLexicon.triggers[w]?.contains(t) == true, "\(w)")
        }
        #expect(MeetingLexicon.triggers["minister"] == nil)
    }

    @Test("Sentence words carry the hash of their lowercased text")
    func tokenKeys() {
        let text = Array("Wang Yi MET Choe’s envoy, didn’t he?".utf8)
        let toks = SentenceTokenizer.tokens(text, range: 0..<text.count, mentions: [], entities: [])
        let words = toks.filter { $0.kind == .word }
        #expect(words.map(\.word) == ["wang", "yi", "met", "choe", "envoy", "didn't", "he"])
        for t in words { #expect(t.key == WordHash.of(t.word), "\(t.word)") }
    }

    @Test("A token's key is the key of its normalised form")
    func tokenKeyIsNormalisedKey() {
        let text = Array("Kim Jong-un O'Brien ÉLYSÉE Ægir Straße U.S. ShortsWang Nguyễn 김정은 Zhao2 Łukasz".utf8)
        var toks: [NameToken] = []
        NameTokenizer.tokenize(text, 0..<text.count, into: &toks)
        #expect(toks.count >= 12)
        for t in toks {
            let n = NameTokenizer.normalized(text, t)
            #expect(NameTokenizer.key(n) == t.key, "\(n)")
        }
    }

    @Test("Syllable test on bytes")
    func syllables() {
        for (w, expected) in [("weidong", true), ("myong", true), ("hui", true), ("son", true), ("jiejian", true),
                              ("smith", false), ("", false), ("abcdefghijklm", false), ("wei2", false), ("strong", false)] {
            #expect(Lexicon.isSyllabic(Substring(w)) == expected, "\(w)")
        }
    }

    @Test("Boilerplate substring rules and marker prefilters")
    func boilerplate() {
        func isB(_ s: String) -> Bool { let b = Array(s.utf8); return Boilerplate.isBoilerplate(b, 0..<b.count) }
        #expect(isB("2025 The Daily Example. ALL RIGHTS RESERVED."))
        #expect(isB("Contact: [email protected]"))
        #expect(isB("Home / World / Diplomacy"))
        #expect(isB("News » Asia"))
        #expect(isB("desk@example.org"))
        #expect(!isB("The envoys said all rights were reserved for later talks in the treaty text they signed."))
        #expect(!isB("Home and World"))
    }

    @Test("Header dates skip lines that start with neither a keyword nor a date")
    func headerDates() {
        func d(_ s: String) -> PartialDate? { DateParser.publicationDate(inLine: Array(s.utf8)) }
        #expect(d("Published: 29 Sep. 2025, 09:59") == PartialDate(year: 2025, month: 9, day: 29))
        #expect(d("September 17, 2024") == PartialDate(year: 2024, month: 9, day: 17))
        #expect(d(": 2025-09-28") == PartialDate(year: 2025, month: 9, day: 28))
        #expect(d("The ministers met on September 17, 2024") == nil)
    }
}
