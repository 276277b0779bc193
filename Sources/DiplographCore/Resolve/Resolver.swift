/// Finds and resolves the entity mentions of one article. Pure: safe to run on many articles at
/// once.
///
/// The rules, in the order they apply inside each capitalised sequence of a sentence:
///
/// 1. Organisation and place cue words ("… Academy of Social Sciences", "… State Guesthouse")
///    make the sequence an organisation or a place; "X of the Y" with an organisation Y names Y
///    ("Political Bureau of the Communist Party …"); an organisation made only of generic words
///    ("Foreign Ministry") needs a country ("China's Foreign Ministry" → Chinese Foreign Ministry).
/// 2. Alias table names, aliases and demonyms, longest match first; a demonym or possessive
///    country before a title gives the person after it an affiliation ("Chinese Foreign
///    Minister Wang Yi").
/// 3. Titles ("Vice Foreign Minister", "Premier") are not entities: they type the name after
///    them as a person and give it a role.
/// 4. Other runs of capitalised words are people when a title precedes them, an appositive or a
///    speech verb follows them, or they have the shape of a Korean or Chinese name; places after
///    "in"/"at"; otherwise nothing.
/// 5. A single capitalised word is a back-reference to a person of the article by family name
///    (Korean, Chinese) or last name (others): "Choe", "Premier Li"; two candidates leave it
///    unresolved with a warning. "Full Name (ACR)" teaches an acronym; an unknown acronym is a
///    provisional organisation; "in Gyeongju" is a place.
///
/// In the headline only table names, back-references and names also found in the body count.
///
/// Each rule family has its own file: `ArticleResolver+Segmentation` (the order above),
/// `+Cues` (1), `+Titles` (3, and the appositives of 4), `+Runs` (4), `+Readings` (a table
/// name read by its context) and `+Resolution` (5).
public struct Resolver: Sendable {
    /// The alias table names are matched against.
    public let table: AliasTable
    let index: AliasIndex

    /// A resolver over `table` (indexes it once: build one and share it).
    public init(table: AliasTable) {
        self.table = table
        self.index = AliasIndex(table: table)
    }

    /// The entity mentions of `article`, sentence by sentence, with the article's entities
    /// (table entries and discovered names), acronyms it defines and its diagnostics. The
    /// sentences' tokens travel with the result for the meeting patterns.
    ///
    /// - Parameter meter: counts the name tokens made.
    /// - Complexity: O(n) in the article's bytes, one table probe per token of a capitalised
    ///   span (longest match first).
    public func resolve(_ article: Article, sentences: [Sentence], meter: WorkMeter? = nil) -> ResolvedArticle {
        var work = ArticleResolver(article: article, sentences: sentences, index: index)
        var resolved = work.run()
        resolved.datelinePlace = work.datelinePlace(of: resolved)
        resolved.venueTowns = work.venueTowns(of: resolved)
        resolved.capitals = work.capitals(of: resolved)
        resolved.hostCapitals = work.hostCapitals(of: resolved)
        resolved.affiliationNames = work.affiliationNames(of: resolved)
        meter?.count.tokens += work.tokens.count
        return resolved
    }
}

/// One article's resolution state.
///
/// Kept to a few words: a rule (a non-mutating method) called from a mutating one works on a
/// copy of `self`, so what the rules only read sits behind references (`Source`, `AliasIndex`).
struct ArticleResolver {
    /// The article and its sentences, read only.
    final class Source {
        let article: Article
        let sentences: [Sentence]

        init(article: Article, sentences: [Sentence]) {
            self.article = article
            self.sentences = sentences
        }
    }

    let source: Source
    var article: Article { source.article }
    var sentences: [Sentence] { source.sentences }
    let index: AliasIndex
    let text: [UInt8]
    var tokens: [NameToken] = []
    /// Token range of each sentence.
    var sentenceTokens: [Range<Int>] = []
    var items: [Item] = []

    init(article: Article, sentences: [Sentence], index: AliasIndex) {
        self.source = Source(article: article, sentences: sentences)
        self.index = index
        self.text = article.text
    }

    /// What a piece of a sentence turned out to be, before back-references are resolved.
    struct Item {
        enum Kind {
            /// An alias table entry (`demonym`: matched through a demonym).
            case table(entry: Int, demonym: Bool)
            /// A discovered entity with its id and canonical name.
            case discovered(type: EntityType, id: String, name: String)
            /// One capitalised word to resolve later (back-reference, acronym, place).
            case single
            /// Several name words without evidence: a person of the article if one has this id,
            /// else its words are resolved one by one (the `.single` items that follow, which
            /// carry `partOf`).
            case pendingRun(id: String)
        }
        var kind: Kind
        /// Token range.
        var first: Int
        var end: Int
        var sentence: Int
        var headline: Bool
        /// Role title from the context ("Foreign Minister"), if it names an office.
        var role: String?
        /// A title precedes the word (office or not).
        var titled: Bool = false
        var affiliation: String?
        /// Preceded by "in", "at" …
        var placePreposition: Bool = false
        var sentenceInitial: Bool = false
        /// Country qualifying a generic organisation ("China's Foreign Ministry").
        var qualifier: String?
        /// Index of the `.pendingRun` item this word belongs to.
        var partOf: Int?
        /// A description of an office holder ("the Turkish president"), not a spelling of the
        /// name.
        var description = false
    }

    // MARK: - Driver

    mutating func run() -> ResolvedArticle {
        let stream = TokenStream(text: text, sentences: sentences)
        tokens = stream.tokens
        sentenceTokens = stream.sentences
        // About one item per four tokens: reserved once instead of grown by doubling.
        items.reserveCapacity(tokens.count / 4 + 8)
        for (si, range) in sentenceTokens.enumerated() {
            let headline =
                sentences[si].block < article.blocks.count && article.blocks[sentences[si].block].kind == .headline
            segmentSentence(si, range, headline: headline)
        }
        var out = resolveItems()
        out.tokens = stream
        return out
    }

    func isNameToken(_ t: NameToken) -> Bool {
        (t.isCap || t.flags.contains(.caseless)) && !Lexicon.calendar.contains(t.key)
    }
}
