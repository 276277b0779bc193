@testable import DiplographCore

/// Builds resolved articles by hand for the relation tests.
///
/// One sentence per line; a blank line starts a new paragraph (block). A mention is written
/// `[surface|type|id]` (optionally `[surface|type|id|Canonical Name]`); the article text is the
/// markup without brackets, sentences of a paragraph joined by one space, paragraphs by a blank
/// line.
///
/// ```swift
/// let r = Markup.article("""
///     [Ana Lind|person|ana-lind] met [Tomas Berg|person|tomas-berg] in [Oslo|place|oslo].
///     """)
/// ```
enum Markup {
    static func article(
        _ markup: String, id: String = "a1", published: PartialDate? = nil,
        dateline: String? = nil
    ) -> ResolvedArticle {
        var text: [UInt8] = []
        var blocks: [TextBlock] = []
        var sentences: [Sentence] = []
        var entities: [LocalEntity] = []
        var entityIndex: [String: Int] = [:]
        var mentions: [Mention] = []

        let paragraphs = markup.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingSpaces }
            .split(whereSeparator: { $0.isEmpty })
        for (p, lines) in paragraphs.enumerated() {
            if p > 0 { text += Array("\n\n".utf8) }
            let blockStart = text.count
            for (l, line) in lines.enumerated() {
                if l > 0 { text.append(0x20) }
                let sentenceStart = text.count
                var rest = Substring(line)
                while let open = rest.firstIndex(of: "[") {
                    text += Array(rest[..<open].utf8)
                    guard let close = rest[open...].firstIndex(of: "]") else {
                        fatalError("unclosed [ in markup: \(line)")
                    }
                    let fields = rest[rest.index(after: open)..<close].split(
                        separator: "|", omittingEmptySubsequences: false)
                    precondition(fields.count >= 3, "mention needs surface|type|id: \(fields)")
                    let surface = String(fields[0])
                    guard let type = EntityType(rawValue: String(fields[1])) else {
                        fatalError("bad type \(fields[1])")
                    }
                    let eid = String(fields[2])
                    let name = fields.count > 3 ? String(fields[3]) : nil
                    let e: Int
                    if let known = entityIndex[eid] {
                        e = known
                    } else {
                        e = entities.count
                        entityIndex[eid] = e
                        entities.append(LocalEntity(id: eid, type: type, name: name ?? surface, known: true))
                    }
                    entities[e].spellings[surface, default: 0] += 1
                    if let name {
                        entities[e].name = name
                    } else if surface.count > entities[e].name.count {
                        entities[e].name = surface
                    }
                    let start = text.count
                    text += Array(surface.utf8)
                    mentions.append(Mention(entity: e, range: start..<text.count, sentence: sentences.count))
                    rest = rest[rest.index(after: close)...]
                }
                text += Array(rest.utf8)
                sentences.append(Sentence(range: sentenceStart..<text.count, block: blocks.count))
            }
            blocks.append(TextBlock(range: blockStart..<text.count, kind: .body))
        }
        let article = Article(
            id: id, source: id + ".txt", published: published, dateline: dateline, text: text, blocks: blocks)
        return ResolvedArticle(article: article, sentences: sentences, entities: entities, mentions: mentions)
    }

    /// Byte offset of the first occurrence of `needle` in the article text.
    static func offset(of needle: String, in r: ResolvedArticle) -> Int? {
        let n = Array(needle.utf8)
        let h = r.article.text
        guard !n.isEmpty, n.count <= h.count else { return nil }
        for i in 0...(h.count - n.count) where h[i] == n[0] && Array(h[i..<(i + n.count)]) == n { return i }
        return nil
    }

    /// A stand-in for `DateParser` that knows only the phrases it is given: lets tests check
    /// which date expression of a sentence the extractor picks, whatever the real parser does.
    static func dates(_ table: [String: PartialDate?]) -> (ResolvedArticle, Range<Int>) -> [DateMatch] {
        { r, range in
            var out: [DateMatch] = []
            let h = r.article.text
            for (phrase, date) in table {
                let n = Array(phrase.utf8)
                var i = range.lowerBound
                while i + n.count <= range.upperBound {
                    if Array(h[i..<(i + n.count)]) == n {
                        out.append(DateMatch(range: i..<(i + n.count), date: date, relative: false))
                        i += n.count
                    } else {
                        i += 1
                    }
                }
            }
            return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    static func noDates(_ r: ResolvedArticle, _ range: Range<Int>) -> [DateMatch] { [] }

    /// Meetings of one markup article (with a stand-in date table when given).
    static func meetings(
        _ markup: String, id: String = "a1", published: PartialDate? = nil,
        dates: [String: PartialDate?] = [:]
    ) -> [MeetingReport] {
        MeetingExtractor.extract(article(markup, id: id, published: published), dates: Markup.dates(dates))
    }

    /// Meetings of one markup article whose people hold exactly the given roles (entity id ->
    /// role titles) and affiliations (entity id -> country id); everyone else has none.
    static func meetingsWithRoles(
        _ markup: String, roles: [String: [String]] = [:], sides: [String: String] = [:]
    ) -> [MeetingReport] {
        var r = article(markup)
        for i in r.entities.indices {
            r.entities[i].roles = roles[r.entities[i].id] ?? []
            r.entities[i].affiliation = sides[r.entities[i].id]
        }
        return MeetingExtractor.extract(r, dates: noDates)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}

extension Array where Element == MeetingReport {
    /// Participant sets, as sorted "a+b" strings, for compact assertions.
    var pairs: [String] { map { $0.participants.joined(separator: "+") }.sorted() }

    func report(_ ids: String...) -> MeetingReport? {
        first { $0.participants == ids.sorted() }
    }
}
