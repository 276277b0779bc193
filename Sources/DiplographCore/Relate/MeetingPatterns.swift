/// The word lists of the meeting patterns.
enum MeetingLexicon {
    /// Nouns that name a meeting.
    static let meetingNouns: WordKeys = [
        "meeting", "meetings", "talks", "summit", "summits", "discussions", "discussion", "consultations",
        "call", "calls", "conversation", "conversations", "videoconference", "tête-à-tête", "encounter", "audience",
    ]
    /// Verbs that report a meeting with the words that must follow them before the person:
    /// "sat down with", "shook hands with", "conferred with".
    static let withPhrases: KeyMap<[Word]> = {
        let phrases: KeyValuePairs<String, [Word]> = [
            "sat": ["down", "with"], "sits": ["down", "with"], "shook": ["hands", "with"], "shakes": ["hands", "with"],
            "conferred": ["with"], "confers": ["with"], "huddled": ["with"], "negotiated": ["with"], "dined": ["with"],
        ]
        var map = KeyMap<[Word]>()
        for (w, tail) in phrases { map[Word.key(w)] = tail }
        return map
    }()
    /// The verbs of `withPhrases`.
    static let withPhraseVerbs: WordKeys = [
        "sat", "sits", "shook", "shakes", "conferred", "confers", "huddled", "negotiated", "dined",
    ]
    /// Verbs of discussing: "X discussed with Y", "X and Y discussed …" (with no one, a subject of
    /// two or more people).
    static let discussVerbs: WordKeys = ["discussed", "discusses", "discuss"]
    /// "X called on Y" (a courtesy call), unless "… to …" follows: "called on Y to resign".
    static let calledVerbs: WordKeys = ["called", "calls"]
    /// What "paid" pays that is a meeting: "paid a courtesy call on", "paid introductory calls on",
    /// "paid a visit to".
    static let paidObjects: WordKeys = ["call", "calls", "visit", "visits"]
    /// Time words of an adverbial between a subject and its verb: "X on Sunday held talks",
    /// "X this morning met", "X on January 30 called on".
    static let timeWords: WordKeys = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "morning", "afternoon",
        "evening", "night", "week", "weekend", "month", "today", "tonight", "yesterday",
    ]
    /// Heads of a definite description that names one office holder: "the president received",
    /// "met the prime minister".
    static let roleHeads: WordKeys = [
        "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "prince", "ambassador",
        "secretary", "envoy", "governor", "mayor", "speaker", "pope",
    ]
    /// Modifiers a role description may carry before its head.
    static let roleModifiers: WordKeys = [
        "foreign", "prime", "vice", "deputy", "crown", "defence", "defense", "finance", "interior", "trade", "state",
        "first", "chief", "general", "executive", "senior",
    ]
    /// Ranks that make a different office of the same head: "Deputy Prime Minister".
    /// Also "former": a past office (`PersonDatedRoles`) leads nothing and fits no description of
    /// a holder that lacks the word.
    static let rankWords: Set<String> = [
        "deputy", "vice", "acting", "assistant", "state", "first", "senior", "under", "former",
    ]
    static let weekdayWords: WordKeys = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Words that open a time adverbial before its time words.
    static let timeOpeners: WordKeys = ["on", "this", "last", "early", "late", "earlier", "later"]
    /// The patterns a word may start, as `MeetingMatcher.findings` tries them.
    struct Trigger: OptionSet, Sendable {
        let rawValue: UInt16
        static let meet = Trigger(rawValue: 1), hold = Trigger(rawValue: 2), speak = Trigger(rawValue: 4)
        static let exchange = Trigger(rawValue: 8), host = Trigger(rawValue: 16), told = Trigger(rawValue: 32)
        static let invite = Trigger(rawValue: 64), noun = Trigger(rawValue: 128), with = Trigger(rawValue: 256)
        static let paid = Trigger(rawValue: 512), discuss = Trigger(rawValue: 1024), called = Trigger(rawValue: 2048)
    }
    /// Every word that may start a pattern, with the patterns: one hash lookup per word
    /// instead of one per word list.
    static let triggers: KeyMap<Trigger> = {
        var out = KeyMap<Trigger>()
        let lists: [(WordKeys, Trigger)] = [
            (meetVerbs, .meet), (holdVerbs, .hold), (speakVerbs, .speak), (exchangeVerbs, .exchange),
            (hostVerbs, .host), (toldVerbs, .told), (inviteVerbs, .invite), (meetingNouns, .noun),
            (withPhraseVerbs, .with), (["paid", "pays", "paying"], .paid), (discussVerbs, .discuss),
            (calledVerbs, .called),
        ]
        for (words, t) in lists { for k in words.keys { out[k] = (out[k] ?? []).union(t) } }
        return out
    }()
    /// Words that make a meeting noun or verb a remote one.
    static let phoneWords: WordKeys = [
        "phone", "telephone", "video", "videoconference", "call", "calls", "virtual", "telephonic",
    ]
    /// Verbs "X VERB Y" that report a held meeting when Y is a person.
    static let meetVerbs: WordKeys = ["met", "meets", "meet"]
    static let hostVerbs: WordKeys = [
        "welcomed", "welcomes", "welcome", "received", "receives", "receive", "hosted", "hosts", "host",
        "greeted", "greets", "greet", "visited", "visits", "visit",
    ]
    static let holdVerbs: WordKeys = [
        "held", "holds", "hold", "holding", "had", "has", "have", "conducted", "conducts", "conduct", "chaired",
        "chairs",
        "co-chaired", "made", "makes", "make", "engaged", "engages",
    ]
    /// Present-tense forms of the meeting verbs ("X holds talks with Y" in running text).
    static let presentVerbs: WordKeys = [
        "meets", "holds", "hosts", "receives", "welcomes", "talks", "speaks", "visits", "discusses", "confers", "sits",
        "chairs", "conducts", "greets",
    ]
    /// Verbs whose subject takes part in the meeting they govern: "X told a meeting with Y",
    /// "X attended talks with Y", "X concluded talks with Y", "X hosted a trilateral meeting with
    /// Y and Z".
    static let meetingFrameVerbs: WordKeys = [
        "told", "attended", "attends", "concluded", "concludes", "began", "begun", "begins", "started", "starts",
        "commenced", "opened", "ended", "joined", "joins", "addressed", "hosted", "hosts",
    ]
    static let speakVerbs: WordKeys = ["spoke", "speaks", "speak", "spoken", "talked", "talks", "talk"]
    /// The forms of "talk" (of `speakVerbs`, and "talking").
    static let talkVerbs: WordKeys = ["talked", "talks", "talk", "talking"]
    static let exchangeVerbs: WordKeys = ["exchanged", "exchanges", "exchange"]
    static let exchangeObjects: WordKeys = ["views", "opinions", "ideas", "greetings", "notes", "thoughts"]
    /// "X told Y": evidence for a meeting of the pair, a meeting by itself only in a framed one
    /// ("at the meeting, X thanked his counterpart Y": dev articles cdd7198f0ee1e461 and
    /// fe63daf4ad2fe598, two outlets; "thanked" only after its frame, `MeetingMatcher.findings`).
    static let toldVerbs: WordKeys = ["told", "tells", "tell", "assured", "briefed", "urged", "thanked"]
    static let inviteVerbs: WordKeys = ["invited", "invites", "invite", "inviting"]

    /// Words between a subject and its verb that say the meeting has not happened (yet).
    static let plannedWords: WordKeys = [
        "will", "would", "may", "might", "could", "shall", "should", "to", "expected", "scheduled", "set", "due",
        "plans", "planned", "plan", "planning", "hopes", "hope", "hoping", "wants", "want", "aims", "aim", "intends",
        "seeks", "agreed", "proposed", "likely", "possibly", "going", "'ll", "wishes", "wish",
    ]
    /// Words that deny the meeting altogether.
    static let negativeWords: WordKeys = [
        "not", "never", "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "cannot",
        "can't", "declined", "refused", "failed", "yet", "no", "nor", "without", "neither", "cancelled", "canceled",
        "postponed", "refuses", "declines", "declining", "refusing", "avoided", "snubbed", "rejected", "unable",
    ]
    /// Other words allowed between a subject and its verb.
    static let auxiliaryWords: WordKeys = [
        "also", "then", "later", "had", "has", "have", "again", "first", "last", "once", "both", "all", "each",
        "twice", "today", "yesterday", "is", "was", "are", "were", "be", "been", "being", "did", "does", "do",
        "finally", "previously", "earlier", "recently", "subsequently", "separately", "briefly", "jointly",
        "personally", "formally", "officially", "warmly", "cordially", "reportedly", "eventually", "already",
        "just", "together", "too",
    ]
    /// Modifiers of a meeting noun that make it a plan.
    static let plannedModifiers: WordKeys = [
        "possible", "potential", "proposed", "planned", "upcoming", "expected", "prospective", "future", "next",
        "likely", "mooted", "rumored", "rumoured", "forthcoming", "impending", "hoped-for", "would-be", "prospect",
        "speculation", "invitation", "invite", "plans", "plan", "hopes", "calls", "push",
    ]
    /// Modifiers of a meeting noun that deny it.
    static let negativeModifiers: WordKeys = [
        "no", "cancelled", "canceled", "postponed", "scrapped", "aborted", "failed", "without",
    ]
    /// Words following the participants that make a nominal meeting a plan ("… is expected").
    static let plannedAfter: WordKeys = [
        "will", "would", "may", "might", "could", "is", "expected", "planned", "scheduled", "set", "due", "slated",
        "likely", "possible",
    ]
    /// Forms of address before a name that do not title it: "Ms", "Dr".
    static let addressWords: WordKeys = ["mr", "ms", "mrs", "dr", "prof"]
    /// Lowercase words that may stand between a verb and its person object (titles, roles).
    static let titleWords: WordKeys = [
        "the", "of", "for", "his", "her", "their", "its", "top", "chief", "senior", "foreign", "minister",
        "ministers", "vice", "deputy", "first", "prime", "president", "premier", "chairman", "chairwoman", "leader",
        "secretary", "general", "state", "envoy", "special", "representative", "ambassador", "diplomat",
        "counterpart", "counterparts", "presidents", "leaders", "ambassadors", "envoys", "premiers", "official",
        "spokesman", "spokeswoman", "spokesperson", "head", "new", "former", "visiting",
        "supreme", "affairs", "party", "committee", "central", "defense", "defence", "council", "member", "assembly",
        "national", "people", "standing", "political", "bureau", "politburo", "communist", "commander", "military",
        "director", "adviser", "advisor", "security", "mr", "ms", "mrs", "dr", "king", "queen", "prince", "crown",
        "emperor", "pope", "lawmaker", "senator", "governor", "mayor", "chancellor", "incoming", "outgoing", "acting",
        "veteran", "powerful", "influential", "finance", "trade", "economy", "interior", "unification",
        "director-general", "elect", "designate",
        "secretary-general", "premier", "executive", "union", "foreign-policy", "policy", "chief", "counsellor",
        "councillor", "delegate", "negotiator", "nuclear", "army", "navy", "air", "force", "lieutenant", "colonel",
        "marshal", "comrade", "madam", "sir", "leadership", "ruling", "republic", "democratic", "korea", "korean",
        "china", "chinese", "russia", "russian", "north", "south", "japanese", "american", "us", "u.s",
    ]
    /// Words that close the clause of a meeting after its trigger (dates and places after them
    /// belong to something else).
    static let clauseCuts: WordKeys = [
        "according", "reported", "reports", "said", "says", "added", "adding", "announced", "as", "while",
        "whereas", "where", "after", "before", "following", "ahead", "since", "when", "marking", "amid", "but",
        "which", "that", "because", "although", "though", "whose", "stated", "noted", "citing", "quoted",
        "told", "wrote", "arrived", "arriving", "left", "leaving", "returned", "returning", "departed", "until",
    ]
    /// Verbs of an infinitive of purpose after a meeting clause ("… to discuss …"): dates and
    /// places after them belong to what is discussed.
    static let purposeVerbs: WordKeys = [
        "discuss", "prepare", "review", "plan", "coordinate", "explore", "seek", "push", "promote", "negotiate",
        "sign", "finalize", "finalise", "address", "talk", "consider", "examine", "follow", "pave", "lay", "mark",
        "celebrate", "launch", "strengthen", "deepen", "expand", "boost", "advance", "resolve", "ease", "build",
    ]
    /// Verbs of reporting: a date or place before the subject separated from it by one of these
    /// belongs to the report, not to the meeting.
    static let reportingWords: WordKeys = [
        "reported", "reports", "said", "says", "announced", "stated", "noted", "confirmed", "wrote", "according",
        "told", "published", "broadcast", "claimed",
    ]
    /// "is / was … meeting" (a verb use of "meeting").
    static let copulas: WordKeys = ["is", "was", "are", "were"]
    /// "during / at / in the meeting": a meeting framing the sentence.
    static let framingWords: WordKeys = ["during", "at", "in"]
    /// Words between "The meeting" and "included …".
    static let relativeWords: WordKeys = ["which", "that", "also", "was", "were", "is", "has", "had", "been"]
    /// Words before a meeting noun that turn it into a plan: "speculation about a summit".
    static let plannedCues: WordKeys = [
        "speculation", "possibility", "prospect", "prospects", "plans", "plan", "hopes",
        "rumors", "rumours", "proposal", "proposed", "invitation", "whether", "preparations",
        "push", "pushing", "seeking", "seeks", "sought", "arrange", "arranging", "expected", "precedes",
    ]
    static let pronounsSubject: WordKeys = ["she", "he"]
    /// Words that may join the topic of a discussion before its "with": "ways *to* deepen trade
    /// *and* investment *in* the region *with* Y".
    static let topicLinks: WordKeys = ["to", "of", "in", "for", "and", "on"]
    /// Nouns whose "with" names a partner of a relation, not of a discussion: "discussed
    /// relations with Y".
    static let relationNouns: WordKeys = [
        "relations", "relation", "ties", "relationship", "relationships", "cooperation", "partnership", "friendship",
        "contacts", "links", "dealings", "agreement", "deal", "deals", "trade", "talks", "meeting", "meetings",
        "negotiations", "dialogue", "engagement", "alliance", "conflict", "dispute", "disputes", "war", "rivalry",
    ]
    /// Plural nouns of "the two ministers met", "the two leaders held talks".
    static let pairNouns: WordKeys = [
        "ministers", "leaders", "men", "women", "officials", "diplomats", "presidents", "envoys", "sides",
        "premiers", "counterparts", "heads", "delegations", "chiefs", "negotiators",
    ]
    static let pronounsPossessive: WordKeys = ["her", "his"]
    /// Companions who come along to a meeting without being a party to it: "X and his wife
    /// received Y".
    static let companionNouns: WordKeys = ["wife", "husband", "spouse", "delegation", "entourage"]
    static let determiners: WordKeys = ["the", "this", "that", "a", "an", "these", "those", "its"]
    /// Words that report one more meeting of the same visit or day.
    static let sequelWords: WordKeys = ["also", "separately", "later", "subsequently", "afterwards"]
    static let framePrepositions: WordKeys = [
        "during", "at", "in", "after", "following", "on", "before", "ahead", "while", "when",
    ]
    static let includeVerbs: WordKeys = [
        "included", "includes", "involved", "involves", "including", "featured", "joined", "attended",
    ]
    /// Words that end the modifiers of a meeting noun when scanning back for its owner.
    static let modifierStops: WordKeys = [
        "and", "or", "but", "with", "between", "by", "from", "for", "of", "to", "in", "at", "on", "as", "that",
        "which", "who", "said", "says", "say", "could", "would", "will", "may", "might", "can", "should", "they",
        "we", "he", "she", "it", "is", "was", "are", "were", "be", "been", "has", "have", "had", "held", "hold",
        "holds", "holding", "resume", "resumed", "during", "after", "before", "following", "about", "over",
        "whether", "if", "than", "then", "also", "not", "no", "called", "calling", "described", "follows",
        "followed", "set", "include", "included", "includes", "including", "while", "when", "where",
    ]
}
