import DiplographCore
import Testing

/// `ArticleResolver+StanceWords`: a party's stance written before its name is no part of it.
@Suite struct StanceWordsTests {
    @Test func aStanceWordBeforeAPartysNameIsLeftOut() {
        let r = RuleProbe.resolve(
            """
            Headline
            Ivo Brandt is close to the Islamist Al-Vexmoor Party. The Opposition Tarsk Unity Party spokesman left.
            """)
        #expect(
            RuleProbe.ids(r, .organization) == ["al-vexmoor-party", "tarsk-unity-party"],
            "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aStanceWordBeforeGenericWordsStays() {
        let r = RuleProbe.resolve("Headline\nDana Ruiz left the Opposition Party in Tarsk on Monday.")
        #expect(RuleProbe.ids(r, .organization) == ["opposition-party"], "\(RuleProbe.ids(r, .organization))")
    }
}
