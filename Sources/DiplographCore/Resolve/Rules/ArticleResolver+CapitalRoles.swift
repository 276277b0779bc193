/// A capital whose role in the clause is a state's stands for its government (a reading of
/// `actsAsGovernment`, beside the possessive, the speaking subject and `capitalPair`):
///
/// - the object of a relation or of state action, right after its noun and a preposition: "ties
///   with Vexmoor", "the summit with Tokyo", "aid to Kyiv", "provocations by Baku", "sanctions
///   against Moscow", "support from Seoul";
/// - the agent of a state's act in the passive: "sanctions imposed by Moscow", "backed by Tehran";
/// - the partner a state is said to be: "a staunch supporter of Seoul", "an ally of Beijing";
/// - the object of a verb that only a state undergoes: "vowed to punish Vexmoor", "the treaty
///   gave Vexmoor more freedom", "urged Tarsk to".
///
/// Motion and location stay with the city: "flew to Kyiv", "the strike on Kyiv", "talks in
/// Tokyo", "the mayor of Seoul", "flights from Seoul", "visited Kyiv", "left Tokyo".
extension ArticleResolver {
    /// Nouns of relations between states and of what one state does to another.
    static let stateActionNouns = Lexicon.set(
        relationWords
            + """
             summit summits aid assistance support backing sanctions provocations provocation aggression hostility
            pressure concessions overtures ultimatum demands relief engagement accusations accusation commitments
            commitment rebuke criticism credit
            """)
    /// Prepositions that join such a noun to the state it concerns.
    static let statePrepositions = Lexicon.set("with to by against for from toward towards")
    /// Participles whose agent is a state: "imposed by Moscow".
    static let stateParticiples = Lexicon.set(
        """
        imposed backed supported sponsored funded financed recognized recognised criticized criticised condemned
        accused rejected proposed demanded pressured blamed
        """)
    /// Nouns for a state's standing towards another: "a supporter of Seoul".
    static let partnerNouns = Lexicon.set(
        """
        ally allies partner partners supporter supporters backer backers critic critics rival rivals adversary
        adversaries enemy enemies
        """)
    /// Verbs whose object is a state, not a city: "punish Vexmoor", "allows Vexmoor".
    static let stateObjectVerbs = Lexicon.set(
        """
        punish punished punishing allow allows allowed allowing give gives gave given giving urge urges urged
        urging warn warns warned warning pressure pressured pressuring blame blames blamed thank thanks thanked
        sanction sanctioned reassure reassured recognise recognised recognize recognized recognizing recognising
        """)
    static let by = NameTokenizer.key("by")
    /// Adverbs between a capital and its verb: "Vexmoor also believes".
    static let clauseAdverbs = Lexicon.set("also now still reportedly repeatedly already again firmly")

    /// The capital at `i` is the object, agent or partner of a state's act (see above).
    func capitalInStateRole(_ i: Int, sentenceStart: Int) -> Bool {
        if i >= sentenceStart + 1, tokens[i].gap == .space, tokens[i - 1].isLower,
            Self.stateObjectVerbs.contains(tokens[i - 1].key)
        {
            return true
        }
        guard i >= sentenceStart + 2, tokens[i].gap == .space, tokens[i - 1].isLower, tokens[i - 1].gap == .space,
            tokens[i - 2].isLower
        else { return false }
        let prep = tokens[i - 1].key
        let word = tokens[i - 2].key
        if Self.statePrepositions.contains(prep) && Self.stateActionNouns.contains(word) { return true }
        if prep == Self.by && Self.stateParticiples.contains(word) { return true }
        return prep == Lexicon.of && Self.partnerNouns.contains(word)
    }
}
