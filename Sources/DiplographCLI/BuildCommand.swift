import ArgumentParser
import DiplographCore
import DiplographXML
import Foundation

/// Output formats `build` can write.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case graphml, gexf, dot, json, csv, html

    /// The format of the writer that claims the output path's extension (`GraphWriters`); a
    /// format is named by its writer's first extension.
    init?(path: String) {
        guard let w = GraphWriters.writer(forPath: path), let format = Self(rawValue: w.extensions[0]) else {
            return nil
        }
        self = format
    }

    /// The format's writer with its default settings.
    var writer: any GraphFormatWriter { GraphWriters.writer(forExtension: rawValue)! }
}

extension CooccurrenceWindow: ExpressibleByArgument {}
extension GraphKind: ExpressibleByArgument {}
extension AssociationMeasure: ExpressibleByArgument {}
extension CSVWriter.Flavor: ExpressibleByArgument {}
extension GraphView: ExpressibleByArgument {}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` on the command line (`--since`, `--until`).
extension PartialDate: ExpressibleByArgument {
    /// A date typed on the command line: `2025`, `2025-09` or `2025-09-28`.
    public init?(argument: String) { self.init(iso: argument) }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the entity graph of a set of articles and export it.",
        discussion: """
            Each -o picks its format from the extension (.graphml .gexf .dot .gv .json .csv .html); several \
            -o write several formats from one pass. Without -o the graph is written to standard output \
            in --format (default graphml).

            Examples:
              diplograph build examples/ -o graphs/diplomacy.graphml -o graphs/diplomacy.dot
              diplograph build news.jsonl --graph meetings --format dot | dot -Tsvg > meetings.svg
              diplograph build examples/ --window paragraph --min-weight 2 -o strong.graphml
              diplograph build examples/ --cluster-by affiliation -o by-country.dot
              diplograph build examples/ --csv-flavor neo4j -o neo4j/diplomacy.csv
              diplograph build examples/ --view diagram -o report.dot && dot -Tsvg report.dot -o report.svg
              diplograph build examples/ -o graph.html   # open it in a browser
            """
    )

    @OptionGroup var input: InputOptions

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Output file; the extension picks the format. May be repeated.", valueName: "file"))
    var outputs: [String] = []

    @Option(help: "Format for standard output when no -o is given.")
    var format: OutputFormat = .graphml

    @Option(help: "Which relation the graph shows: combined, cooccurrence or meetings.")
    var graph: GraphKind = .combined

    @Option(help: "Co-occurrence window: sentence, paragraph or article.")
    var window: CooccurrenceWindow = .sentence

    @Option(help: "Co-occurrence weight: count, npmi, jaccard or dice (default: count; npmi with --view diagram).")
    var measure: AssociationMeasure?

    @Option(
        help: ArgumentHelp(
            "full (every node and edge) or diagram (people and countries, meetings and the strongest co-occurrences: at most 40 nodes and 80 edges, clustered by affiliation).",
            valueName: "view"))
    var view: GraphView = .full

    @Option(
        help: ArgumentHelp(
            "DOT only: the Graphviz engine the file asks for (neato, sfdp, fdp, dot, circo, twopi, osage, patchwork; default: neato up to \(DOTWriter.neatoMaxNodes) nodes, sfdp above, fdp with clusters).",
            valueName: "engine"))
    var layout: String?

    @Option(help: ArgumentHelp("The most windows one article may add to one pair.", valueName: "n"))
    var capPerArticle: Int?

    @Option(help: ArgumentHelp("Drop edges lighter than this.", valueName: "n"))
    var minWeight: Double?

    @Option(help: ArgumentHelp("Keep only the N strongest edges.", valueName: "n"))
    var top: Int?

    @Option(
        help: ArgumentHelp(
            "Keep only these entity types (comma-separated: person,country,organization,place).", valueName: "types"))
    var types: String?

    @Option(
        help: ArgumentHelp(
            "DOT only: group nodes into clusters by this node attribute (e.g. affiliation, type).",
            valueName: "attribute"))
    var clusterBy: String?

    @Option(help: "CSV only: column headers for Gephi's spreadsheet import (gephi) or neo4j-admin import (neo4j).")
    var csvFlavor: CSVWriter.Flavor = .gephi

    // --after and --before are accepted too, as `path` takes --since and --until.
    @Option(
        name: [.customLong("since"), .customLong("after")],
        help: ArgumentHelp("Keep only meetings on or after this date (YYYY[-MM[-DD]]).", valueName: "date"))
    var since: PartialDate?

    @Option(
        name: [.customLong("until"), .customLong("before")],
        help: ArgumentHelp("Keep only meetings on or before this date (YYYY[-MM[-DD]]).", valueName: "date"))
    var until: PartialDate?

    func validate() throws {
        for o in outputs where OutputFormat(path: o) == nil {
            throw ValidationError(
                "cannot tell the format of '\(o)' from its extension (use .graphml .gexf .dot .gv .json .csv or .html)")
        }
        if let t = types { _ = try parseTypes(t) }
        if let c = capPerArticle, c < 1 { throw ValidationError("--cap-per-article must be at least 1") }
        if let t = top, t < 0 { throw ValidationError("--top must not be negative") }
        if let l = layout, !DOTWriter.engines.contains(l) {
            throw ValidationError("--layout: unknown engine '\(l)' (\(DOTWriter.engines.joined(separator: ", ")))")
        }
    }

    func parseTypes(_ s: String) throws -> Set<EntityType> {
        var out = Set<EntityType>()
        for part in s.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            let alias = name == "organisation" ? "organization" : name
            guard let t = EntityType(rawValue: alias) else {
                throw ValidationError("--types: unknown type '\(part)' (person, country, organization, place)")
            }
            out.insert(t)
        }
        return out
    }

    func run() throws {
        InterruptCleanup.install()
        try checkOutputs()
        try emit(window: window) { try input.run(window: window, cap: capPerArticle) }
    }

    /// Checks, before any work, that every output can be written (exit 2 when not).
    func checkOutputs(extra: [String] = []) throws {
        do {
            for o in outputs {
                for p in writer(for: OutputFormat(path: o)!).outputPaths(for: o) { try AtomicOutput.checkWritable(p) }
            }
            for p in extra { try AtomicOutput.checkWritable(p) }
        } catch let e as OutputError {
            Console.error(e.description)
            throw ExitStatus.badInput
        }
    }

    /// Builds the graph of the corpus `load` gives (co-occurrences counted in `window`) and writes
    /// the outputs: `build` and `merge` share it.
    func emit(window: CooccurrenceWindow, _ load: () throws -> CorpusResult) throws {
        // The corpus is only needed to build the graph: released before the outputs are written.
        let (g, articleCount) = try { () throws -> (AttributedGraph, Int) in
            var corpus = try load()
            var options = try graphOptions()
            options.window = window
            let g = GraphBuilder.build(
                consuming: &corpus, options: options,
                threads: input.threads ?? ProcessInfo.processInfo.activeProcessorCount)
            guard view == .diagram else { return (g, corpus.articleCount) }
            return (DiagramView.select(g, graph: options), corpus.articleCount)
        }()
        // Hand the corpus's freed pages back before the writers run.
        FreedMemory.release()
        if outputs.isEmpty {
            let writer = writer(for: format)
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent(
                "diplograph-\(getpid()).\(format.rawValue)"
            ).path
            defer { unlink(tmp) }
            try writer.write(g, toTemporaryFile: tmp)
            if let data = FileManager.default.contents(atPath: tmp) { FileHandle.standardOutput.write(data) }
            return
        }
        let errors = writeAll(g, threads: input.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        for e in errors { Console.error(e) }
        let failed = !errors.isEmpty
        Console.error("diplograph: \(articleCount) articles, \(g.nodeCount) nodes, \(g.edgeCount) edges")
        if failed { throw ExitStatus.badInput }
    }

    func graphOptions() throws -> GraphOptions {
        var options = GraphOptions()
        options.kind = graph
        options.measure = measure ?? (view == .diagram ? .npmi : .count)
        options.minWeight = minWeight
        options.top = top
        options.types = try types.map(parseTypes) ?? (view == .diagram ? DiagramOptions.defaultTypes : nil)
        options.since = since
        options.until = until
        options.window = window
        return options
    }

    /// Writes every output; returns the error messages in output order. With several threads
    /// and distinct output files, the libxml2 writers (GraphML, GEXF) run one after the other
    /// on one thread while the others (DOT, JSON, CSV) run on another.
    func writeAll(_ g: AttributedGraph, threads: Int) -> [String] {
        let jobs = outputs.map { (path: $0, format: OutputFormat(path: $0)!) }
        let writers = jobs.map { writer(for: $0.format) }
        let paths = jobs.indices.flatMap { writers[$0].outputPaths(for: jobs[$0].path) }
        let lanes: [[Int]]
        if threads > 1 && Set(paths).count == paths.count {
            let xml = jobs.indices.filter { [OutputFormat.graphml, .gexf].contains(jobs[$0].format) }
            let other = jobs.indices.filter { ![OutputFormat.graphml, .gexf].contains(jobs[$0].format) }
            lanes = [xml, other].filter { !$0.isEmpty }
        } else {
            lanes = [Array(jobs.indices)]
        }
        let results = ParallelMap.map(lanes, threads: lanes.count) { lane -> [(Int, String)] in
            var errors: [(Int, String)] = []
            for i in lane {
                do {
                    try writers[i].writeAtomically(g, to: jobs[i].path)
                } catch {
                    errors.append((i, "\(error)"))
                }
            }
            return errors
        }
        return results.flatMap { $0 }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The writer of a format, configured by the format-specific options.
    func writer(for format: OutputFormat) -> any GraphFormatWriter {
        switch format {
        case .dot: DOTWriter(clusterBy: clusterBy ?? (view == .diagram ? DiagramView.groupKey : nil), layout: layout)
        case .csv: CSVWriter(flavor: csvFlavor)
        default: format.writer
        }
    }
}
