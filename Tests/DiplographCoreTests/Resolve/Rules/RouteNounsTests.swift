import DiplographCore
import Testing

/// `ArticleResolver+RouteNouns`: names before a route or crossing noun are places, each end of a
/// hyphenated pair its own.
@Suite struct RouteNounsTests {
    @Test func namesBeforeRouteNounsArePlaces() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ministers opened the new Kessmark-Ostrelda Vale checkpoints. Trucks waited at the Brenholt border.
            Norvia will upgrade the Tarsklund railway line and the Vexhaven port.
            """)
        #expect(
            RuleProbe.ids(r, .place) == ["kessmark", "ostrelda-vale", "brenholt", "tarsklund", "vexhaven"],
            "\(RuleProbe.ids(r, .place))")
        #expect(r.entities.first { $0.id == "vexhaven" }?.name == "Vexhaven")
    }

    @Test func countriesAndPossessivesBeforeRouteNounsAddNoPlace() {
        let r = RuleProbe.resolve(
            """
            Headline
            Troops moved along the Kenya-Ethiopia border and near the Egyptian border. The EU's border was shut.
            """)
        #expect(RuleProbe.ids(r, .place).isEmpty, "\(RuleProbe.ids(r, .place))")
        #expect(RuleProbe.ids(r, .country).isSuperset(of: ["kenya", "ethiopia", "egypt"]))
    }
}
