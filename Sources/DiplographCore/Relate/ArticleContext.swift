/// The read-only view of one article that the patterns need.
///
/// A class: each sentence's `MeetingMatcher` holds it, and a struct of this size was copied
/// (with a retain of every field) for every sentence.
final class ArticleContext {
    let r: ResolvedArticle
    let text: [UInt8]
    /// Valid mentions of each sentence, in text order (longest first at one offset), with the
    /// role mentions of `ArticleContext+RoleMentions.swift`.
    private(set) var mentionsBySentence: [[Mention]]
    /// The resolver's tokens (made here for an article that did not come from `Resolver`).
    let stream: TokenStream
    /// The offices (role words, `roleWords`) and the side (country) of each person id: the
    /// resolver's roles and affiliation, and those the text states (`ArticleContext+RoleMentions`).
    /// Made when a role mention or a frame first asks: most articles never need it.
    var officeRoles: [String: [[String]]] { officeBook.roles }
    var sides: [String: String] { officeBook.sides }
    private lazy var officeBook: (roles: [String: [[String]]], sides: [String: String]) = makeOfficeBook()
    /// The roles and countries the text states for person ids (set by `roleMentions` before the
    /// book is made).
    var statedRoles: [String: [[String]]] = [:]
    var statedCountry: [String: String] = [:]
    /// The `MeetingToken`s of each sentence once made (`tokens(sentence:)`): the role mentions,
    /// the meeting frames, the earlier-clause, date and place passes all read one token stream
    /// per sentence instead of laying the mentions over the words again.
    private var tokensBySentence: [[MeetingToken]?]

    init(_ r: ResolvedArticle) {
        self.r = r
        self.text = r.article.text
        stream =
            r.tokens.sentences.count == r.sentences.count
            ? r.tokens : TokenStream(text: r.article.text, sentences: r.sentences)
        let n = r.sentences.count
        let entityCount = r.entities.count
        let textCount = r.article.text.count
        var by = [[Mention]](repeating: [], count: n)
        func valid(_ m: Mention) -> Bool {
            m.sentence >= 0 && m.sentence < n && m.entity >= 0 && m.entity < entityCount
                && m.range.lowerBound >= 0 && m.range.upperBound <= textCount
        }
        // Each sentence's array made once at its size, not grown mention by mention.
        var counts = [Int](repeating: 0, count: n)
        for m in r.mentions where valid(m) { counts[m.sentence] += 1 }
        for s in by.indices where counts[s] > 0 { by[s].reserveCapacity(counts[s]) }
        for m in r.mentions where valid(m) { by[m.sentence].append(m) }
        Self.sortMentions(&by)
        mentionsBySentence = by
        tokensBySentence = [[MeetingToken]?](repeating: nil, count: by.count)
        let roles = roleMentions()
        if roles.contains(where: { !$0.isEmpty }) {
            for s in roles.indices where !roles[s].isEmpty {
                by[s] += roles[s]
                // Its tokens change: the role mention becomes one person token.
                tokensBySentence[s] = nil
            }
            Self.sortMentions(&by)
            mentionsBySentence = by
        }
    }

    private func makeOfficeBook() -> (roles: [String: [[String]]], sides: [String: String]) {
        var roles: [String: [[String]]] = [:]
        var sides: [String: String] = [:]
        for e in r.entities where e.type == .person {
            roles[e.id, default: statedRoles[e.id] ?? []] += e.roles.map { Self.roleWords($0) }
            if sides[e.id] == nil, let a = e.affiliation ?? statedCountry[e.id] { sides[e.id] = a }
        }
        return (roles, sides)
    }

    private static func sortMentions(_ by: inout [[Mention]]) {
        for i in by.indices where by[i].count > 1 {
            by[i].sort {
                $0.range.lowerBound != $1.range.lowerBound
                    ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
            }
        }
    }

    /// The `MeetingToken`s of sentence `s`: its mentions laid over its tokens, made once and
    /// shared by every pass that reads the sentence.
    func tokens(sentence s: Int) -> [MeetingToken] {
        if let t = tokensBySentence[s] { return t }
        let t = SentenceTokenizer.tokens(
            text, range: r.sentences[s].range, tokens: stream.tokens[stream.sentences[s]],
            mentions: mentionsBySentence[s], entities: r.entities)
        tokensBySentence[s] = t
        return t
    }

    /// Words that let a sentence naming nobody still report a meeting of the two people named
    /// before it: "the two " ("The two ministers met …", "… said the two presidents held
    /// talks"), "the pair ", "the duo " (`MeetingMatcher.pairSubject`) and "both " ("Both leaders
    /// met": `MeetingMatcher.pairDeterminer`).
    static let pairPhrases: [[UInt8]] = ["the two ", "the pair ", "the duo ", "both "].map { Array($0.utf8) }

    /// True when the range holds one of `phrases` (ASCII lowercase, each shorter than the range)
    /// at a word start (the range's start or after a space), in any case: one pass over the
    /// bytes for all of them.
    func holdsPhrase(_ phrases: [[UInt8]], in range: Range<Int>) -> Bool {
        Self.holdsPhrase(phrases, in: range, of: text)
    }

    static func holdsPhrase(_ phrases: [[UInt8]], in range: Range<Int>, of text: [UInt8]) -> Bool {
        guard range.upperBound <= text.count else { return false }
        return text.withUnsafeBufferPointer { t in
            var i = range.lowerBound
            while i < range.upperBound {
                if i == range.lowerBound || t[i - 1] == 0x20 {
                    let c = t[i] | 0x20
                    for p in phrases where p[0] == c && range.count > p.count && i + p.count <= range.upperBound {
                        var k = 1
                        while k < p.count, t[i + k] | 0x20 == p[k] { k += 1 }
                        if k == p.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// True when the range holds "Xx-Yy": a capitalised word, a hyphen, a capital letter.
    func hasNameCompound(_ range: Range<Int>) -> Bool {
        guard r.entities.contains(where: { $0.type == .person }) else { return false }
        var i = max(range.lowerBound + 2, 2)
        let end = min(range.upperBound - 1, text.count - 1)
        while i < end {
            if text[i] == 0x2D, text[i + 1] >= 0x41, text[i + 1] <= 0x5A, text[i - 1] >= 0x61, text[i - 1] <= 0x7A {
                return true
            }
            i += 1
        }
        return false
    }

    // MARK: People outside the token stream

    /// The article's person with this family (or given) name, for "the Kim-Xi summit" when the
    /// resolver left the hyphenated surnames unresolved. Unique matches only.
    func person(surname: String, excluding: Int? = nil) -> Int? {
        let key = surname.lowercased()
        var bySpelling: Set<String> = []
        var byName: Set<String> = []
        var first: [String: Int] = [:]
        let skip = excluding.map { r.entities[$0].id }
        for (i, e) in r.entities.enumerated() where e.type == .person && e.id != skip {
            if e.spellings.keys.contains(where: { $0.lowercased() == key }) {
                bySpelling.insert(e.id)
                if first[e.id] == nil { first[e.id] = i }
            }
            let parts = e.name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            if let f = parts.first, let l = parts.last, f == key || l == key {
                byName.insert(e.id)
                if first[e.id] == nil { first[e.id] = i }
            }
        }
        if bySpelling.count == 1 { return first[bySpelling.first!] }
        if bySpelling.isEmpty, byName.count == 1 { return first[byName.first!] }
        return nil
    }

    /// The first sentence of the body that ends as a sentence does (a full stop, "!", "?" or a
    /// closing quote): a dateline line ("Lakeport, Nov. 3"), a byline, a section title or a photo
    /// caption before the lede is not it. Nil when the article has none.
    /// Found once, when first asked: the date rules ask for it at every report.
    private(set) lazy var ledeSentence: Int? = firstLedeSentence()

    private func firstLedeSentence() -> Int? {
        r.sentences.indices.first { s in
            guard !isHeadline(sentence: s) else { return false }
            var e = min(r.sentences[s].range.upperBound, text.count)
            while e > r.sentences[s].range.lowerBound, ByteClass.isSpace(text[e - 1]) { e -= 1 }
            guard e > r.sentences[s].range.lowerBound else { return false }
            let b = text[e - 1]
            guard b == 0x2E || b == 0x21 || b == 0x3F || b == 0x22 || b == 0x9D || b == 0x99 else { return false }
            // A photo caption is not the lede (`ArticleContext+Caption.swift`).
            return !isCaption(sentence: s)
        }
    }

    /// True when sentence `s` is in the headline block.
    func isHeadline(sentence s: Int) -> Bool {
        let b = r.sentences[s].block
        return b >= 0 && b < r.article.blocks.count && r.article.blocks[b].kind == .headline
    }

    /// The people mentioned in sentence `s` (first mention of each id, in order).
    func people(inSentence s: Int) -> [Int] {
        guard s >= 0, s < mentionsBySentence.count else { return [] }
        var seen = Set<String>()
        var out: [Int] = []
        for m in mentionsBySentence[s] where r.entities[m.entity].type == .person {
            if seen.insert(r.entities[m.entity].id).inserted { out.append(m.entity) }
        }
        return out
    }

    /// The one person mentioned in sentence `s` (by id), if exactly one.
    /// Sentence `s` opens with "He" or "She".
    func opensWithPronoun(sentence s: Int) -> Bool {
        var p = r.sentences[s].range.lowerBound
        let end = r.sentences[s].range.upperBound
        while p < end, text[p] == 0x20 || text[p] == 0x22 { p += 1 }
        for w in ["He ", "She "] where p + w.utf8.count <= end && text[p..<(p + w.utf8.count)].elementsEqual(w.utf8) {
            return true
        }
        return false
    }

    func onlyPerson(inSentence s: Int) -> Int? {
        guard s >= 0, s < mentionsBySentence.count else { return nil }
        var found: Int?
        var id: String?
        for m in mentionsBySentence[s] where r.entities[m.entity].type == .person {
            let e = r.entities[m.entity].id
            if id == nil {
                id = e
                found = m.entity
            } else if id != e {
                return nil
            }
        }
        return found
    }
}
