import DiplographCore
import Testing

/// `ArticleResolver+HeadQualifiers`: the name before a governor, mayor, premier or chief
/// minister is a place; before a CEO, a company.
@Suite struct HeadQualifiersTests {
    @Test func namesBeforeSubnationalHeadsArePlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Vexmoor Chief Minister Dana Ruiz phoned Arvo Lindqvist. Tarsk Governor Ivan Marsh attended.
            Lindqvist later met Pellham's mayor, Tomas Gren, and Kessel Menteri Besar Omar Sel.
            """)
        #expect(RuleProbe.ids(r, .place) == ["vexmoor", "tarsk", "pellham", "kessel"], "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .person).isSuperset(of: ["dana-ruiz", "ivan-marsh", "tomas-gren"]))
        #expect(r.entities.first { $0.id == "pellham" }?.name == "Pellham")
    }

    @Test func modifiersAdjectivesAndOtherHeadsMakeNoPlace() {
        let r = RuleProbe.resolve(
            """
            Headline
            Republican Governor Lena Brandt met Vice Premier Omar Sel and the Tarskian Premier, Ivo Kade.
            Halvorsen Chief Executive Hana Ortiz and Deputy Governor Tomas Gren spoke. Lindqvist's chief of staff came.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
    }

    @Test func namesBeforeCompanyHeadsAreBodies() {
        let r = RuleProbe.resolve(
            "Headline\nHalvex CEO Ivo Kade met Dana Ruiz. Later Brightwell's chief executive, Omar Sel, joined.")
        #expect(RuleProbe.ids(r, .organization) == ["halvex", "brightwell"], "\(RuleProbe.ids(r, .organization))")
        #expect(RuleProbe.ids(r, .person).contains("ivo-kade"))
    }
}
