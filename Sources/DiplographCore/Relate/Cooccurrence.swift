/// The window within which two mentions co-occur.
public enum CooccurrenceWindow: String, Sendable, CaseIterable {
    case sentence, paragraph, article
}

/// An undirected pair of entity ids, `a < b`.
public struct EntityPair: Sendable, Hashable, Comparable {
    /// The smaller of the two entity ids.
    public let a: String
    /// The larger of the two entity ids.
    public let b: String

    /// The pair of `x` and `y` in either order (stored sorted).
    public init(_ x: String, _ y: String) {
        if x < y {
            a = x
            b = y
        } else {
            a = y
            b = x
        }
    }

    /// By the first id, then the second.
    public static func < (l: EntityPair, r: EntityPair) -> Bool { (l.a, l.b) < (r.a, r.b) }
}

/// Co-occurrence of one pair over the corpus.
public struct CooccurrenceStats: Sendable, Hashable {
    /// Number of windows in which both are mentioned (after the per-article cap).
    public var windows: Int = 0
    /// Distinct articles, sorted.
    public var articles: [String] {
        get { articleList.strings }
        set { articleList = .strings(newValue) }
    }
    /// The first sentence (in input order) that mentions both, as evidence for path queries.
    public var evidence: Evidence?
    /// `articles` as kept: the co-occurrence finish keeps ranks, made into strings when read.
    var articleList: ArticleList

    /// A tally with its window count, article ids and first evidence.
    public init(windows: Int = 0, articles: [String] = [], evidence: Evidence? = nil) {
        self.init(windows: windows, articleList: .strings(articles), evidence: evidence)
    }

    init(windows: Int, articleList: ArticleList, evidence: Evidence?) {
        self.windows = windows
        self.articleList = articleList
        self.evidence = evidence
    }
}

/// Counts co-occurrences article by article.
///
/// Two entities co-occur once per window (sentence, paragraph or article) that mentions both,
/// however many times each is mentioned there. One article contributes at most `capPerArticle`
/// windows to a pair. `entityWindows` counts the windows that mention each entity and
/// `totalWindows` every window of every article, mentions or not (the sample space of the
/// association measures: sentences, non-empty paragraphs, or articles).
///
/// ```swift
/// var counter = CooccurrenceCounter(window: .sentence)
/// for r in resolvedArticles { counter.add(r) }      // input order
/// counter.pairs[EntityPair("choe-son-hui", "wang-yi")]?.windows
/// ```
///
/// - Complexity: O(m + Σ k²) per article, m mentions and k distinct entities per window;
///   entities are numbered locally so windows are scanned as integer arrays.
public struct CooccurrenceCounter: Sendable {
    /// What counts as "together": a sentence, a paragraph or an article.
    public let window: CooccurrenceWindow
    /// The most windows one article may contribute to one pair (nil: no cap).
    public let capPerArticle: Int?
    /// Windows with at least two entities, over every article added.
    public internal(set) var totalWindows = 0

    // Corpus-wide counts, by interned entity number and pair slot: the per-article merge is
    // integer work and article lists grow by appending (articles arrive in input order).
    var entityNumber: [String: Int32] = [:]
    var entityIDs: [String] = []
    var windowsOfEntity: [Int] = []
    /// Pair key (the two entity numbers) -> slot; a `KeyMap`: no `Hasher` per probe.
    var pairSlot = KeyMap<Int32>()
    var pairEnds: [(a: Int32, b: Int32)] = []
    var pairWindows: [Int] = []
    var pairArticles: [[Int32]] = []
    var pairEvidence: [Evidence?] = []
    var articleIDs = ArticleIDs()

    /// Co-occurrence of each pair, keyed by the ids the articles use.
    public var pairs: [EntityPair: CooccurrenceStats] { finish(canonicalID: { $0 }).pairs }
    /// Number of windows each entity appears in (for association measures).
    public var entityWindows: [String: Int] {
        var out: [String: Int] = [:]
        for (i, id) in entityIDs.enumerated() { out[id] = windowsOfEntity[i] }
        return out
    }

    /// A counter for `window`; `capPerArticle` limits the windows one article may add to a pair.
    public init(window: CooccurrenceWindow = .sentence, capPerArticle: Int? = nil) {
        self.window = window
        self.capPerArticle = capPerArticle
    }

    /// Per-article tally of one local pair.
    private struct LocalPair {
        var windows = 0
        /// First sentence mentioning both (preferred evidence).
        var bothSentence = -1
        /// Sentence in which the pair first shared a window (fallback evidence).
        var firstWindowSentence = -1
    }

    /// One article's contribution to the counts, computed without shared state, so that
    /// articles can be tallied in parallel and added in input order (`add(_:of:)`).
    public struct ArticleTally: Sendable {
        /// Windows of the article.
        var windows: Int
        /// The article's distinct entity ids, in order of first mention (local numbers index it).
        var ids: [String] = []
        /// Windows mentioning each entity of `ids`.
        var idWindows: [Int] = []
        /// Pairs sharing a window, as local numbers, in a fixed order: windows after the cap, and
        /// the sentence to quote as evidence (-1: none).
        var pairs: [(a: Int32, b: Int32, windows: Int, sentence: Int)] = []
    }

    /// Counts `r` and adds it to the corpus-wide counts. Feed articles in input order.
    public mutating func add(_ r: ResolvedArticle) { add(tally(r), of: r) }

    mutating func internEntity(_ id: String) -> Int32 {
        if let n = entityNumber[id] { return n }
        let n = Int32(entityIDs.count)
        entityNumber[id] = n
        entityIDs.append(id)
        windowsOfEntity.append(0)
        return n
    }

    /// Adds the tally of article `r` (made by `tally(r)`) to the corpus-wide counts.
    /// - Complexity: O(e) string lookups for the e entities of the tally, then O(p) integer
    ///   dictionary updates and appends for its p pairs.
    public mutating func add(_ t: ArticleTally, of r: ResolvedArticle) {
        var quotes = ArticleQuotes(store: nil)
        add(t, of: r, quotes: &quotes)
    }

    /// `add(_:of:)`, quoting evidence sentences through `quotes` (the article's sentences, each
    /// kept once for its reports and pairs).
    mutating func add(_ t: ArticleTally, of r: ResolvedArticle, quotes: inout ArticleQuotes) {
        totalWindows += t.windows
        var number = [Int32](repeating: 0, count: t.ids.count)
        for (i, id) in t.ids.enumerated() {
            let n = internEntity(id)
            number[i] = n
            windowsOfEntity[Int(n)] += t.idWindows[i]
        }
        guard !t.pairs.isEmpty else { return }
        let article = articleIDs.intern(r.article.id)
        for p in t.pairs {
            let k = slotOfPair(number[Int(p.a)], number[Int(p.b)])
            pairWindows[k] += p.windows
            if pairArticles[k].last != article { pairArticles[k].append(article) }
            if pairEvidence[k] == nil, p.sentence >= 0 { pairEvidence[k] = quotes.evidence(r, sentence: p.sentence) }
        }
    }

    /// The slot of the pair of interned entities x and y, made (with no counts) when new.
    mutating func slotOfPair(_ x: Int32, _ y: Int32) -> Int {
        let (x, y) = x < y ? (x, y) : (y, x)
        let key = UInt64(UInt32(x)) << 32 | UInt64(UInt32(y))
        if let slot = pairSlot[key] { return Int(slot) }
        let k = pairEnds.count
        pairSlot[key] = Int32(k)
        pairEnds.append((x, y))
        pairWindows.append(0)
        pairArticles.append([])
        pairEvidence.append(nil)
        return k
    }

    /// The corpus-wide counts with every entity id replaced by `canonicalID(id)`: pairs that
    /// become one add their windows and articles and keep the earliest evidence; pairs of an
    /// entity with itself are dropped.
    public func finish(canonicalID: (String) -> String) -> (
        pairs: [EntityPair: CooccurrenceStats], entityWindows: [String: Int]
    ) {
        var counter = self
        return counter.finish(canonicalID: canonicalID, consuming: false)
    }

    /// `finish(canonicalID:)` that releases the corpus-wide tables as it goes (each pair's
    /// article list once converted); the counter keeps only `totalWindows` afterwards.
    mutating func finishReleasing(canonicalID: (String) -> String) -> (
        pairs: [EntityPair: CooccurrenceStats], entityWindows: [String: Int]
    ) {
        finish(canonicalID: canonicalID, consuming: true)
    }

    private mutating func finish(canonicalID: (String) -> String, consuming: Bool) -> (
        pairs: [EntityPair: CooccurrenceStats], entityWindows: [String: Int]
    ) {
        if consuming {
            pairSlot = KeyMap()
            entityNumber = [:]
        }
        defer {
            if consuming {
                pairEnds = []
                pairWindows = []
                pairArticles = []
                pairEvidence = []
                entityIDs = []
                windowsOfEntity = []
                articleIDs = ArticleIDs()
            }
        }
        let order = articleIDs.sortedOrder()
        // Article lists as ranks into one sorted table (strings only when the graph reads them).
        let table = order.table()
        var canonical = [String]()
        canonical.reserveCapacity(entityIDs.count)
        var moved = false
        for id in entityIDs {
            let c = canonicalID(id)
            if c != id { moved = true }
            canonical.append(c)
        }
        var windows: [String: Int] = [:]
        windows.reserveCapacity(entityIDs.count)
        for (i, c) in canonical.enumerated() { windows[c, default: 0] += windowsOfEntity[i] }
        var out: [EntityPair: CooccurrenceStats] = [:]
        out.reserveCapacity(pairEnds.count)
        if !moved {
            for (k, e) in pairEnds.enumerated() {
                out[EntityPair(entityIDs[Int(e.a)], entityIDs[Int(e.b)])] = CooccurrenceStats(
                    windows: pairWindows[k], articleList: .ranks(order.ranks(pairArticles[k]), table),
                    evidence: pairEvidence[k])
                if consuming { pairArticles[k] = [] }
            }
            return (out, windows)
        }
        // Some ids moved: group the slots by canonical pair (groups in order of first slot, slots
        // in slot order), on numbers: equal canonical ids get equal numbers.
        var canonicalNumber = Interner<String>()
        let number = canonical.map { canonicalNumber.intern($0) }
        var groupOfKey = KeyMap<Int32>()
        var groupPairs: [EntityPair] = []
        var groupOfSlot = [Int32](repeating: -1, count: pairEnds.count)
        for (k, e) in pairEnds.enumerated() {
            let (x, y) = (number[Int(e.a)], number[Int(e.b)])
            guard x != y else { continue }
            let key = UInt64(UInt32(min(x, y))) << 32 | UInt64(UInt32(max(x, y)))
            if let g = groupOfKey[key] {
                groupOfSlot[k] = g
            } else {
                groupOfSlot[k] = Int32(groupPairs.count)
                groupOfKey[key] = Int32(groupPairs.count)
                groupPairs.append(EntityPair(canonical[Int(e.a)], canonical[Int(e.b)]))
            }
        }
        groupOfKey = KeyMap()
        // The slots of group g are slots[start[g] ..< start[g + 1]] (a counting sort).
        var start = [Int](repeating: 0, count: groupPairs.count + 1)
        for g in groupOfSlot where g >= 0 { start[Int(g) + 1] += 1 }
        for g in groupPairs.indices { start[g + 1] += start[g] }
        var next = start
        var slots = [Int32](repeating: 0, count: start[groupPairs.count])
        for (k, g) in groupOfSlot.enumerated() where g >= 0 {
            slots[next[Int(g)]] = Int32(k)
            next[Int(g)] += 1
        }
        for (g, q) in groupPairs.enumerated() {
            var stats = CooccurrenceStats()
            var articles: [Int32] = []
            for k in slots[start[g]..<start[g + 1]].lazy.map(Int.init) {
                stats.windows += pairWindows[k]
                articles += pairArticles[k]
                if let e = pairEvidence[k], stats.evidence.map({ e < $0 }) ?? true { stats.evidence = e }
                if consuming { pairArticles[k] = [] }
            }
            stats.articleList = .ranks(order.ranks(articles), table)
            out[q] = stats
        }
        return (out, windows)
    }

    /// What article `r` adds to the counts; reads no corpus-wide state.
    ///
    /// - Complexity: O(m + Σ k²), m mentions and k distinct entities per window.
    /// `meter` counts the comparisons.
    public func tally(_ r: ResolvedArticle, meter: WorkMeter? = nil) -> ArticleTally {
        var out = ArticleTally(windows: windowCount(r))
        guard !r.mentions.isEmpty else { return out }

        // Dense local ids: one per distinct entity id (two local entities may share an id).
        var denseOf = [Int](repeating: -1, count: r.entities.count)
        var ids: [String] = []
        var idIndex: [String: Int] = [:]
        ids.reserveCapacity(r.entities.count)
        idIndex.reserveCapacity(r.entities.count)
        // Mentions that point nowhere (bad entity or sentence index) are skipped.
        var mentions = r.mentions.filter {
            $0.entity >= 0 && $0.entity < r.entities.count && $0.sentence >= 0 && $0.sentence < r.sentences.count
        }
        // Windows are scanned in order: mentions must come sentence by sentence (they do when in text order).
        if zip(mentions, mentions.dropFirst()).contains(where: { $0.sentence > $1.sentence }) {
            mentions.sort { ($0.sentence, $0.range.lowerBound) < ($1.sentence, $1.range.lowerBound) }
        }
        for m in mentions where denseOf[m.entity] < 0 {
            let eid = r.entities[m.entity].id
            if let d = idIndex[eid] {
                denseOf[m.entity] = d
            } else {
                idIndex[eid] = ids.count
                denseOf[m.entity] = ids.count
                ids.append(eid)
            }
        }
        let n = ids.count
        // Pair key d * n + o -> its counts (a `KeyMap`: no `Hasher` per probe).
        var local = KeyMap<LocalPair>()
        var windowsOf = [Int](repeating: 0, count: n)
        // Sentence-level co-mentions (for evidence), tracked whatever the window.
        var seenInSentence = [Int](repeating: -1, count: n)
        var seenInWindow = [Int](repeating: -1, count: n)
        var windowMembers: [Int] = []
        var sentenceMembers: [Int] = []
        var currentWindow = -1
        var currentSentence = -1
        var windowSerial = -1
        // Counted here and added to `meter` once: each access to the shared meter is checked.
        var comparisons = 0

        for m in mentions {
            let d = denseOf[m.entity]
            let s = m.sentence
            let w: Int
            switch window {
            case .sentence: w = s
            case .paragraph: w = r.sentences[s].block
            case .article: w = 0
            }
            if w != currentWindow {
                windowMembers.removeAll(keepingCapacity: true)
                currentWindow = w
                windowSerial += 1
            }
            if s != currentSentence {
                currentSentence = s
                sentenceMembers.removeAll(keepingCapacity: true)
            }
            if seenInSentence[d] != s {
                seenInSentence[d] = s
                comparisons += sentenceMembers.count
                for o in sentenceMembers where o != d {
                    let key = UInt64(d < o ? d * n + o : o * n + d)
                    var pair = local[key] ?? LocalPair()
                    if pair.bothSentence < 0 {
                        pair.bothSentence = s
                        local[key] = pair
                    }
                }
                sentenceMembers.append(d)
            }
            if seenInWindow[d] != windowSerial {
                seenInWindow[d] = windowSerial
                windowsOf[d] += 1
                comparisons += windowMembers.count
                for o in windowMembers {
                    let key = UInt64(d < o ? d * n + o : o * n + d)
                    var pair = local[key] ?? LocalPair()
                    pair.windows += 1
                    if pair.firstWindowSentence < 0 { pair.firstWindowSentence = s }
                    local[key] = pair
                }
                windowMembers.append(d)
            }
        }
        meter?.count.comparisons += comparisons
        out.ids = ids
        out.idWindows = windowsOf

        // Stable order for the merge into the corpus-wide table.
        for key in local.keys.sorted() {
            let t = local[key]!
            guard t.windows > 0 else { continue }
            let windows = min(t.windows, capPerArticle.map { max($0, 0) } ?? t.windows)
            let s = t.bothSentence >= 0 ? t.bothSentence : t.firstWindowSentence
            out.pairs.append((Int32(Int(key) / n), Int32(Int(key) % n), windows, s))
        }
        return out
    }

    /// Number of windows of an article: its sentences, its non-empty paragraphs, or 1.
    private func windowCount(_ r: ResolvedArticle) -> Int {
        switch window {
        case .sentence: return r.sentences.count
        case .article: return 1
        case .paragraph:
            var n = 0
            var last = Int.min
            for s in r.sentences where s.block != last {
                n += 1
                last = s.block
            }
            return n
        }
    }

    /// The sentence as evidence, trimmed of surrounding white space.
    static func evidence(_ r: ResolvedArticle, sentence s: Int) -> Evidence {
        let range = trimmed(r.article.text, r.sentences[s].range)
        return Evidence(article: r.article.id, sentence: r.article.string(range), offset: range.lowerBound)
    }

    static func trimmed(_ text: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = max(range.lowerBound, 0)
        var hi = min(range.upperBound, text.count)
        while lo < hi, isSpace(text[lo]) { lo += 1 }
        while hi > lo, isSpace(text[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
}
