/// What a set of articles contributes to a graph before anything is decided over the whole
/// corpus: the state `Pipeline.extract` builds, `PartialFile` stores (`.dgpart`) and
/// `Pipeline.finish` turns into a `CorpusResult`.
///
/// It holds per-entity accumulators (mention counts, names, spellings, articles, first
/// affiliation, roles, acronym definitions), co-occurrence counts by pair (windows, articles,
/// first evidence) and per-entity window counts, the meeting reports of every article, the
/// diagnostics and article counts. Canonical names, learnt acronyms, meeting merging across
/// articles, association measures and filters are decided by `finish`.
///
/// `append` is the merge: `a.append(b)` is the partial of a's articles followed by b's, exactly
/// as if one run had read both in that order, so that merging partials of any split of a corpus
/// in input order, grouped in any way, gives the partial of the whole corpus.
///
/// `Sendable` by hand (a class of plain mutable fields, no generic parameter for a conditional
/// conformance): a partial is handed from thread to thread, never used by two at once, except
/// in `Pipeline.finish`, whose two parallel parts touch disjoint fields (the counter, the reports).
public final class PartialCorpus: @unchecked Sendable {
    /// What must be equal for two partials to be merged: both extracted with the same
    /// co-occurrence window, cap and alias table.
    public struct Settings: Sendable, Hashable, CustomStringConvertible {
        /// The co-occurrence window the articles were counted with.
        public var window: CooccurrenceWindow
        /// The `--cap-per-article` limit, if any.
        public var capPerArticle: Int?
        /// `AliasTable.fingerprint` of the table the articles were resolved with.
        public var aliasFingerprint: UInt64

        /// The settings as the command-line options that give them.
        public var description: String {
            "--window \(window.rawValue), "
                + (capPerArticle.map { "--cap-per-article \($0)" } ?? "no --cap-per-article")
                + ", alias table \(String(aliasFingerprint, radix: 16))"
        }
    }

    /// Warnings and errors about the inputs, in input order.
    public internal(set) var diagnostics: [Diagnostic] = []
    /// Files that could not be read at all.
    public internal(set) var skipped = 0
    /// Articles read (a long article processed in parts counts once).
    public internal(set) var articleCount = 0
    /// The work extraction did (`WorkCount`); not stored in partial files, so a merged
    /// partial counts only what was extracted in this process.
    public internal(set) var work = WorkCount()
    var aggregator = EntityAggregator()
    var counter: CooccurrenceCounter
    /// In input order, in the ids the articles use (remapped by `finish`).
    var reports = MeetingReportLog()
    /// The address (`Article.url`) of each article that has one, by article id.
    public internal(set) var articleURLs: [String: String] = [:]
    let aliasFingerprint: UInt64

    init(counter: CooccurrenceCounter, aliasFingerprint: UInt64) {
        self.counter = counter
        self.aliasFingerprint = aliasFingerprint
    }

    /// What another partial must share to be appended to this one.
    public var settings: Settings {
        Settings(window: counter.window, capPerArticle: counter.capPerArticle, aliasFingerprint: aliasFingerprint)
    }

    /// An empty partial with these settings.
    public convenience init(settings: Settings) {
        self.init(
            counter: CooccurrenceCounter(window: settings.window, capPerArticle: settings.capPerArticle),
            aliasFingerprint: settings.aliasFingerprint)
    }

    /// Adds `other`'s articles after this partial's. `other` must have the same settings.
    public func append(_ other: PartialCorpus) {
        precondition(settings == other.settings, "partials with different settings")
        diagnostics += other.diagnostics
        skipped += other.skipped
        articleCount += other.articleCount
        work += other.work
        aggregator.append(other.aggregator)
        counter.append(other.counter)
        reports.append(contentsOf: other.reports)
        articleURLs.merge(other.articleURLs) { first, _ in first }
    }
}

extension EntityAggregator {
    /// Adds the entities of `other` as if its articles had been added after this one's:
    /// counts, names, spellings and articles add up; a table's name and type, the first
    /// affiliation, external id and acronym definition, and roles in order of first use keep the
    /// rules of `add`.
    mutating func append(_ other: EntityAggregator) {
        let articleNumber = other.articleIDs.ids.map { articleIDs.intern($0) }
        for var b in other.accs {
            b.articles = b.articles.map { articleNumber[Int($0)] }
            guard let k = slot[b.summary.id] else {
                slot[b.summary.id] = accs.count
                accs.append(b)
                continue
            }
            Self.combine(&accs[k], with: b)
        }
        for (acr, id) in other.acronyms where acronyms[acr] == nil { acronyms[acr] = id }
        for (id, name) in other.impliedNames where impliedNames[id] == nil { impliedNames[id] = name }
    }

    /// `a` followed by `b` (of the same entity).
    private static func combine(_ a: inout Acc, with b: Acc) {
        if b.known {
            if !a.known {
                a.known = true
                a.summary.type = b.summary.type
            }
            // A known accumulator's name is the last name a table gave.
            a.summary.name = b.summary.name
        }
        for (name, count) in b.names { a.names[name, default: 0] += count }
        a.summary.mentions += b.summary.mentions
        a.articles += b.articles
        a.spellings.formUnion(b.spellings)
        if a.summary.affiliation == nil { a.summary.affiliation = b.summary.affiliation }
        if a.summary.externalID == nil { a.summary.externalID = b.summary.externalID }
        for role in b.summary.roles where !a.summary.roles.contains(where: { $0.lowercased() == role.lowercased() }) {
            a.summary.roles.append(role)
        }
    }
}

extension CooccurrenceCounter {
    /// Adds the counts of `other` as if its articles had been added after this one's: windows
    /// and articles add up, a pair's evidence stays the first one.
    mutating func append(_ other: CooccurrenceCounter) {
        totalWindows += other.totalWindows
        let number = other.entityIDs.map { internEntity($0) }
        for (i, n) in number.enumerated() { windowsOfEntity[Int(n)] += other.windowsOfEntity[i] }
        let articleNumber = other.articleIDs.ids.map { articleIDs.intern($0) }
        for (k, e) in other.pairEnds.enumerated() {
            let s = slotOfPair(number[Int(e.a)], number[Int(e.b)])
            pairWindows[s] += other.pairWindows[k]
            pairArticles[s] += other.pairArticles[k].map { articleNumber[Int($0)] }
            if pairEvidence[s] == nil { pairEvidence[s] = other.pairEvidence[k] }
        }
    }
}

extension AliasTable {
    /// A 64-bit hash of the entries (everything resolution reads, not where they were read),
    /// stored in partials so that only partials resolved with the same table are merged.
    public var fingerprint: UInt64 {
        var h = FNV1a()
        h.add(UInt64(entries.count))
        for e in entries {
            h.add(e.id)
            h.add(e.type.rawValue)
            h.add(e.name)
            h.add(UInt64(e.aliases.count))
            for a in e.aliases { h.add(a) }
            h.add(UInt64(e.demonyms.count))
            for d in e.demonyms { h.add(d) }
            h.add(e.affiliation ?? "\u{0}")
            h.add(e.externalID ?? "\u{0}")
            h.add(UInt64(e.roles.count))
            for r in e.roles {
                h.add(r.title)
                h.add(r.from?.iso ?? "-")
                h.add(r.to?.iso ?? "-")
            }
        }
        return h.value
    }
}
