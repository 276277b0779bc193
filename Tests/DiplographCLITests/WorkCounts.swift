import DiplographCore
import Testing

/// The counts of a `WorkCount` by name ("bytes scanned", "sentences", "tokens", "meeting tokens",
/// "comparisons"), read from the line `diplograph … --work-counts` prints on standard error or
/// from an in-process `WorkCount`'s description (the same text).
struct WorkCounts: CustomStringConvertible {
    var counts: [String: Int] = [:]

    init(stderr: String) {
        let line = stderr.split(separator: "\n").last { $0.hasPrefix("diplograph: work: ") }
        #expect(line != nil, "no work line in: \(stderr)")
        self.init(line: line.map { String($0.dropFirst("diplograph: ".count)) } ?? "")
    }

    init(_ work: WorkCount) { self.init(line: work.description) }

    /// "work: 12 bytes scanned, 3 sentences, …"
    private init(line: String) {
        guard line.hasPrefix("work: ") else { return }
        for part in line.dropFirst("work: ".count).split(separator: ", ") {
            let words = part.split(separator: " ", maxSplits: 1)
            if words.count == 2, let n = Int(words[0]) { counts[String(words[1])] = n }
        }
    }

    subscript(_ name: String) -> Int { counts[name] ?? 0 }

    var description: String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    }
}

/// Expects each named count of `big` (an input `factor` times larger than `small`'s) to be
/// `factor` ± 15 % times that of `small`: linear work, where a quadratic step would multiply by
/// `factor` again. A count of zero in `small` fails (nothing to compare).
func expectLinear(
    _ small: WorkCounts, _ big: WorkCounts, factor: Double, in names: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    for name in names {
        #expect(small[name] > 0, "\(name) not counted: \(small)", sourceLocation: sourceLocation)
        guard small[name] > 0 else { continue }
        let ratio = Double(big[name]) / Double(small[name])
        #expect(
            abs(ratio - factor) <= 0.15 * factor,
            "\(name): \(big[name]) / \(small[name]) = \(ratio), not \(factor) ± 15 %",
            sourceLocation: sourceLocation)
    }
}
