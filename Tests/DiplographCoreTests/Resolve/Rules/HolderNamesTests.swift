import DiplographCore
import Testing

/// `ArticleResolver+HolderNames`: a title holder's name right after the title's complement or a
/// body's name is a person of its own, not part of the complement or the body.
@Suite struct HolderNamesTests {
    private func resolve(_ sentence: String) -> ResolvedArticle {
        let (a, _) = TestArticles.make(
            """
            Headline
            The talks were held on Monday in the capital. \(sentence) The talks ended late.
            """)
        return RuleProbe.resolver.resolve(a, sentences: SentenceSplitter.split(a))
    }

    @Test func aGivenNameAfterAComplementOpensTheHolder() {
        let r = resolve("He was joined by Minister of Coastal Works Peter Van Dorn and others.")
        #expect(RuleProbe.ids(r, .person) == ["peter-van-dorn"], "\(RuleProbe.ids(r, .person))")
        let s = resolve("He later met the Speaker of the House Nancy Quell on Tuesday.")
        #expect(RuleProbe.ids(s, .person) == ["nancy-quell"], "\(RuleProbe.ids(s, .person))")
    }

    @Test func anInitialGluedToANameAfterABodyOpensTheHolder() {
        let r = resolve("Present was Chief of Staff of the Office of the President T.Bolor and his aides.")
        #expect(RuleProbe.ids(r, .person) == ["t-bolor"], "\(RuleProbe.ids(r, .person))")
        #expect(RuleProbe.ids(r, .organization) == ["office-of-the-president"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func anHonorificAfterABodyOpensTheHolder() {
        let r = resolve("He met the Director of the Office of the Premier Mr. Tarvo Lindqvist and others.")
        #expect(RuleProbe.ids(r, .person) == ["tarvo-lindqvist"], "\(RuleProbe.ids(r, .person))")
        #expect(RuleProbe.ids(r, .organization) == ["office-of-the-premier"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aDottedHonorificAfterABodyOpensTheHolder() {
        let r = resolve("He received the Chairman of the Vexmoor Council H.E. Tarvo Lindqvist at the palace.")
        #expect(RuleProbe.ids(r, .person) == ["tarvo-lindqvist"], "\(RuleProbe.ids(r, .person))")
        #expect(RuleProbe.ids(r, .organization) == ["vexmoor-council"], "\(RuleProbe.ids(r, .organization))")
    }

    @Test func aTitleInThePluralAfterABodyIsNeitherBodyNorName() {
        let r = resolve("He met the Vexmoor Group Co-Chairs Tarvo Lindqvist (Norvia) and others.")
        #expect(RuleProbe.ids(r, .person) == ["tarvo-lindqvist"], "\(RuleProbe.ids(r, .person))")
        #expect(RuleProbe.ids(r, .organization) == ["vexmoor-group"], "\(RuleProbe.ids(r, .organization))")
        let s = resolve("The meeting was attended by Cabinet Secretaries Arvo Kask and others.")
        #expect(RuleProbe.ids(s, .person) == ["arvo-kask"], "\(RuleProbe.ids(s, .person))")
    }

    @Test func aTitleInThePluralTitlesEachNameOfTheList() {
        let r = resolve("The minister is joined by State Secretaries Lena Moreno Vidal and Juan Ferrer Tomas today.")
        let persons = RuleProbe.ids(r, .person)
        #expect(persons == ["lena-moreno-vidal", "juan-ferrer-tomas"], "\(persons)")
        // Counterexample: a plural that no name follows.
        let s = resolve("The State Secretaries of Vexmoor and Tarsk met in private.")
        #expect(RuleProbe.ids(s, .person).isEmpty, "\(RuleProbe.ids(s, .person))")
    }

    @Test func anInitialAfterAPortfolioWithAPlaceCueOpensTheHolder() {
        let r = resolve("Present were Minister for Road and Transport Development T.Bolor and others.")
        #expect(RuleProbe.ids(r, .person) == ["t-bolor"], "\(RuleProbe.ids(r, .person))")
    }

    @Test func aBodyEndingInAPluralTitleKeepsItsName() {
        // Counterexample: no name after the plural title.
        let r = resolve("He addressed the Vexmoor Council of Ministers on Monday.")
        #expect(RuleProbe.ids(r, .person).isEmpty, "\(RuleProbe.ids(r, .person))")
    }

    @Test func aNameWithAMiddleGivenNameOrInitialStaysWhole() {
        // Counterexamples: no complement before the run; a middle initial after a name word.
        let r = resolve("Minister of Norvia Tarvo Peter Lindqvist and Minister for Ports Arvo L. Kask met.")
        let persons = RuleProbe.ids(r, .person)
        #expect(!persons.contains("peter-lindqvist"), "\(persons)")
        #expect(!persons.contains("l-kask"), "\(persons)")
    }

    @Test func aBodyNamedAfterAPersonIsNoHolder() {
        let r = resolve("He met the chair of the Peter Marsh Trust on Monday.")
        #expect(!RuleProbe.ids(r, .person).contains("marsh-trust"), "\(RuleProbe.ids(r, .person))")
    }

    @Test func aComplementAfterTheEndsBeforeTheHolder() {
        // "the" opens a complement, never a name: the words after its one word are the holder.
        let cases: [(String, String, String)] = [
            (
                "Tomas Varga met the Speaker of the Storting Per Halvorsen in Lakeport.", "per-halvorsen",
                "storting-per-halvorsen"
            ),
            (
                "Tomas Varga met the Minister for the Pacific Kai Lundgren in Lakeport.", "kai-lundgren",
                "pacific-kai-lundgren"
            ),
            (
                "Tomas Varga met the First Deputy Speaker of the Folketing Susanne Ekberg in Lakeport.",
                "susanne-ekberg", "folketing-susanne-ekberg"
            ),
            (
                "Tomas Varga met the opposition spokesman on the Pacific Pat Delane in Lakeport.", "pat-delane",
                "pacific-pat-delane"
            ),
            (
                "Tomas Varga met the Speaker of the House Dana K. Ruiz in Lakeport.", "dana-k-ruiz",
                "house-dana-k-ruiz"
            ),
            (
                "Tomas Varga met the President of the Republic Ivo Brandt in Lakeport.", "ivo-brandt",
                "republic-ivo-brandt"
            ),
        ]
        for (sentence, name, glued) in cases {
            let persons = RuleProbe.ids(resolve(sentence), .person)
            #expect(persons.contains(name) && !persons.contains(glued), "\(sentence): \(persons)")
        }
    }

    @Test func aThreeWordHolderAfterAOneWordComplementStaysWhole() {
        let r = resolve("Tomas Varga met the Speaker of the Storting Ragnhild Marit Solvik in Lakeport.")
        let persons = RuleProbe.ids(r, .person)
        #expect(persons.contains("ragnhild-marit-solvik"), "\(persons)")
        #expect(!persons.contains("marit-solvik"), "\(persons)")
        let s = resolve("Tomas Varga met the Speaker of the Storting Anna Maria Lindqvist in Lakeport.")
        #expect(RuleProbe.ids(s, .person).contains("anna-maria-lindqvist"), "\(RuleProbe.ids(s, .person))")
    }

    @Test func dottedInitialsAfterAComplementOpenTheHolder() {
        let r = resolve("Tomas Varga met the Leader of Opposition R.K. Amberly in Lakeport.")
        let persons = RuleProbe.ids(r, .person)
        #expect(persons.contains("r-k-amberly") && !persons.contains("opposition-r-k-amberly"), "\(persons)")
    }

    @Test func portfolioTitlesAndUnsureComplementsDoNotChange() {
        // Counterexamples: a portfolio is part of the title; without "the" a name-like complement
        // leaves the cut unsure; after "the" a given name opens a body named after a person.
        let cases: [(String, String)] = [
            ("Tomas Varga met Minister of Foreign Affairs Arvo Lindqvist in Lakeport.", "arvo-lindqvist"),
            ("Tomas Varga met the Secretary of State Mara Olsen in Lakeport.", "mara-olsen"),
        ]
        for (sentence, name) in cases {
            let persons = RuleProbe.ids(resolve(sentence), .person)
            #expect(persons == ["tomas-varga", name], "\(sentence): \(persons)")
        }
        let r = resolve("Tomas Varga met the Governor of Vexmoor Tarvo Peter Lindqvist in Lakeport.")
        #expect(!RuleProbe.ids(r, .person).contains("peter-lindqvist"), "\(RuleProbe.ids(r, .person))")
        let s = resolve("He met the chair of the Anna Lind Trust on Monday.")
        #expect(!RuleProbe.ids(s, .person).contains("lind-trust"), "\(RuleProbe.ids(s, .person))")
    }

    @Test func aHolderAfterABodyMayHaveAMiddleInitialOrAStopwordGivenName() {
        let r = resolve("Tomas Varga met the Speaker of the National Assembly Dana K. Ruiz in Lakeport.")
        #expect(RuleProbe.ids(r, .person).contains("dana-k-ruiz"), "\(RuleProbe.ids(r, .person))")
        #expect(RuleProbe.ids(r, .organization) == ["national-assembly"], "\(RuleProbe.ids(r, .organization))")
        let s = resolve("Tomas Varga met the Speaker of the National Assembly Per Halvorsen in Lakeport.")
        #expect(RuleProbe.ids(s, .person).contains("per-halvorsen"), "\(RuleProbe.ids(s, .person))")
        #expect(RuleProbe.ids(s, .organization) == ["national-assembly"], "\(RuleProbe.ids(s, .organization))")
    }
}
