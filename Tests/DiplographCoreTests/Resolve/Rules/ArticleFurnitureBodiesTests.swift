import DiplographCore
import Testing

/// `ResolvedArticle.dropFurnitureBodies`: a body named only in a masthead, signature,
/// copyright or handle line is no entity of the article; one also named in a sentence stays.
@Suite struct ArticleFurnitureBodiesTests {
    @Test func bodiesOnlyInFurnitureLinesAreDropped() {
        let r = RuleProbe.resolve(
            """
            Vexmoor Trade Agency opens an office in Lorin
            The Vexmoor Trade Agency opened the office on Monday, Dana Ruiz said.
            The Tarsk DAILY POST
            The Lorin Press Service
            2024 © The Vexmoor Times /Cookies Policy Privacy Policy
            Chirper: @ana_ruiz
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs == ["vexmoor-trade-agency"], "\(orgs)")
    }

    @Test func bodiesNamedInASentenceOrALongLineStay() {
        // Counterexample: the same lines, but each body is also named in a sentence; and a long
        // caption with a copyright sign names a body of its own.
        let r = RuleProbe.resolve(
            """
            Headline
            The Lorin Press Service said on Monday that Dana Ruiz would visit Tarsk.
            The Lorin Press Service
            Vexmoor Green Alliance activists block a shipment at a terminal in Tarsk © PHOTO IVO KADE / AFP
            """)
        let orgs = RuleProbe.ids(r, .organization)
        #expect(orgs.isSuperset(of: ["lorin-press-service", "vexmoor-green-alliance"]), "\(orgs)")
    }
}
