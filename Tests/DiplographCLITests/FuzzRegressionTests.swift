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

    @Test("pipeline regressions and seeds run through FuzzEntry.pipeline without a crash")
    func pipeline() {
        let inputs = Self.files("regressions/pipeline") + Self.files("corpus/pipeline")
        #expect(inputs.count >= 20, "the seed corpus is missing")
        let n = FuzzEntry.replay(inputs) { FuzzEntry.pipeline($0) }
        #expect(n == inputs.count)
    }

    @Test("GraphML regressions and seeds run through FuzzEntry.graphML without a crash")
    func graphML() {
        let inputs = Self.files("regressions/graphml") + Self.files("corpus/graphml")
        #expect(inputs.count >= 10, "the seed corpus is missing")
        let n = FuzzEntry.replay(inputs) { FuzzEntry.graphML($0) }
        #expect(n == inputs.count)
    }

    @Test("a 1 MB sentence without punctuation goes through the pipeline in bounded time")
    func longSentence() {
        // Meeting extraction was quadratic in a sentence's length: a 20 MB line took hours.
        let sentence = Array("Foreign Minister Cho Hyun met Sergei Lavrov in Oslo and ".utf8)
        var bytes: [UInt8] = [UInt8(FuzzEntry.Mode.plainText.rawValue)]
        while bytes.count < 1_000_000 { bytes += sentence }
        let start = ContinuousClock.now
        FuzzEntry.pipeline(bytes)
        #expect(ContinuousClock.now - start < .seconds(60))
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
