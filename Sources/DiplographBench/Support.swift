import Foundation

/// `--name value` options and positional arguments, parsed without ArgumentParser (the bench
/// depends only on the library modules).
struct BenchOptions {
    var values: [String: String] = [:]
    var positional: [String] = []

    init(_ args: [String]) {
        var i = 0
        while i < args.count {
            let a = args[i]
            if a.hasPrefix("--") {
                let name = String(a.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    values[String(name[..<eq])] = String(name[name.index(after: eq)...])
                } else if i + 1 < args.count {
                    values[name] = args[i + 1]
                    i += 1
                } else {
                    fail("option --\(name) needs a value")
                }
            } else {
                positional.append(a)
            }
            i += 1
        }
    }

    func string(_ name: String) -> String? { values[name] }

    func int(_ name: String, default d: Int) -> Int {
        guard let s = values[name] else { return d }
        guard let n = Int(s.replacingOccurrences(of: "_", with: "")), n >= 0 else {
            fail("--\(name): '\(s)' is not a count")
        }
        return n
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("diplograph-bench: \(message)\n".utf8))
    exit(2)
}

func note(_ message: String) {
    FileHandle.standardError.write(Data("  \(message)\n".utf8))
}

/// One machine-readable figure for bench/run.sh.
func result(_ name: String, _ value: Double, _ unit: String) {
    say("RESULT \(name) \(String(format: "%.4f", value)) \(unit)")
}

/// A figure that could not be measured (an API not there yet, a writer not registered).
func unavailable(_ name: String, _ why: String) {
    say("UNAVAILABLE \(name) \(why)")
}

/// One line on standard output, unbuffered (run.sh reads it as it comes).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Seconds taken by `body`, on the monotonic clock.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    let end = DispatchTime.now().uptimeNanoseconds
    return (value, Double(end - start) / 1e9)
}

func median(_ xs: [Double]) -> Double {
    precondition(!xs.isEmpty)
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// The median time of `repeats` runs of `body` (at least one).
func medianTime(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<max(1, repeats) {
        let (_, t) = try timed(body)
        times.append(t)
    }
    return median(times)
}

/// A small deterministic PRNG (SplitMix64): the same seed gives the same graph on every machine,
/// unlike SystemRandomNumberGenerator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A uniform integer in 0..<n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}
