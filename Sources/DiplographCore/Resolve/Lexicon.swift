/// Word lists the resolver's rules use, as sets of normalised token keys.
///
/// These are language facts (cue words, titles, family names), not names of particular
/// people: public figures live in the alias table, everybody else is found by rules.
enum Lexicon {
    static func set(_ words: String) -> KeySet {
        KeySet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { NameTokenizer.key(String($0)) })
    }

    /// Words that make a capitalised sequence an organisation ("… Academy of Social Sciences").
    static let orgCues = set(
        """
        ministry ministries agency academy administration assembly party committee council commission bank university
        institute institution association organization organisation union forum office department daily times news
        corporation corp co company group federation fund foundation service services command army navy court
        parliament congress senate cabinet government secretariat society league alliance network broadcasting
        television radio press post journal herald tribune telegraph gazette chronicle college school bureau
        embassy consulate ltd inc llc plc holdings airlines airways motors electronics coalition front authority
        board commissariat guard presidium politburo legislature duma knesset diet mfa centre center forces
        unit directorate division movement chamber community industries enterprises petroleum telecom bloc force
        police
        """)

    /// Words that make a capitalised sequence a place ("Diaoyutai State Guesthouse").
    static let placeCues = set(
        """
        guesthouse palace hall square airport province island islands sea strait peninsula mountain mountains mount
        river street avenue road bridge port harbor harbour bay gulf lake valley desert county district region
        prefecture city park plaza stadium tower building zone village base canal coast oblast krai ocean plateau
        hotel shrine cemetery tomb villa fort temple mosque cathedral cosmodrome spaceport headquarters dam prison
        monument mausoleum
        """)

    /// Words that make a capitalised sequence an event or a document, never one of our four
    /// entity types ("World War II", "Global Governance Initiative").
    /// Adherents of a faith or a branch of one: "Sunni Muslims", "the Shia Muslim majority" are
    /// groups, not a person's name. "Christian", a given name ("Christian Berg"), is not listed.
    static let faithWords = set(
        """
        muslim muslims sunni sunnis shia shias shiite shiites shi'ite shi'ites alawite alawites druze christians
        catholic catholics protestant protestants evangelical evangelicals copt copts coptic buddhist buddhists
        hindu hindus sikh sikhs jew jews jewish
        """)

    static let eventWords = set(
        """
        war wars games olympics cup championship festival expo summit conference crisis revolution initiative
        agreement treaty accord act declaration protocol program programme plan strategy doctrine award prize
        day week year anniversary session talks dialogue pandemic thought statement communique
        """)

    /// Generic words: an organisation made only of these and cue words ("Foreign Ministry",
    /// "Central Committee") needs a country to qualify it.
    static let genericOrgWords = set(
        """
        foreign defense defence interior finance trade commerce justice health education central political affairs
        state security communist ruling standing permanent home economic economy mfa armed
        """)

    /// Last words of a title ("Vice Foreign *Minister*").
    static let titleHeads = set(
        """
        minister premier president chairman chairwoman chairperson secretary ambassador envoy spokesman spokeswoman
        spokesperson chancellor king queen emir prince princess sheikh sultan governor mayor director commissioner
        senator leader adviser advisor counselor counsellor consul diplomat general admiral commander colonel
        marshal pope ayatollah lawmaker official chief head fm pm mr ms mrs dr prof professor scholar expert analyst
        researcher fellow correspondent reporter editor counterpart economist historian representative delegate
        speaker rector sir dame lord lady hon honourable honorable excellency majesty highness datuk dato seri
        madame madam mme sayyid
        legislator councilor councillor candidate challenger nominee founder aide justice congressman congresswoman
        assemblyman assemblywoman wife husband spouse son daughter brother sister ceo chair archbishop patriarch
        counterparts legislators lawmakers ministers presidents ambassadors senators envoys premiers
        lt gen col maj capt sgt adm sen rep gov undersecretary taoiseach tanaiste
        """)

    /// Heads that name an office: these become roles ("Foreign Minister").
    static let officeHeads = set(
        """
        minister premier president chairman chairwoman chairperson secretary ambassador envoy spokesman spokeswoman
        spokesperson chancellor king queen emir prince princess sheikh sultan governor mayor director commissioner
        senator general admiral commander consul fm pm representative speaker rector archbishop patriarch
        taoiseach tanaiste
        """)

    /// Words that may precede a title head inside a title ("*Vice Foreign* Minister").
    static let titleModifiers = set(
        """
        vice deputy foreign prime first second senior chief state top defense defence finance trade interior home
        economy economic energy health justice education commerce industry agriculture unification security
        national special supreme crown general executive assistant acting former ex permanent grand party
        international affairs affair managing presidential cabinet majority minority
        """)

    /// Ranks that open a title ("*Deputy* Chairman", "*Vice* President"), unlike portfolio words
    /// that may end a body's name after "and" ("Ministry of Foreign Affairs and Trade").
    static let rankWords = set("deputy vice first senior chief acting special former executive assistant")

    /// Person-name particles that may sit between capitalised name words ("bin", "de").
    static let nameParticles = set("de da del della di du van von der den al el bin ibn la le dos das")

    /// Lowercase words joining parts of an organisation name.
    static let of = NameTokenizer.key("of")
    static let the = NameTokenizer.key("the")
    static let forKey = NameTokenizer.key("for")
    static let to = NameTokenizer.key("to")
    static let and = NameTokenizer.key("and")
    static let on = NameTokenizer.key("on")
    static let inKey = NameTokenizer.key("in")

    /// Capitalised words that never start a name: function words, pronouns, generic plurals.
    static let stopwords = set(
        """
        the a an this that these those his her its their our my your in on at for with by from to of and or but as
        if when while during after before amid according since until under over about into through although though
        because however meanwhile also still yet some many most more all both each every other another such no not
        it he she they we i you there here what which who whom whose why how where analysts officials observers
        experts critics sources diplomats leaders today yesterday tomorrow earlier later currently recently last next
        first second new old please share photo video read click updated published copyright advertisement related
        top home world english korean latest breaking exclusive opinion analysis editorial watch listen subscribe
        follow sign log menu search comments state global western eastern northern southern asian european african
        even only just so then thus now once again yes nor let mr ms mrs dr like unlike despite beyond among against
        following regarding concerning given considering including except via per
        """)

    /// Function words: capitalised inside a span (headline case) they start a new span.
    static let functionWords = set(
        """
        the a an in on at for with by from to of and or but as if when while during after before amid according since
        until under over about into through against his her its their this that these those is are was were be will
        """)

    /// Weekdays and months: they break a capitalised sequence and are never names.
    static let calendar = set(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
        september october november december jan feb mar apr jun jul aug sep sept oct nov dec
        """)

    /// Verbs that make the capitalised sequence before them a speaking or meeting person.
    static let speechVerbs = set(
        """
        said says told tells noted notes added adds stated wrote writes asked asks urged urges stressed stresses
        emphasized emphasised warned warns argued argues explained explains believes thinks announced replied
        insisted suggested commented observed echoed described welcomed met meets visited expressed conveyed
        reiterated pledged vowed accused denied praised criticized criticised called
        received receives hosted talked spoke speaks phoned telephoned greeted thanked congratulated
        """)

    /// Nouns that make ", an international affairs *expert* at …" an appositive about a person.
    static let appositiveNouns = set(
        """
        expert scholar analyst researcher professor fellow ambassador envoy minister spokesman spokeswoman
        spokesperson president premier chairman director head chief leader official diplomat secretary adviser
        advisor lawmaker senator governor mayor member correspondent editor reporter commander general consul
        counselor counsellor deputy economist historian author founder ceo king queen emir prince
        specialist strategist commentator negotiator representative officer lecturer academic scientist
        journalist columnist aide consultant lawyer attorney legislator politician activist executive speaker
        """)

    /// Prepositions after which a capital is the city, not its government ("flew to Moscow",
    /// "relief for Moscow" is the government, but "for" is kept here: it is more often a place).
    static let motionPrepositions = set(
        "to from into toward towards via through near outside inside across around for between")

    /// Nouns after a possessive capital that speak of the city: "Moscow's streets".
    static let cityNouns = set(
        """
        streets street mayor residents resident airport airports metro subway suburbs outskirts skyline centre center
        city downtown districts district streets population citizens hotels hotel parks squares river traffic air
        """)

    /// Verbs and auxiliaries after a capital that make it the government: "Moscow has demanded",
    /// "Tokyo will consider", "Beijing doesn't want".
    static let governmentVerbs = set(
        """
        has have had is was are were will would could should must can may might does did doesn't didn't won't
        wants wanted sees saw hopes hoped considers considered demands demanded rejects rejected withdrew withdraws
        understands insists insisted maintains maintained remains refuses refused responded responds threatened
        threatens accuses supports supported opposes opposed condemned condemns welcomed welcomes announced
        imposed imposes signed approved agreed agrees plans planned expects expected continues decided launched
        """)

    /// Words before a place ("in Gyeongju").
    static let placePrepositions = set("in at near outside across inside")
    /// Prepositions that make a seat of government the building: "talks at the Kremlin",
    /// "flew to the White House".
    static let venuePrepositions = set("in at near outside inside to from into within")

    /// Lowercase words after a hyphen that make the sequence before them an attribute
    /// ("Communist Party-led", "Beijing-based").
    static let attributiveSuffixes = set(
        """
        led based backed run owned style era made linked born controlled sponsored funded affiliated allied friendly
        related level wide centric bound specific type like aligned leaning dominated brokered mediated
        """)

    /// All-capital words that are not organisation acronyms.
    static let notAcronyms = set(
        """
        ai tv pm am fm fms ceo cfo gdp covid ii iii iv vi vii viii ix xi xii ok usd eur rmb krw jpy dna hiv aids sars
        it id vip ufo phd utc gmt est edt pst kst cst bst by and the of in on at for to with from ny dc la mr ms dr
        st no yes vs etc pdf html url faq rss tass q a
        jst ist aest cet cest msk uss hms photo photos video end update ngo ngos
        """)

    /// Family names written first in Korean and Chinese names.
    static let familyFirst = set(
        """
        kim lee yi park pak choe choi jung jong chung kang cho jo yoon yun jang chang lim im han ri rhee ryu yu hwang
        ahn an song jeon hong ko go moon mun shin sin kwon hyon hyun ju nam oh seo suh noh baek paek ha kwak sung
        cha jeong yang son bae heo yoo jin
        wang li zhang liu chen zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang zheng xie tang feng dong
        xiao cheng cao yuan deng xi fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong
        tian ren qin fan fang shi yao tan liao zou xiong hao kong bai cui mao qiu gu hou shao meng long wan duan lei
        qian yin wen hua geng qi
        nguyen tran le pham hoang vu dang bui do ho ngo duong ly
        """)

    /// Vietnamese family names (of `familyFirst`): the name is written family name first, but the
    /// news refers to the person by the last word, the given name ("Chinh" for Pham Minh Chinh,
    /// "President Thuong", "Son" for Bui Thanh Son), never by a family name that a great part of
    /// the country shares.
    static let givenNameLast = set(
        """
        nguyen tran le pham hoang vu dang bui do ho ngo duong ly
        """)

    /// Consonant onsets and vowel nuclei of Chinese (pinyin) and Korean (McCune–Reischauer and
    /// Revised Romanization) syllables, to recognise given names such as "Weidong" or "Myong-ho".
    static let onsets: [String] = [
        "zh", "ch", "sh", "th", "ph", "ng", "nh", "kh", "gi", "tr", "kk", "tt", "pp", "ss", "jj", "ts", "b", "p", "m",
        "f", "d", "t", "n", "l",
        "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "",
    ]
    static let nuclei: [String] = [
        "iao", "uai", "yeo", "wae", "yae", "ae", "ai", "ao", "ei", "eo", "eu", "ia", "ie", "io", "iu",
        "oe", "oi", "ou", "ua", "ue", "ui", "uo", "ya", "ye", "yo", "yu", "wa", "we", "wi", "wo",
        "a", "e", "i", "o", "u", "v",
    ]
    static let codas: [String] = ["ng", "nh", "ch", "n", "t", "l", "k", "m", "p", "r", ""]

    /// True when `word` (lowercase ASCII) splits into one to three romanised CJK syllables.
    static func isSyllabic(_ word: Substring) -> Bool {
        var w = word
        return w.withUTF8 { isSyllabic($0) }
    }

    /// `isSyllabic` on bytes: no allocation, the word lists as precomputed byte strings.
    static func isSyllabic(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 12, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return syllables(bytes, 0, depth: 0)
    }

    private static let onsetBytes: [[UInt8]] = onsets.map { Array($0.utf8) }
    private static let nucleusBytes: [[UInt8]] = nuclei.map { Array($0.utf8) }
    private static let codaBytes: [[UInt8]] = codas.map { Array($0.utf8) }

    @inline(__always)
    private static func starts(_ s: UnsafeBufferPointer<UInt8>, _ at: Int, _ p: [UInt8]) -> Bool {
        guard at + p.count <= s.count else { return false }
        for k in 0..<p.count where s[at + k] != p[k] { return false }
        return true
    }

    private static func syllables(_ s: UnsafeBufferPointer<UInt8>, _ at: Int, depth: Int) -> Bool {
        if at == s.count { return depth > 0 }
        if depth >= 3 { return false }
        for o in onsetBytes where starts(s, at, o) {
            let afterOnset = at + o.count
            for n in nucleusBytes where starts(s, afterOnset, n) {
                let afterNucleus = afterOnset + n.count
                for c in codaBytes where starts(s, afterNucleus, c) {
                    if syllables(s, afterNucleus + c.count, depth: depth + 1) { return true }
                }
            }
        }
        return false
    }
}
