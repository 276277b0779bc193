import Foundation
import Testing

@testable import DiplographCore

/// `ArticleShortForms`: a shorter reference to an entity the article names in full joins it;
/// every form has a counterexample (invented names) that must stay apart.
@Suite struct ArticleShortFormsTests {
    typealias F = ArticleShortForms

    func w(_ id: String) -> [Substring] { F.words(id) }

    @Test func headDropped() {
        #expect(F.isShortForm(w("lorin"), of: w("lorin-district")))
        #expect(F.isShortForm(w("vesta"), of: w("vesta-news-agency")))
        // A dropped word that is no cue word: another name ("Lorin Baska").
        #expect(!F.isShortForm(w("lorin"), of: w("lorin-baska")))
    }

    @Test func ofPhraseDropped() {
        #expect(F.isShortForm(w("high-court"), of: w("high-court-of-kestria")))
        #expect(F.isShortForm(w("bank"), of: w("bank-of-kestria")))
        // No head noun before "of": "Friends" of "Friends of Lorin".
        #expect(!F.isShortForm(w("friends"), of: w("friends-of-lorin")))
        #expect(!F.isShortForm(w("friends-lorin"), of: w("friends-lorin-of-vesta")))
    }

    @Test func qualifierDropped() {
        #expect(F.isShortForm(w("senate"), of: w("kestrian-senate")))
        #expect(F.isShortForm(w("presidential-villa"), of: w("lake-orin-presidential-villa")))
        // The short form must end with a head noun, not a modifier or a name.
        #expect(!F.isShortForm(w("orin"), of: w("lake-orin")))
        #expect(!F.isShortForm(w("national"), of: w("kestrian-national")))
    }

    @Test func initials() {
        #expect(F.initials(w("joint-board-for-fisheries")).contains("jbf"))
        #expect(F.initials(w("union-of-coastal-states")) == ["uocs", "ucs"])
        #expect(F.initials(w("vesta")).isEmpty)
        #expect(F.isAcronym("JBF"))
        #expect(!F.isAcronym("Jbf"))
        #expect(!F.isAcronym("J"))
    }

    @Test func personSlips() {
        #expect(F.isPersonSlip(w("tavian-oskarssen"), of: w("tavian-oskarsen")))
        #expect(F.isPersonSlip(w("oskarssen"), of: w("tavian-r-oskarsen")))
        #expect(F.isPersonSlip(w("ilvar-malief"), of: w("ilvar-maliyef")))
        #expect(F.isPersonSlip(w("oskarsen"), of: w("tavian-oskarsen-jr")))
        // Short words differ for real: Kim Pol Un, Kim Pol Il.
        #expect(!F.isPersonSlip(w("kim-pol-un"), of: w("kim-pol-il")))
        // A change at the end is another person: Ana Lorvik, Ana Lorvika.
        #expect(!F.isPersonSlip(w("ana-lorvika"), of: w("ana-lorvik")))
        // Two words differ; two given names differ by more than a slip.
        #expect(!F.isPersonSlip(w("tavia-oskarssen"), of: w("tavian-oskarsen")))
        #expect(!F.isPersonSlip(w("brenna-oskarsen"), of: w("tavian-oskarsen")))
    }

    /// An article with the given entities, each mentioned once, in order.
    func article(_ entities: [LocalEntity]) -> ResolvedArticle {
        let (a, s) = TestArticles.make("Headline\nBody text here.")
        var r = ResolvedArticle(article: a, sentences: s, entities: entities)
        r.mentions = entities.indices.map { Mention(entity: $0, range: $0..<($0 + 1), sentence: 0) }
        return r
    }

    func entity(_ name: String, _ type: EntityType, known: Bool = false, spellings: [String] = []) -> LocalEntity {
        let sp = spellings.isEmpty ? [name] : spellings
        return LocalEntity(
            id: NameTokenizer.slug(name), type: type, name: name, known: known,
            spellings: Dictionary(uniqueKeysWithValues: sp.map { ($0, 1) }))
    }

    @Test func joinsTheOneEntityThatFits() {
        var r = article([
            entity("Lorin District", .place), entity("Vesta", .person), entity("Lorin", .place),
            entity("JBF", .organization), entity("Joint Board for Fisheries", .organization),
        ])
        r.acronyms = ["JBF": "jbf"]
        r.joinShortForms()
        #expect(r.entities.map(\.id) == ["lorin-district", "vesta", "joint-board-for-fisheries"])
        #expect(r.mentions.map(\.entity) == [0, 1, 0, 2, 2])
        #expect(r.entities[0].spellings == ["Lorin District": 1, "Lorin": 1])
        #expect(r.acronyms == ["JBF": "joint-board-for-fisheries"])
    }

    @Test func spelledOutNameJoinsKnownAcronym() {
        var r = article([
            entity("Union of Coastal States", .organization, known: true, spellings: ["UCS"]),
            entity("Union of Coastal State", .organization),
        ])
        r.joinShortForms()
        #expect(r.entities.map(\.id) == ["union-of-coastal-states"])
    }

    @Test func twoCandidatesOrAKnownShortFormStayApart() {
        // "Senate" with two senates in the article: nobody can say which.
        var two = article([
            entity("Kestrian Senate", .organization), entity("Vestan Senate", .organization),
            entity("Senate", .organization),
        ])
        two.joinShortForms()
        #expect(two.entities.count == 3)
        // A table's "Lorin" (the city) is no short form of "Lorin Region".
        var known = article([entity("Lorin Region", .place), entity("Lorin", .place, known: true)])
        known.joinShortForms()
        #expect(known.entities.count == 2)
        // Types must agree: the "Lorin" party is not "Lorin District".
        var types = article([entity("Lorin District", .place), entity("Lorin", .organization)])
        types.joinShortForms()
        #expect(types.entities.count == 2)
        // Two people of one family stay two.
        var family = article([entity("Tavian Oskarsen", .person), entity("Brenna Oskarsen", .person)])
        family.joinShortForms()
        #expect(family.entities.count == 2)
    }

    @Test func twoSpellingsThatNameEachOtherBecomeOne() {
        // Each is a slip of the other: the more mentioned one stays, and nothing is lost.
        var r = article([entity("Tavian Oskarssen", .person), entity("Tavian Oskarsen", .person)])
        r.mentions.append(Mention(entity: 1, range: 5..<6, sentence: 0))
        r.joinShortForms()
        #expect(r.entities.map(\.id) == ["tavian-oskarsen"])
        #expect(r.mentions.map(\.entity) == [0, 0, 0])
        // A tie: the earlier one stays.
        var tie = article([entity("Tavian Oskarssen", .person), entity("Tavian Oskarsen", .person)])
        tie.joinShortForms()
        #expect(tie.entities.map(\.id) == ["tavian-oskarssen"])
    }

    @Test func endToEndInOneArticle() {
        let r = RuleProbe.resolve(
            """
            Talks in the north
            Officials of the Kestrian Senate met in Tarnhold on Monday. The Senate later approved the plan.
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.contains("kestrian-senate"))
        #expect(!orgs.contains("senate"))
    }
}
