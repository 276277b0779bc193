import DiplographFuzz
import Foundation
import Testing

/// Replays, in-process, every input the fuzzers ever crashed on (fuzz/regressions/<target>/)
/// and the seed corpora (fuzz/corpus/<target>/) through the very function the fuzzer calls
/// (`FuzzEntry`). A crash here is a regression; see fuzz/README.md.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let fuzz = Repo.root.appendingPathComponent("fuzz")

    static func files(_ folder: String) -> [String] {
        let dir = fuzz.appendingPathComponent(folder).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { dir + "/" + $0 }
    }

    @Test(
        "every fuzz target's regressions and seeds run through it without a crash",
        arguments: FuzzEntry.targets.map(\.name))
    func replay(_ name: String) throws {
        let target = try #require(FuzzEntry.targets.first { $0.name == name })
        let inputs = Self.files("regressions/\(name)") + Self.files("corpus/\(name)")
        #expect(inputs.count >= 10, "the seed corpus of \(name) is missing")
        let n = FuzzEntry.replay(inputs, target.run)
        #expect(n == inputs.count)
    }

    @Test("a 1 MB sentence without punctuation takes ten times the work of a 100 KB one")
    func longSentence() {
        // Meeting extraction was quadratic in a sentence's length: a 20 MB line took hours.
        func line(_ size: Int) -> [UInt8] {
            let sentence = Array("Foreign Minister Cho Hyun met Sergei Lavrov in Oslo and ".utf8)
            var bytes: [UInt8] = [UInt8(FuzzEntry.Mode.plainText.rawValue)]
            while bytes.count < size { bytes += sentence }
            return bytes
        }
        let small = WorkCounts(FuzzEntry.pipeline(line(100_000)))
        let big = WorkCounts(FuzzEntry.pipeline(line(1_000_000)))
        expectLinear(
            small, big, factor: 10, in: ["bytes scanned", "sentences", "tokens", "meeting tokens", "comparisons"])
    }

    @Test("every pipeline mode is reachable from the first byte, and an empty input is harmless")
    func modes() {
        for mode in FuzzEntry.Mode.allCases {
            FuzzEntry.pipeline([UInt8(mode.rawValue)] + Array("Marco Rubio met Wang Yi in Beijing.".utf8))
            FuzzEntry.pipeline([UInt8(mode.rawValue)])
        }
        FuzzEntry.pipeline([])
        FuzzEntry.graphML([])
        #expect(FuzzEntry.Mode(rawValue: 255 % FuzzEntry.Mode.allCases.count) != nil)
    }
}
