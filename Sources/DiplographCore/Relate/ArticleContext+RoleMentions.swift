/// Rule: a participant named only by title or role is the article's one holder of that role.
///
///     (the | COUNTRY's) [COUNTRY-ADJ | ORG] [MODIFIERS] HEAD [of [the] COUNTRY]
///     "On Thursday, the prime minister met army chief Gen Ana Lind"
///     "President Tomas Berg received the Kestrian PM"
///     "The Kestrian Foreign Minister also met his Norvian counterpart Eva Holm"
///     "Norvia's Vice Premier and Kestria's Deputy Prime Minister met in Port Vela"
///     "The President today met with the Norvian President, Mr Tomas Berg."
///
/// Before any meeting frame runs, such a role mention becomes a mention of the ONE person of the
/// article whose role fits it, so that every frame (subjects, objects, lists, noun frames,
/// pronoun antecedents) reads it as that person. A role fits when it holds the head and every
/// modifier ("pm" is "prime minister", "fm" "foreign minister") and no rank word ("deputy",
/// "vice", "state" …) that the mention lacks, and no "former". When the mention gives a country
/// (or an organisation: "the UN Secretary General"), the person must be affiliated with it, or,
/// when nobody is, affiliated with nothing known.
///
/// A person's roles are those the resolver recorded (titles, appositives, the alias table's
/// roles) and two more the text states plainly: an honorific between a title and the name
/// ("Foreign Minister Datuk Seri Ana Lind": Foreign Minister), and a counterpart ("Prime
/// Minister X received his Norvian counterpart Y": Y is Norvia's prime minister).
///
/// A head may also describe the office: "the monarch", "the Kestrian leader"
/// (`ArticleContext+DescribedOffices.swift`).
///
/// Who: the one fitting person named in the sentences before this one; when none is, the one
/// fitting person of the whole article; of several, the article's protagonist when it fits
/// (`ArticleContext+DescribedOffices.swift`). People the sentence names by name are never the role
/// mention (a report names a person once: "The President met the Norvian President, Tomas Berg"
/// is not Berg meeting himself). Zero or two candidates: no one — never a guess.
///
/// Not a role mention: a title before a name ("the prime minister Ana Lind", "the President,
/// Ana Lind,"), an appositive after a name ("Ana Lind, the prime minister,"), a description with
/// any other word inside ("the former prime minister", "the then president", "the new
/// premier"), "president-elect", an office of something that is no country ("the president of
/// the bank").
extension ArticleContext {
    /// A role mention in a sentence's `MeetingToken`s.
    struct RolePhrase {
        /// The first token ("the" or the possessive country), the head, and the last token (the
        /// head, or "State" of "Secretary of State").
        var first: Int
        var head: Int
        var last: Int
        /// The words the role must hold: the modifiers and the head, lowercased, "pm" spelt out.
        var words: [String]
        /// The country (or organisation) the mention names: its local entity index.
        var country: Int?
    }

    /// Heads of an office a role mention may name.
    static let roleMentionHeads: WordKeys = [
        "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "pm", "fm", "general",
        "taoiseach", "secretary", "prince", "pope",
    ]

    /// Words a role mention may hold before its head.
    static let roleMentionModifiers: WordKeys = [
        "foreign", "prime", "vice", "deputy", "crown", "defence", "defense", "finance", "interior", "trade", "first",
        "secretary", "acting", "senior", "assistant", "state", "executive", "external", "affairs", "home", "justice",
        "economy", "health", "energy", "security", "national",
    ]

    /// Words a role mention may hold that its office need not: "the visiting president".
    static let roleMentionQualifiers: WordKeys = ["visiting", "incumbent", "current", "sitting", "host"]

    /// Forms of address between a title and a name: "Foreign Minister Datuk Seri Ana Lind", and
    /// those the resolver reads as honorifics ("Alhaji", "Mzee": ArticleResolver+Honorifics).
    static let honorifics = WordKeys(
        [
            "datuk", "dato", "seri", "sri", "tan", "tun", "hon", "honourable", "honorable", "rt", "dr", "mr", "ms",
            "mrs", "prof", "gen", "sheikh", "dame", "sir", "excellency",
        ] + ArticleResolver.worldHonorificWords)

    /// Role words that say the office is no longer (or not yet) held.
    private static let pastRoleWords: Set<String> = ["former", "ex", "late", "outgoing", "elect", "then"]

    /// The words a sentence must hold for `roleMentions` to read it: a role mention's head or a
    /// counterpart noun (one probe per token).
    static let roleSentenceWords = KeySet(
        roleMentionHeads.keys + describedHeads.keys + MeetingMatcher.counterpartNouns.keys)

    /// The words of a role text, lowercased, split at spaces and hyphens, "pm" / "fm" spelt out.
    static func roleWords<S: StringProtocol>(_ role: S) -> [String] {
        asciiRoleWords(role.utf8) ?? unicodeRoleWords(role)
    }

    /// `roleWords` on characters: the lowercased text split at spaces and hyphens. The general
    /// path, and the reference the ASCII fast path (`asciiRoleWords`) must agree with.
    static func unicodeRoleWords<S: StringProtocol>(_ role: S) -> [String] {
        var out: [String] = []
        for w in role.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }) {
            switch w {
            case "pm": out += ["prime", "minister"]
            case "fm": out += ["foreign", "minister"]
            default: out.append(String(w))
            }
        }
        return out
    }

    /// `roleWords` of the text `bytes` (UTF-8).
    static func roleWords(bytes: ArraySlice<UInt8>) -> [String] {
        asciiRoleWords(bytes) ?? roleWords(String(decoding: bytes, as: UTF8.self))
    }

    /// `roleWords` of an ASCII text read on its bytes (each byte is one character, lowercasing
    /// maps A-Z only): the same words, without a lowercased copy and a split by characters.
    /// Nil when a byte is not ASCII.
    private static func asciiRoleWords<C: Collection>(_ bytes: C) -> [String]? where C.Element == UInt8 {
        var out: [String] = []
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty else { return }
            if word.count == 2, word[1] == 0x6D, word[0] == 0x70 || word[0] == 0x66 {
                out += [word[0] == 0x70 ? "prime" : "foreign", "minister"]  // "pm", "fm"
            } else {
                out.append(String(decoding: word, as: UTF8.self))
            }
            word.removeAll(keepingCapacity: true)
        }
        for b in bytes {
            guard b < 0x80 else { return nil }
            if b == 0x20 || b == 0x2D {
                flush()
            } else {
                word.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
        }
        flush()
        return out
    }

    /// True when a role whose words are `role` is the office a mention of `words` names.
    static func roleFits(_ role: [String], _ words: [String]) -> Bool {
        !role.contains(where: pastRoleWords.contains)
            && words.allSatisfy({ describedFits(role, $0) ?? role.contains($0) })
            && !role.contains(where: { MeetingLexicon.rankWords.contains($0) && !words.contains($0) })
    }

    /// The role mention whose head is token `j` of `t`, or nil.
    static func rolePhrase(_ t: [MeetingToken], head j: Int, text: [UInt8]) -> RolePhrase? {
        func word(_ i: Int) -> Word? { i >= 0 && i < t.count && t[i].kind == .word ? t[i].word : nil }
        func punct(_ i: Int, _ p: Unicode.Scalar) -> Bool {
            i >= 0 && i < t.count && t[i].kind == .punct && t[i].mark == p
        }
        func affiliation(_ i: Int) -> Bool {
            i >= 0 && i < t.count && t[i].kind == .entity && (t[i].type == .country || t[i].type == .organization)
        }
        func roleWords(_ i: Int) -> [String] {
            var r = t[i].range
            if t[i].possessive {
                r = r.lowerBound..<(r.upperBound - (SentenceTokenizer.trailingPossessive(text, r) ?? 0))
            }
            return Self.roleWords(bytes: text[r])
        }
        /// A name the title at token `n` titles: "the President of Kestria Ana Lind", or one set off
        /// by a comma (after honorifics) and closed by punctuation: "the President, Mr Tomas
        /// Berg." ("After meeting the president, Lind flew home" names the subject.)
        func titlesName(_ n: Int) -> Bool {
            guard n < t.count else { return false }
            guard punct(n, ",") else { return t[n].isPerson }
            var k = n + 1
            while let w = word(k), honorifics.contains(w) { k += 1 }
            var e = k
            while e < t.count, t[e].kind == .word, t[e].capitalized { e += 1 }  // a name left unresolved
            if e == k, k < t.count, t[k].isPerson { e = k + 1 }
            return e > k && (e == t.count || t[e].kind == .punct)
        }
        guard let h = word(j), roleMentionHeads.contains(h) || describedHeads.contains(h) else { return nil }
        var country: Int?
        var last = j
        var words = roleWords(j)
        // What follows the head: no name (then it titles the name), no hyphen ("president-elect"),
        // "of" only before a country ("the Prime Minister of Kestria").
        let n = j + 1
        if !t[j].possessive, n < t.count {
            switch t[n].kind {
            case .entity:
                if t[n].type == .person { return nil }
            case .punct:
                if punct(n, "-") || punct(n, "(") { return nil }
                if titlesName(n) { return nil }
            case .word:
                let w = t[n].word
                if w == "elect" || roleMentionHeads.contains(w) || roleMentionModifiers.contains(w) { return nil }
                if t[n].capitalized, !MeetingLexicon.timeWords.contains(w) {
                    return nil
                }
                if w == "of", h == "secretary", word(n + 1) == "state", !titlesName(n + 2) {
                    // "the Secretary of State"
                    words.append("state")
                    last = n + 1
                } else if w == "of" {
                    let c = word(n + 1) == "the" ? n + 2 : n + 1
                    guard c < t.count, t[c].kind == .entity, t[c].type == .country, !t[c].possessive,
                        !titlesName(c + 1)
                    else { return nil }
                    country = t[c].entity
                }
            }
        }
        // Back over modifiers (a hyphen may join them: "Secretary-General") and one country.
        var k = j - 1
        var countryToken: Int?
        while k >= 0 {
            if let w = word(k), roleMentionModifiers.contains(w), !t[k].possessive {
                words += roleWords(k)
            } else if let w = word(k), roleMentionQualifiers.contains(w), !t[k].possessive {
                // "the visiting Kestrian president"
            } else if punct(k, "-"), word(k - 1).map(roleMentionModifiers.contains) ?? false {
                // joined by a hyphen
            } else if countryToken == nil, affiliation(k), !t[k].possessive {
                countryToken = k
            } else {
                break
            }
            k -= 1
        }
        // "general" heads only "Secretary General", "prince" "Crown Prince", "secretary" a
        // portfolio ("Foreign Secretary", "Secretary of State").
        if h == "general", !words.contains("secretary") { return nil }
        if h == "prince", !words.contains("crown") { return nil }
        if h == "secretary", words.count < 2 { return nil }
        let first: Int
        if word(k) == "the" {
            first = k
        } else if countryToken == nil, affiliation(k), t[k].possessive {
            // "Kestria's prime minister": a possessive country opens the description.
            countryToken = k
            first = k
        } else {
            return nil
        }
        // "Ana Lind, the prime minister, said": an appositive (closed by punctuation or the
        // sentence's end) restates the person before it; "In his talks with Ana Lind, the
        // president said" is no appositive.
        if punct(first - 1, ",") || punct(first - 1, "("), first >= 2, t[first - 2].isPerson,
            j + 1 >= t.count || t[j + 1].kind == .punct
        {
            return nil
        }
        if let c = countryToken { country = t[c].entity }
        // "leader" only alone and of a country before it ("the Kestrian leader", "Kestria's
        // leader"; not "the leader of the Kestrian opposition").
        if h == "leader", words.count > 1 || countryToken == nil { return nil }
        return RolePhrase(first: first, head: j, last: last, words: words, country: country)
    }

    /// The mentions that the article's role mentions make, by sentence (read from the mentions
    /// of `mentionsBySentence`, before they are added to it).
    func roleMentions() -> [[Mention]] {
        var out = [[Mention]](repeating: [], count: mentionsBySentence.count)
        guard r.entities.contains(where: { $0.type == .person }) else { return out }
        // Pass 1: the role mentions of every sentence, and the roles the text gives people.
        var phrases: [(sentence: Int, phrase: RolePhrase, range: Range<Int>, country: String?)] = []
        var extraRoles: [String: [[String]]] = [:]
        var extraCountry: [String: String] = [:]
        let words = Self.roleSentenceWords
        for s in mentionsBySentence.indices where r.sentences[s].range.count <= MeetingExtractor.maxSentenceBytes {
            let keys = stream.tokens[stream.sentences[s]]
            guard keys.contains(where: { words.contains($0.key) }) else { continue }
            let t = tokens(sentence: s)
            var found: [RolePhrase] = []
            for j in t.indices
            where t[j].kind == .word
                && (Self.roleMentionHeads.contains(t[j].word) || Self.describedHeads.contains(t[j].word))
            {
                guard let p = Self.rolePhrase(t, head: j, text: text) else { continue }
                found.append(p)
                let country = p.country.map { r.entities[$0].id }
                phrases.append((s, p, t[p.first].range.lowerBound..<t[p.last].range.upperBound, country))
            }
            for k in t.indices where t[k].isPerson {
                let id = r.entities[t[k].entity].id
                if let role = honorificTitle(t, before: k) { extraRoles[id, default: []].append(role) }
                if let c = titleCountry(t, before: k), r.entities[t[k].entity].affiliation == nil,
                    extraCountry[id] == nil
                {
                    extraCountry[id] = c
                }
                if let (role, country) = counterpartRole(t, person: k, phrases: found) {
                    extraRoles[id, default: []] += role
                    if let c = country, r.entities[t[k].entity].affiliation == nil { extraCountry[id] = c }
                }
            }
        }
        // What the text states goes into the book of offices and sides (`officeRoles`), made
        // when a role mention below or a frame first asks who holds an office.
        statedRoles = extraRoles
        statedCountry = extraCountry
        guard !phrases.isEmpty else { return out }
        // Pass 2: each role mention to its one holder.
        var firstMention: [String: (sentence: Int, entity: Int)] = [:]
        for s in mentionsBySentence.indices {
            for m in mentionsBySentence[s]
            where r.entities[m.entity].type == .person && firstMention[r.entities[m.entity].id] == nil {
                firstMention[r.entities[m.entity].id] = (s, m.entity)
            }
        }
        let firstPerson = mentionsBySentence.lazy.compactMap { ms in
            ms.first { self.r.entities[$0.entity].type == .person }.map { self.r.entities[$0.entity].id }
        }.first
        let rolesByID = officeRoles
        let sideByID = sides
        for (s, p, range, country) in phrases {
            let named = Set(people(inSentence: s).map { r.entities[$0].id })
            let fitting = firstMention.keys.filter { id in
                !named.contains(id) && (rolesByID[id] ?? []).contains { Self.roleFits($0, p.words) }
            }
            var sided = fitting
            if let c = country {
                sided = fitting.filter { sideByID[$0] == c }
                // Someone of no known side only when the article has no holder of that side at all
                // (named in this sentence or not).
                let sideHolder = firstMention.keys.contains { id in
                    sideByID[id] == c && (rolesByID[id] ?? []).contains { Self.roleFits($0, p.words) }
                }
                if !sideHolder { sided = fitting.filter { sideByID[$0] == nil } }
            }
            let before = sided.filter { firstMention[$0]!.sentence < s }
            var pick = before.isEmpty ? sided : before
            if pick.count > 1, let lead = protagonist(among: pick, firstPerson: firstPerson) { pick = [lead] }
            guard pick.count == 1, let who = firstMention[pick[0]] else { continue }
            out[s].append(Mention(entity: who.entity, range: range, sentence: s))
        }
        return out
    }

    /// The role of a title before an honorific before person `k`: "Foreign Minister Datuk Seri"
    /// + name. Nil when no honorific stands between (the resolver read that title).
    private func honorificTitle(_ t: [MeetingToken], before k: Int) -> [String]? {
        var j = k - 1
        while j >= 0,
            t[j].kind == .word ? Self.honorifics.contains(t[j].word) : (t[j].mark == "." || t[j].mark == "'")
        { j -= 1 }
        guard j < k - 1, j >= 0, t[j].kind == .word, Self.roleMentionHeads.contains(t[j].word), t[j].capitalized
        else { return nil }
        var words = Self.roleWords(bytes: text[t[j].range])
        var m = j - 1
        while m >= 0, t[m].kind == .word, t[m].capitalized, Self.roleMentionModifiers.contains(t[m].word) {
            words += Self.roleWords(bytes: text[t[m].range])
            m -= 1
        }
        return words
    }

    /// The country before the title before person `k`: "Kestrian Foreign Minister" + name,
    /// "Kestria's President Dr" + name. Nil when no title word stands between.
    private func titleCountry(_ t: [MeetingToken], before k: Int) -> String? {
        var j = k - 1
        var titled = false
        while j >= 0 {
            if t[j].kind == .word, t[j].capitalized,
                Self.roleMentionHeads.contains(t[j].word) || Self.roleMentionModifiers.contains(t[j].word)
            {
                titled = true
            } else if !(t[j].kind == .word && Self.honorifics.contains(t[j].word))
                && !(t[j].kind == .punct && t[j].mark == ".")
            {
                break
            }
            j -= 1
        }
        guard titled, j >= 0, t[j].kind == .entity, t[j].type == .country else { return nil }
        return r.entities[t[j].entity].id
    }

    /// "X received his Norvian counterpart Y": the roles of X (or of a role mention before
    /// "his") and the country before "counterpart", for person `k` = Y.
    private func counterpartRole(_ t: [MeetingToken], person k: Int, phrases: [RolePhrase]) -> ([[String]], String?)? {
        var c = k - 1
        while c >= 0, t[c].kind == .word, Self.honorifics.contains(t[c].word) { c -= 1 }
        if c >= 0, t[c].kind == .punct, t[c].mark == "," { c -= 1 }
        guard c >= 1, t[c].kind == .word, t[c].word == "counterpart" else { return nil }
        var p = c - 1
        var country: String?
        if t[p].kind == .entity, t[p].type == .country, !t[p].possessive {
            country = r.entities[t[p].entity].id
            p -= 1
        }
        guard p >= 1, t[p].kind == .word, MeetingMatcher.possessivePronouns.contains(t[p].word) else { return nil }
        // The nearest person or role mention before the pronoun.
        var a = p - 1
        while a >= 0, !(t[a].isPerson && !t[a].possessive), !phrases.contains(where: { $0.head == a }) { a -= 1 }
        guard a >= 0 else { return nil }
        if let phrase = phrases.first(where: { $0.head == a }) { return ([phrase.words], country) }
        let roles = r.entities[t[a].entity].roles.map { Self.roleWords($0) }.filter {
            !$0.contains(where: Self.pastRoleWords.contains)
        }
        return roles.isEmpty ? nil : (roles, country)
    }
}
