import Foundation
import Testing

@testable import DiplographCore

/// `<repo>/../shared/seeds`, when present (it is not in a user's clone).
private let seeds: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<5 { url.deleteLastPathComponent() }  // file, Ingest, DiplographCoreTests, Tests, repo
    return url.appendingPathComponent("shared/seeds").path
}()

@Suite(.enabled(if: FileManager.default.fileExists(atPath: seeds + "/000_b925a35221685710.txt")))
struct SeedIngestTests {
    @Test func seedsIngestCleanly() throws {
        let (files, diags) = InputCollector.collect([seeds])
        #expect(diags.isEmpty)
        let registry = ReaderRegistry(extra: [])
        var articles: [String: Article] = [:]
        for f in files {
            let r = registry.read(f)
            #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
            for a in r.articles { articles[String(a.id.prefix(3))] = a }
        }
        #expect(articles.keys.sorted() == ["000", "001", "002", "003", "004"])
        let a0 = try #require(articles["000"])
        let a1 = try #require(articles["001"])
        let a2 = try #require(articles["002"])
        let a3 = try #require(articles["003"])
        let a4 = try #require(articles["004"])

        #expect(a0.headline == "North Korea, China diplomats discuss cooperation during Beijing meeting on Sunday")
        #expect(a2.headline == "FMs vow closer China-DPRK cooperation")
        #expect(a3.headline == "North Korean Foreign Minister Meets Chinese Vice FM in Pyongyang to Strengthen Ties")
        // 001 and 004 start with their lede (a long sentence; a dateline): no headline.
        #expect(a1.headline == "" && a1.blocks.first?.kind == .body)
        #expect(a4.headline == "" && a4.blocks.first?.kind == .body)

        #expect(a0.published?.iso == "2025-09-29")
        #expect(a2.published?.iso == "2025-09-29")
        #expect(a1.published == nil && a3.published == nil && a4.published == nil)

        #expect(a3.dateline == "SEOUL")
        #expect(a4.dateline == "BEIJING")
        #expect(a3.blocks.dropFirst().first.map { a3.string($0.range).hasPrefix("North Korea") } == true)

        let banned = [
            "Share", "Copyright", "BY KIM EUN-BIN", "zhaojia@", "Impact Shorts", "More Shorts",
            "originally written in Korean", "With inputs from", "Most Viewed", "FOLLOW US", "[Photo",
        ]
        for (key, a) in articles.sorted(by: { $0.key < $1.key }) {
            for b in a.blocks {
                let s = a.string(b.range)
                for word in banned { #expect(!s.contains(word), "\(key): \(s.prefix(60))") }
                #expect(s == s.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            #expect(a.text == Array(try Data(contentsOf: URL(fileURLWithPath: a.source))), "offsets are file offsets")
        }
        #expect(a1.blocks.contains { a1.string($0.range).hasPrefix("Wang echoed") })
        let sentences = articles.values.reduce(0) { $0 + SentenceSplitter.split($1).count }
        #expect(sentences > 80)
    }
}
