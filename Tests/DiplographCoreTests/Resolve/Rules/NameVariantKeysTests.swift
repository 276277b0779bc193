import Foundation
import Testing

@testable import DiplographCore

/// `NameVariantKeys`: one name spelt two ways across articles becomes one node; every rule has
/// a counterexample (invented names) that must stay apart.
@Suite struct NameVariantKeysTests {
    typealias K = NameVariantKeys

    func joins(_ a: String, _ b: String, _ rule: K.Rule, others: [Substring: Int] = [:]) -> Bool {
        guard let ka = K.key(a, rule), ka == K.key(b, rule) else { return false }
        return K.accepts(a, b, rule, others: { others[$0] ?? 2 })
    }

    @Test func middleInitial() {
        #expect(joins("tavian-r-oskarsen", "tavian-oskarsen", .middleInitial))
        #expect(joins("tavian-r-j-oskarsen", "tavian-oskarsen", .middleInitial))
        // Two different initials: two people (a father and a son).
        #expect(!joins("tavian-r-oskarsen", "tavian-b-oskarsen", .middleInitial))
        // A leading or trailing initial is not a middle one.
        #expect(K.key("t-oskarsen", .middleInitial) == nil)
    }

    @Test func joinedParts() {
        #expect(joins("abdelrahim-qoutb", "abdel-rahim-qoutb", .joinedParts))
        #expect(joins("pak-sol-min", "pak-solmin", .joinedParts))
        // The same letters cut elsewhere are another name; so is another order.
        #expect(!joins("al-amin-said", "ala-min-said", .joinedParts))
        #expect(!joins("pak-sol-min", "pak-min-sol", .joinedParts))
    }

    @Test func swappedOrder() {
        #expect(joins("tanabe-koji", "koji-tanabe", .swappedOrder))
        // Someone else bears one of the parts ("Emiko Tanabe"): the order may say who is who.
        #expect(!joins("tanabe-koji", "koji-tanabe", .swappedOrder, others: ["tanabe": 3]))
        // Short parts ("Li Bo", "Bo Li") and three-part names are not swapped.
        #expect(K.key("li-bo", .swappedOrder) == nil)
        #expect(K.key("pak-sol-min", .swappedOrder) == nil)
    }

    @Test func transliteration() {
        #expect(K.phonetic("berdymorsakhov") == K.phonetic("berdimorsahow"))
        #expect(K.phonetic("mukhammedov") == "muhamedov")
        #expect(joins("gulnara-berdymorsakhov", "gulnara-berdimorsahow", .transliteration))
        // Short parts differ for real: Kim Pol Un and Kim Pol Il, Ana Lorvik and Ana Lyrvik.
        #expect(!joins("kim-pol-un", "kim-pol-il", .transliteration))
        #expect(!joins("ana-lorvik", "ana-lyrvik", .transliteration))
        // Two long parts differ: another person.
        #expect(!joins("gulnaraa-berdymorsakhov", "gulnarya-berdimorsahow", .transliteration))
    }

    @Test func givenNameForms() {
        // Romanisations that letters alone do not tell apart: short, or another first letter.
        #expect(joins("pyotr-vaskolin", "petr-vaskolin", .givenNameForms))
        #expect(joins("yelena-tarvosk", "elena-tarvosk", .givenNameForms))
        #expect(joins("muhammad-al-qarni", "mohammed-al-qarni", .givenNameForms))
        // Another family name, another given name, or a given name of no group: apart.
        #expect(!joins("pyotr-vaskolin", "petr-vaskolov", .givenNameForms))
        #expect(!joins("pyotr-vaskolin", "pavel-vaskolin", .givenNameForms))
        #expect(K.key("bob-vaskolin", .givenNameForms) == nil)
        #expect(K.key("pyotr", .givenNameForms) == nil)
    }

    @Test func patronymic() {
        // The patronymic cut to its first letters or to its stem; the given name kept.
        #expect(joins("tuvaagiin-ganbold", "tu-ganbold", .patronymic))
        #expect(joins("tuvaagiin-ganbold", "tuvaa-ganbold", .patronymic))
        #expect(joins("orshikhyn-delgermaa", "or-delgermaa", .patronymic))
        // Two patronymics written out: two fathers, two people.
        #expect(!joins("tuvaagiin-ganbold", "tsendiin-ganbold", .patronymic))
        // No genitive: "Tuvaa Ganbold" and "Tumen Ganbold" are two given names.
        #expect(!joins("tuvaa-ganbold", "tumen-ganbold", .patronymic))
        // A cut that is not the stem's beginning, another given name, a short given name.
        #expect(!joins("tuvaagiin-ganbold", "ts-ganbold", .patronymic))
        #expect(!joins("tuvaagiin-ganbold", "tu-ganzorig", .patronymic))
        #expect(K.key("tuvaagiin-bat", .patronymic) == nil)
        // One letter is an initial, not a patronymic cut (`middleInitial`'s business).
        #expect(!joins("tuvaagiin-ganbold", "t-ganbold", .patronymic))
    }

    @Test func bodyStopwords() {
        #expect(joins("university-of-the-north-coast", "university-of-north-coast", .bodyStopwords))
        #expect(joins("coral-islands-council", "coral-island-council", .bodyStopwords))
        // Another word order is another body; two-word names keep their plural.
        #expect(!joins("north-coast-university", "university-of-the-north-coast", .bodyStopwords))
        #expect(!joins("lorin-games", "lorin-game", .bodyStopwords))
    }

    func aggregate(_ texts: [String]) -> EntityIndex {
        var agg = EntityAggregator()
        for (n, t) in texts.enumerated() {
            // The project's sentence splitter, which keeps "R." inside a name.
            let (a, _) = TestArticles.make(t, id: "a\(n)")
            agg.add(ResolverRuleTests.resolver.resolve(a, sentences: SentenceSplitter.split(a)))
        }
        return agg.finish()
    }

    func personIDs(_ index: EntityIndex) -> [String] {
        index.entities.filter { $0.type == .person }.map(\.id).sorted()
    }

    @Test func corpusJoinsVariants() {
        let index = aggregate([
            "Headline here\nPresident Tavian R. Oskarsen arrived on Monday. Oskarsen spoke.",
            "Headline here\nPresident Tavian Oskarsen said the talks went well.",
            "Headline here\nPrime Minister Tanabe Koji met the envoy.",
            "Headline here\nPrime Minister Koji Tanabe said yes. Prime Minister Koji Tanabe left.",
        ])
        #expect(index.canonicalID("tavian-oskarsen") == "tavian-r-oskarsen")
        #expect(index[id: "tavian-r-oskarsen"]?.articles == ["a0", "a1"])
        #expect(index.canonicalID("tanabe-koji") == "koji-tanabe")
        #expect(personIDs(index) == ["koji-tanabe", "tavian-r-oskarsen"])
    }

    @Test func corpusKeepsRelativesApart() {
        // Father and son with two initials and the bare name; a wife who shares the family name.
        let index = aggregate([
            "Headline here\nPresident Tavian R. Oskarsen arrived on Monday.",
            "Headline here\nFormer President Tavian B. Oskarsen said the talks went well.",
            "Headline here\nPresident Tavian Oskarsen left.",
            "Headline here\nPrime Minister Tanabe Koji met the envoy.",
            "Headline here\nPrime Minister Koji Tanabe said yes.",
            "Headline here\nFirst Lady Emiko Tanabe thanked the hosts.",
        ])
        #expect(index.remap.isEmpty)
        #expect(
            personIDs(index) == [
                "emiko-tanabe", "koji-tanabe", "tanabe-koji", "tavian-b-oskarsen", "tavian-oskarsen",
                "tavian-r-oskarsen",
            ])
    }

    /// True when `a` (rewritten) and `b` (as it stands) share a key under `rule`.
    func plainJoins(_ a: String, _ b: String, _ rule: K.Rule) -> Bool {
        guard let ka = K.key(a, rule), ka == K.plainKey(b, rule) else { return false }
        return K.accepts(a, b, rule, others: { _ in 2 })
    }

    @Test func shortTransliterations() {
        #expect(joins("ilvar-malief", "ilvar-maliyef", .transliteration))
        #expect(K.phonetic("vidhya") == K.phonetic("vidya"))
        // Parts under five letters keep their spelling; another consonant is another name.
        #expect(!joins("ilvar-mali", "ilvar-maly", .transliteration))
        #expect(!joins("ilvar-malief", "ilvar-malier", .transliteration))
    }

    @Test func middleName() {
        #expect(joins("maren-holt-vasquez", "maren-vasquez", .middleName))
        #expect(joins("rosa-lina-da-vesta", "rosa-da-vesta", .middleName))
        // Transliterated first and last names: "Allira Vesquez", "Alira Holt Vesquezz".
        #expect(joins("allira-vesquez", "alira-holt-vesquezz", .middleName))
        // Two middle names of one length: two people, not one name twice.
        #expect(!joins("maren-holt-vasquez", "maren-ilse-vasquez", .middleName))
        // Initials are no first or last name.
        #expect(K.key("k-l-vasquez", .middleName) == nil)
    }

    @Test func bodyOrder() {
        #expect(plainJoins("ministry-of-coastal-affairs", "coastal-affairs-ministry", .bodyOrder))
        #expect(plainJoins("office-of-the-lord-warden", "lord-warden-office", .bodyOrder))
        // Another head or fewer words: another body.
        #expect(!plainJoins("ministry-of-coastal-affairs", "coastal-affairs-agency", .bodyOrder))
        #expect(!plainJoins("ministry-of-coastal-affairs", "coastal-ministry", .bodyOrder))
        #expect(K.plainKey("ministry-of-coastal-affairs", .bodyOrder) == nil)
    }

    @Test func venueLanguage() {
        #expect(plainJoins("istana-lorin", "lorin-palace", .venueLanguage))
        #expect(plainJoins("palacio-de-la-vesta", "la-vesta-palace", .venueLanguage))
        // A palace is no mosque; a name without a foreign head is left alone.
        #expect(!plainJoins("istana-lorin", "lorin-mosque", .venueLanguage))
        #expect(K.key("lorin-palace", .venueLanguage) == nil)
    }

    @Test func venueModifiers() {
        #expect(joins("lorin-presidential-palace", "lorin-palace", .venueModifiers))
        #expect(joins("royal-lorin-palace", "lorin-palace", .venueModifiers))
        // Not a venue's head, or nothing left but the head: no key; one spelling twice: no merge.
        #expect(K.key("lorin-presidential-museum-orin", .venueModifiers) == nil)
        #expect(K.key("presidential-palace", .venueModifiers) == nil)
        #expect(!joins("lorin-palace", "lorin-palace", .venueModifiers))
    }

    @Test func joinedWords() {
        #expect(joins("statehold", "state-hold", .joinedWords))
        #expect(joins("lorin-statehold", "lorin-state-hold", .joinedWords))
        // Short one-word names are not keyed; the same letters cut elsewhere are another name.
        #expect(K.key("orin", .joinedWords) == nil)
        #expect(!joins("stateh-old", "state-hold", .joinedWords))
    }

    @Test func corpusJoinsMiddleNamesAndOrders() {
        let index = aggregate([
            "Headline here\nGovernor Maren Holt Vasquez arrived on Monday.",
            "Headline here\nGovernor Maren Vasquez said the talks went well.",
            "Headline here\nThe Ministry of Coastal Affairs said so.",
            "Headline here\nThe Coastal Affairs Ministry said no.",
        ])
        #expect(index.canonicalID("maren-vasquez") == "maren-holt-vasquez")
        #expect(index[id: "maren-holt-vasquez"]?.articles == ["a0", "a1"])
        #expect(index.canonicalID("coastal-affairs-ministry") == "ministry-of-coastal-affairs")
    }

    @Test func corpusKeepsTwoMiddleNamesApart() {
        let index = aggregate([
            "Headline here\nGovernor Maren Holt Vasquez arrived on Monday.",
            "Headline here\nSenator Maren Ilse Vasquez said the talks went well.",
            "Headline here\nGovernor Maren Vasquez left.",
        ])
        #expect(index.remap.isEmpty)
        #expect(personIDs(index) == ["maren-holt-vasquez", "maren-ilse-vasquez", "maren-vasquez"])
    }

    @Test func nameWordsOnBytesAreWordsOfLetters() {
        let samples: [Substring] = [
            "", "ana", "Ana", "ana1", "o'neil", "x", "a.b", "zoë", "élise", "müller9", "李", "e\u{301}", "1\u{301}",
            "ab\r\n", "@", "[", "`", "{", "ABCxyz",
        ]
        for w in samples { #expect(K.isNameWord(w) == (!w.isEmpty && w.allSatisfy { $0.isLetter }), "\(w)") }
        // The rules of each type (they run in `Rule.allCases` order).
        let personRules: [K.Rule] = [
            .middleInitial, .joinedParts, .swappedOrder, .transliteration, .middleName, .patronymic,
            .givenNameForms,
        ]
        #expect(K.rules(for: .person) == personRules)
        #expect(K.rules(for: .place) == [.venueLanguage, .joinedWords, .venueModifiers])
        #expect(K.rules(for: .organization) == [.bodyStopwords, .bodyOrder, .joinedWords])
        #expect(K.rules(for: .country).isEmpty)
    }
}
