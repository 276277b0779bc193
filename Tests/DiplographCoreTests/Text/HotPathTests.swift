import Testing

@testable import DiplographCore

/// The byte-level shortcuts of the per-article hot path answer exactly as the string-based code
/// they replace.
@Suite("Hot path shortcuts") struct HotPathTests {
    @Test("Word keys are the name tokens' keys, and word lists answer like sets of them")
    func wordKeys() {
        // A literal's key is the key `NameTokenizer` gives the same word in running text.
        for w in ["meeting", "didn't", "Talks", "élysée", "O'Brien"] {
            #expect(Word(w).key == NameTokenizer.key(w), "\(w)")
        }
        // A literal that is not one token matches no token ("run-up" is "run", "-", "up").
        #expect(Word("run-up").key != NameTokenizer.key("run"))
        // Literals hash in place and agree with the String path, also for the slow path.
        let literals: [(Word, String)] = [
            ("meeting", "meeting"), ("didn't", "didn't"), ("run-up", "run-up"), ("Talks", "Talks"),
        ]
        for (l, w) in literals { #expect(l == Word(w), "\(w)") }
        let set: WordKeys = ["meeting", "talks", "didn't", "a"]
        for w in ["meeting", "MEETING", "didn’t", "didnt", "a"] { #expect(set.contains(Word(w)), "\(w)") }
        for w in ["meetings", "talk", "b", "run"] { #expect(!set.contains(Word(w)), "\(w)") }
        for (w, t) in [("met", MeetingLexicon.Trigger.meet), ("talks", .noun), ("sat", .with), ("paid", .paid)] {
            #expect(MeetingLexicon.triggers[Word.key(w)]?.contains(t) == true, "\(w)")
        }
        #expect(MeetingLexicon.triggers[Word.key("minister")] == nil)
    }

    @Test("Sentence tokens are the stream's words with the marks between them")
    func sentenceTokens() {
        let text = Array("Wang Yi MET Choe’s envoy, didn’t he? The run-up (warmly) 30th".utf8)
        let stream = TokenStream(text: text, sentences: [Sentence(range: 0..<text.count, block: 0)])
        let toks = SentenceTokenizer.tokens(
            text, range: 0..<text.count, tokens: stream.tokens[...], mentions: [], entities: [])
        let words = toks.filter { $0.kind == .word }
        let expected: [Word] = [
            "wang", "yi", "met", "choe", "envoy", "didn't", "he", "the", "run", "up", "warmly", "30th",
        ]
        #expect(words.map(\.word) == expected)
        #expect(toks.filter { $0.kind == .punct }.map(\.mark) == [",", "?", "-", "(", ")"])
        // "Choe’s": the possessive is flagged and its bytes belong to the word token.
        let choe = words[3]
        #expect(choe.possessive && String(decoding: text[choe.range], as: UTF8.self) == "Choe’s")
        #expect(words[2].capitalized && !words[4].capitalized)
        #expect(words[5].shape.contains(.nt) && words[10].shape.contains(.ly) && words[11].shape.contains(.dayNumber))
        #expect(!words[4].shape.contains(.ly) && !words[0].shape.contains(.dayNumber))
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
        for (w, expected) in [
            ("weidong", true), ("myong", true), ("hui", true), ("son", true), ("jiejian", true),
            ("smith", false), ("", false), ("abcdefghijklm", false), ("wei2", false), ("strong", false),
        ] {
            #expect(Lexicon.isSyllabic(Substring(w)) == expected, "\(w)")
        }
    }

    @Test("Boilerplate substring rules and marker prefilters")
    func boilerplate() {
        func isB(_ s: String) -> Bool {
            let b = Array(s.utf8)
            return Boilerplate.isBoilerplate(b, 0..<b.count)
        }
        #expect(isB("2025 The Daily Example. ALL RIGHTS RESERVED."))
        #expect(isB("Contact: [email protected]"))
        #expect(isB("Home / World / Diplomacy"))
        #expect(isB("News » Asia"))
        #expect(isB("desk@example.org"))
        #expect(!isB("The envoys said all rights were reserved for later talks in the treaty text they signed."))
        #expect(!isB("Home and World"))
    }

    @Test("Substring rules match at any place inside the line's range, and only there")
    func boilerplateSubstringPlaces() {
        // A reference: the floating rules tried at every byte, ignoring ASCII case.
        func reference(_ t: [UInt8], _ range: Range<Int>) -> Bool {
            let r = ByteClass.trim(t, range)
            let line = String(decoding: t[r], as: UTF8.self).lowercased()
            for rule in Boilerplate.rules {
                if case .contains(let p, let m) = rule, r.count <= m, line.contains(p.lowercased()) { return true }
            }
            return false
        }
        let fillers = ["", "x", "Talks ", "a tr ", "[em ", "The summit in Hanoi, "]
        let hits = [
            "All Rights Reserved", "translated by a bilingual reporter", "[email protected]",
            "all rights reserve", "Translated by a bilingual", "[email\u{A0}protected]",
        ]
        var positives = 0
        for before in fillers {
            for hit in hits {
                for after in fillers {
                    let line = Array(("@@ " + before + hit + after + " @@").utf8)
                    // The whole line, and the range that cuts the guards "@@ " / " @@" off.
                    for range in [0..<line.count, 3..<(line.count - 3), 3..<(line.count - 4)] {
                        let got = Boilerplate.isBoilerplate(line, range)
                        if reference(line, range) {
                            #expect(got, "\(String(decoding: line[range], as: UTF8.self))")
                            positives += 1
                        }
                    }
                }
            }
        }
        // Every full pattern is found in each of its placements (three patterns, 36 lines, 2 or 3 ranges).
        #expect(positives >= 3 * 36 * 2)
        // A pattern that runs past the end of the range does not count.
        let cut = Array("Talks ended. All rights reserved".utf8)
        #expect(Boilerplate.isBoilerplate(cut, 0..<cut.count))
        #expect(!Boilerplate.isBoilerplate(cut, 0..<(cut.count - 1)))
        #expect(!Boilerplate.isBoilerplate(cut, 0..<3))
    }

    @Test("Slugs join the non-empty normalised tokens with hyphens")
    func slugs() {
        for phrase in [
            "Choe Son-hui", "Kim Jong-un", "  O'Brien  & Sons ", "ÉLYSÉE Palace", "Ægir", "U.S. - China",
            "", "-", "Nguyễn Phú Trọng", "김정은 위원장", "Straße 2", "A . B",
        ] {
            let bytes = Array(phrase.utf8)
            var toks: [NameToken] = []
            NameTokenizer.tokenize(bytes, 0..<bytes.count, into: &toks)
            let expected = toks.map { NameTokenizer.normalized(bytes, $0) }.filter { !$0.isEmpty }.joined(
                separator: "-")
            #expect(NameTokenizer.slug(phrase) == expected, "\(phrase)")
        }
        #expect(NameTokenizer.slug("Choe Son-hui") == "choe-son-hui")
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
