// Benchmarks of the pipeline stages, graph I/O and alias loading, kept apart from the library.
// bench/run.sh drives it; each subcommand prints `RESULT name value unit` lines that run.sh
// collects into bench/results/latest.md, and human-readable notes on standard error.
//
//   diplograph-bench stages CORPUS [--repeat N]
//   diplograph-bench graph [--nodes N] [--edges M] [--seed S] --out DIR [--repeat N]
//   diplograph-bench aliases [--count N] [--out DIR] [--repeat N]
//   diplograph-bench viewer [--nodes N] [--edges M] [--seed S] --out FILE.html
//   diplograph-bench path-pairs --graph FILE.graphml [--pairs N] [--seed S]
import DiplographCore
import Foundation

let usage = """
    usage: diplograph-bench stages CORPUS [--repeat N]
           diplograph-bench graph [--nodes 100000] [--edges 1000000] [--seed 1] --out DIR [--repeat 3]
           diplograph-bench aliases [--count 1000000] [--out DIR] [--repeat 3]
           diplograph-bench viewer [--nodes 5000] [--edges 50000] [--seed 1] --out FILE.html
           diplograph-bench path-pairs --graph FILE.graphml [--pairs 200] [--seed 15]
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
        try GraphBench.run(
            nodes: options.int("nodes", default: 100_000), edges: options.int("edges", default: 1_000_000),
            seed: UInt64(options.int("seed", default: 1)), out: out,
            repeats: options.int("repeat", default: 3))
    case "aliases":
        try AliasBench.run(
            count: options.int("count", default: 1_000_000),
            out: options.string("out") ?? NSTemporaryDirectory(),
            repeats: options.int("repeat", default: 3))
    case "viewer":
        // The HTML viewer of the generated graph, for bench/run.sh to open in a browser.
        guard let out = options.string("out") else { fail("viewer: give --out FILE.html") }
        let g = GraphBench.make(
            nodes: options.int("nodes", default: 5_000), edges: options.int("edges", default: 50_000),
            seed: UInt64(options.int("seed", default: 1)))
        let t = try medianTime(1) { try HTMLViewerWriter().writeAtomically(g, to: out) }
        result("viewer.write", t, "s")
        result("viewer.size", Double(fileSize(out)), "bytes")
        note(
            "viewer: \(g.nodeCount) nodes, \(g.edgeCount) edges, \(fileSize(out) / 1_000_000) MB in \(String(format: "%.2f", t)) s"
        )
    case "path-pairs":
        // The confined path search against the search over every node, on random pairs.
        guard let graph = options.string("graph") else { fail("path-pairs: give --graph FILE.graphml") }
        try PathPairsBench.run(
            path: graph, pairs: options.int("pairs", default: 200), seed: UInt64(options.int("seed", default: 15)))
    case "-h", "--help", "help":
        print(usage)
    default:
        fail("unknown subcommand '\(command)'\n\(usage)")
    }
} catch {
    fail("\(error)")
}
