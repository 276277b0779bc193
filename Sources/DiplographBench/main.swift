// Benchmarks of the pipeline stages, graph I/O and alias loading, kept apart from the library.
// bench/run.sh drives it; each subcommand prints `RESULT name value unit` lines that run.sh
// collects into bench/results/latest.md, and human-readable notes on standard error.
//
//   diplograph-bench stages CORPUS [--repeat N]
//   diplograph-bench graph [--nodes N] [--edges M] [--seed S] --out DIR [--repeat N]
//   diplograph-bench aliases [--count N] [--out DIR] [--repeat N]
import Foundation

let usage = """
    usage: diplograph-bench stages CORPUS [--repeat N]
           diplograph-bench graph [--nodes 100000] [--edges 1000000] [--seed 1] --out DIR [--repeat 3]
           diplograph-bench aliases [--count 1000000] [--out DIR] [--repeat 3]
    """

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(64)
}
arguments.removeFirst()
let options = BenchOptions(arguments)

do {
    switch command {
    case "stages":
        guard let corpus = options.positional.first else { fail("stages: give a corpus folder") }
        try StagesBench.run(corpus: corpus, repeats: options.int("repeat", default: 1))
    case "graph":
        guard let out = options.string("out") else { fail("graph: give --out DIR") }
        try GraphBench.run(nodes: options.int("nodes", default: 100_000), edges: options.int("edges", default: 1_000_000),
                           seed: UInt64(options.int("seed", default: 1)), out: out,
                           repeats: options.int("repeat", default: 3))
    case "aliases":
        try AliasBench.run(count: options.int("count", default: 1_000_000),
                           out: options.string("out") ?? NSTemporaryDirectory(),
                           repeats: options.int("repeat", default: 3))
    case "-h", "--help", "help":
        print(usage)
    default:
        fail("unknown subcommand '\(command)'\n\(usage)")
    }
} catch {
    fail("\(error)")
}
