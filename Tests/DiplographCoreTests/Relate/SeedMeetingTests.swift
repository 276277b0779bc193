import Foundation
import Testing

@testable import DiplographCore

/// `<repo root>/../shared/seeds`, when it exists.
private let seedsDirectory: URL? = {
    // …/<repo>/Tests/DiplographCoreTests/Relate/SeedMeetingTests.swift -> …/<repo>/..
    let parent = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let dir = parent.appendingPathComponent("shared/seeds")
    return FileManager.default.fileExists(atPath: dir.appendingPathComponent("gold.json").path) ? dir : nil
}()

/// The relation layer on the seed articles of ../shared, against their gold meetings and events.
///
/// The resolver is stood in for by a small gazetteer of the seed entities (so that this test
/// checks meeting extraction and merging alone), and DateParser by a table of the seeds' date
/// phrases resolved by hand. Skipped when ../shared is absent (a user's clone).
@Suite("Seed meetings (../shared)", .enabled(if: seedsDirectory != nil))
struct SeedMeetingTests {
    static var seeds: URL? { seedsDirectory }

    static let people: [(String, String, [String])] = [
        ("choe-son-hui", "Choe Son Hui", ["Choe Son-hui", "Choe Son Hui", "Choe"]),
        ("wang-yajun", "Wang Yajun", ["Wang Yajun"]),
        ("wang-yi", "Wang Yi", ["Wang Yi", "Wang"]),
        ("kim-jong-un", "Kim Jong Un", ["Kim Jong-un", "Kim Jong Un", "Kim"]),
        ("xi-jinping", "Xi Jinping", ["Xi Jinping", "Xi"]),
        ("li-qiang", "Li Qiang", ["Li Qiang", "Li"]),
        ("sun-weidong", "Sun Weidong", ["Sun Weidong", "Sun"]),
        ("vladimir-putin", "Vladimir Putin", ["Vladimir Putin"]),
        ("sergei-lavrov", "Sergei Lavrov", ["Sergei Lavrov"]),
        ("pak-myong-ho", "Pak Myong Ho", ["Pak Myong-ho", "Pak"]),
        ("yang-danzhi", "Yang Danzhi", ["Yang Danzhi", "Yang"]),
        ("guo-jiakun", "Guo Jiakun", ["Guo Jiakun"]),
    ]
    static let others: [(String, EntityType, [String])] = [
        ("beijing", .place, ["Beijing", "BEIJING"]), ("pyongyang", .place, ["Pyongyang"]),
        ("gyeongju", .place, ["Gyeongju"]),
        ("seoul", .place, ["SEOUL"]), ("diaoyutai", .place, ["Diaoyutai State Guesthouse"]),
        (
            "north-korea", .country,
            [
                "North Korea", "North Korean", "DPRK", "Democratic People's Republic of Korea",
                "Democratic People’s Republic of Korea",
            ]
        ),
        ("south-korea", .country, ["South Korea", "South Korean"]),
        ("china", .country, ["China", "Chinese"]), ("russia", .country, ["Russia", "Russian"]),
        ("united-states", .country, ["United States", "U.S."]), ("japan", .country, ["Japan"]),
        ("kcna", .organization, ["Korean Central News Agency", "KCNA"]),
        ("wpk", .organization, ["Workers' Party of Korea", "Workers’ Party of Korea"]),
        ("cpc-cc", .organization, ["Communist Party of China Central Committee"]),
        ("mfa-china", .organization, ["Chinese Foreign Ministry"]),
        ("yonhap", .organization, ["Yonhap News Agency"]),
    ]

    /// Mentions by longest match of the gazetteer's forms; sentences split at ". X".
    func resolve(_ id: String, _ raw: String, published: PartialDate?) -> ResolvedArticle {
        let text = Array(raw.utf8)
        var blocks: [TextBlock] = []
        var sentences: [Sentence] = []
        var i = 0
        while i < text.count {
            var j = i
            while j < text.count, text[j] != 0x0A { j += 1 }
            if j > i { blocks.append(TextBlock(range: i..<j, kind: .body)) }
            i = j + 1
        }
        let abbrevs = ["U.S", "Sept", "Oct", "Jan", "Feb", "Aug", "Nov", "Dec", "Mr", "Dr"]
        for (b, block) in blocks.enumerated() {
            let blk = block.range
            var start = blk.lowerBound
            var k = blk.lowerBound
            while k < blk.upperBound {
                let c = text[k]
                if c == 0x2E || c == 0x3F || c == 0x21 {
                    var e = k + 1
                    while e < blk.upperBound,
                        text[e] == 0x22 || text[e] == 0xE2 || text[e] == 0x80 || text[e] == 0x9D || text[e] == 0x99
                    { e += 1 }
                    if e < blk.upperBound, text[e] == 0x20, e + 1 < blk.upperBound,
                        (text[e + 1] >= 0x41 && text[e + 1] <= 0x5A) || text[e + 1] == 0xE2 || text[e + 1] == 0x22
                    {
                        let word = String(decoding: text[max(start, k - 4)..<k], as: UTF8.self)
                        if !abbrevs.contains(where: { word.hasSuffix($0) }) {
                            sentences.append(Sentence(range: start..<e, block: b))
                            start = e + 1
                        }
                    }
                }
                k += 1
            }
            if start < blk.upperBound { sentences.append(Sentence(range: start..<blk.upperBound, block: b)) }
        }
        var entities: [LocalEntity] = []
        var idx: [String: Int] = [:]
        var forms: [(String, String, EntityType, String)] = []
        for (pid, name, fs) in Self.people { for f in fs { forms.append((f, pid, .person, name)) } }
        for (oid, t, fs) in Self.others { for f in fs { forms.append((f, oid, t, fs[0])) } }
        forms.sort { $0.0.utf8.count > $1.0.utf8.count }
        var mentions: [Mention] = []
        var taken = [Bool](repeating: false, count: text.count)
        for (si, s) in sentences.enumerated() {
            for (f, eid, t, name) in forms {
                let n = Array(f.utf8)
                var p = s.range.lowerBound
                while p + n.count <= s.range.upperBound {
                    if text[p] == n[0], Array(text[p..<(p + n.count)]) == n, !taken[p..<(p + n.count)].contains(true) {
                        let before = p == 0 ? 0x20 : text[p - 1]
                        let after = p + n.count < text.count ? text[p + n.count] : 0x20
                        let letter: (UInt8) -> Bool = { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
                        let glued = before >= 0x61 && before <= 0x7A && text[p] >= 0x41 && text[p] <= 0x5A && p >= 6
                        if (!letter(before) || glued) && !letter(after) {
                            let e: Int
                            if let x = idx[eid] {
                                e = x
                            } else {
                                e = entities.count
                                idx[eid] = e
                                entities.append(LocalEntity(id: eid, type: t, name: name, known: true))
                            }
                            entities[e].spellings[f, default: 0] += 1
                            mentions.append(Mention(entity: e, range: p..<(p + n.count), sentence: si))
                            for q in p..<(p + n.count) { taken[q] = true }
                            p += n.count
                            continue
                        }
                    }
                    p += 1
                }
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        let art = Article(id: id, source: id, published: published, text: text, blocks: blocks)
        return ResolvedArticle(article: art, sentences: sentences, entities: entities, mentions: mentions)
    }

    @Test("gold events: one record each with all sources and the gold date; no meeting gold does not list")
    func gold() throws {
        let dir = try #require(Self.seeds)
        let gold = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("gold.json")))
                as? [String: Any])
        let goldArticles = try #require(gold["articles"] as? [String: [String: Any]])
        let names = Dictionary(uniqueKeysWithValues: Self.people.map { ($0.0, $0.1) })
        var reports: [MeetingReport] = []
        for id in goldArticles.keys.sorted() {
            let raw = try String(contentsOf: dir.appendingPathComponent(id + ".txt"), encoding: .utf8)
            let pub = (goldArticles[id]?["published"] as? String).flatMap { PartialDate(iso: $0) }
            let r = resolve(id, raw, published: pub)
            // DateParser stand-in: the seeds' date phrases, resolved against the publication date.
            let sunday = pub.map { _ in PartialDate(year: 2025, month: 9, day: 28) }
            let table: [String: PartialDate?] = [
                "on Sunday": sunday, "On Sunday": sunday,
                "on Saturday": pub.map { _ in PartialDate(year: 2025, month: 9, day: 27) },
                "on Monday": nil, "on Friday": nil,
                "earlier this month": pub.map { _ in PartialDate(year: 2025, month: 9) },
                "Sept 28, 2025": PartialDate(year: 2025, month: 9, day: 28),
                "on Sept 4": PartialDate(year: 2025, month: 9, day: 4),
                "September 3": nil, "June 2022": PartialDate(year: 2022, month: 6), "in early September": nil,
            ]
            reports += MeetingExtractor.extract(r, dates: Markup.dates(table))
        }
        let meetings = MeetingMerger.merge(reports).filter { $0.status != .planned }
        func pairs(_ m: Meeting) -> [Set<String>] {
            let p = m.participants.map { names[$0] ?? $0 }
            return p.indices.flatMap { i in p.indices.filter { $0 > i }.map { Set([p[i], p[$0]]) } }
        }
        // Precision and recall per article.
        for (id, art) in goldArticles {
            let listed = (art["meetings"] as? [[String: Any]] ?? []).map { Set($0["participants"] as? [String] ?? []) }
            let required = (art["meetings"] as? [[String: Any]] ?? []).filter { $0["optional"] as? Bool != true }
                .map { Set($0["participants"] as? [String] ?? []) }
            let found = Set(meetings.filter { $0.articles.contains(id) }.flatMap(pairs))
            for p in found { #expect(listed.contains(p), "\(id): unexpected meeting \(p.sorted())") }
            for p in required { #expect(found.contains(p), "\(id): missed meeting \(p.sorted())") }
        }
        // Events.
        for ev in gold["events"] as? [[String: Any]] ?? [] {
            let pair = Set(ev["participants"] as? [String] ?? [])
            let records = meetings.filter { pairs($0).contains(pair) }
            #expect(records.count == 1, "\(pair.sorted()): \(records.count) records")
            guard let m = records.first else { continue }
            #expect(
                Set(ev["sources"] as? [String] ?? []).isSubset(of: Set(m.articles)), "\(pair.sorted()): \(m.articles)")
            if let d = ev["date"] as? String { #expect(m.date?.iso == d, "\(pair.sorted()): \(m.date?.iso ?? "nil")") }
        }
    }
}
