import ArgumentParser
import DiplographCore
import DiplographXML
import Foundation

extension PathRelation: ExpressibleByArgument {}

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find the shortest diplomatic path between two entities.",
        discussion: """
            FROM and TO are matched like the resolver matches text: any name or alias, any case, \
            hyphens, spacing, apostrophes and accents ignored ("choe son-hui"); a family name alone \
            ("Lavrov", "Choe") when exactly one person has it. An unknown or ambiguous name exits 2 \
            with the closest known names.

            The graph is read from a GraphML file (--graph) or built from articles on the spot; both \
            give the same paths. --via meetings (the default) follows only pairs who met, \
            cooccurrence only pairs mentioned together, any every edge.

            Cost: the fewest hops, ties broken by the stronger chain (the smaller sum of 1/weight, \
            so more meetings or co-mentions win); --weighted minimises the sum of 1/weight, then \
            the hops. A hop's weight is its number of meetings (--via meetings), of co-mentions \
            (--via cooccurrence) or the edge weight (--via any). Remaining ties go to the \
            smaller node order, so answers are deterministic. -k N lists the N best paths without \
            loops (Yen's algorithm), best first.

            Dates: --after and --before are inclusive and keep only edges with a meeting in the \
            window (a meeting known only to the month or year counts when its month or year \
            overlaps the window). --time-respecting follows only chains whose meeting dates can \
            be chosen in order (each hop on or after the previous one); hops with no dated \
            meeting are skipped unless --allow-undated, which lets them through without moving \
            the clock.

            Exit status: 0 a path was found, 1 no path, 2 bad input (unknown or ambiguous name, \
            unreadable graph), 64 usage error.

            Examples:
              diplograph path "Li Qiang" "Sergei Lavrov" examples/
              diplograph path Choe Lavrov --graph graphs/diplomacy.graphml --via any -k 3
              diplograph path "Xi Jinping" Lavrov examples/ --time-respecting --after 2025-09
              diplograph path Kim Putin examples/ --via any --exclude "Xi Jinping" --json
            """
    )

    @Argument(help: "Where the path starts (any alias, any case).") var from: String
    @Argument(help: "Where the path ends.") var to: String
    @Argument(help: ArgumentHelp("Articles to build the graph from (instead of --graph).", valueName: "input"))
    var inputs: [String] = []

    @Option(
        name: .customLong("graph"),
        help: ArgumentHelp("Read the graph from this GraphML file instead of articles.", valueName: "file"))
    var graphFile: String?

    @Option(help: "Which edges to follow: meetings, cooccurrence or any.")
    var via: PathRelation = .meetings

    @Flag(help: "Minimise the sum of 1/weight instead of the number of hops.")
    var weighted = false

    @Option(name: .short, help: ArgumentHelp("List the N best paths.", valueName: "n"))
    var k: Int = 1

    @Option(
        name: [.customLong("since"), .customLong("after")],
        help: ArgumentHelp("Keep only meetings on or after this date (YYYY[-MM[-DD]]).", valueName: "date"))
    var after: PartialDate?

    @Option(
        name: [.customLong("until"), .customLong("before")],
        help: ArgumentHelp("Keep only meetings on or before this date (YYYY[-MM[-DD]]).", valueName: "date"))
    var before: PartialDate?

    @Flag(help: "Follow only chains whose meetings can be in date order.")
    var timeRespecting = false

    @Flag(help: "With --time-respecting, also follow hops without a dated meeting.")
    var allowUndated = false

    @Option(help: ArgumentHelp("Leave this entity out of the search; may be repeated.", valueName: "name"))
    var exclude: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Option(
        name: .customLong("aliases"),
        help: ArgumentHelp(
            "An alias table (TSV) to add when building from articles; may be repeated.", valueName: "file"))
    var aliasFiles: [String] = []

    @Flag(help: "Do not use the embedded default alias table.")
    var noDefaultAliases = false

    func validate() throws {
        if graphFile == nil && inputs.isEmpty {
            throw ValidationError("give a graph (--graph FILE.graphml) or articles to build one from")
        }
        if graphFile != nil && !inputs.isEmpty {
            throw ValidationError("give either --graph or input articles, not both")
        }
        if k < 1 { throw ValidationError("-k must be at least 1") }
        if allowUndated && !timeRespecting {
            throw ValidationError("--allow-undated only makes sense with --time-respecting")
        }
    }

    /// Reads a GraphML file with libxml2's streaming reader (hardened: no network, no entity
    /// expansion, no external DTDs), building only the columns a path query reads: the node
    /// names, the edge kind and counts (and meeting dates when a date filter needs them for
    /// every edge); the hop evidence columns stay bytes until the answer's hops ask for them.
    static func readGraph(_ path: String, needDates: Bool) throws -> GraphCodec.EdgeFacts {
        var columns = GraphMLColumns()
        columns.nodeColumns = ["label", GraphKeys.aliases, GraphKeys.entityID, GraphKeys.type]
        let edge: Set<String> = [GraphKeys.kind, GraphKeys.meetings, GraphKeys.cooccurrences]
        columns.edgeColumns = needDates ? edge.union([GraphKeys.meetingDates]) : edge
        columns.deferredEdgeStrings =
            needDates
            ? [GraphKeys.places, GraphKeys.sources, GraphKeys.evidence]
            : [GraphKeys.meetingDates, GraphKeys.places, GraphKeys.sources, GraphKeys.evidence]
        return try GraphMLReader(columns: columns).readEdgeFacts(path: path)
    }

    func run() throws {
        var options = PathOptions()
        options.via = via
        options.weighted = weighted
        options.k = k
        options.after = after
        options.before = before
        options.timeRespecting = timeRespecting
        options.allowUndated = allowUndated

        let facts: GraphCodec.EdgeFacts
        let evidence: any HopEvidenceSource
        if let file = graphFile {
            do {
                facts = try Self.readGraph(file, needDates: after != nil || before != nil || timeRespecting)
            } catch let e as DiagnosticList {
                for d in e.diagnostics { Console.error(d.description) }
                throw ExitStatus.badInput
            } catch {
                Console.error("\(file): error: \(error)")
                throw ExitStatus.badInput
            }
            evidence = GraphHopEvidence(facts: facts)
        } else {
            let table = try CorpusLoader.aliasTable(files: aliasFiles, includeDefault: !noDefaultAliases)
            let corpus = try CorpusLoader.run(inputs: inputs, table: table)
            var g = GraphOptions()
            g.kind = .combined
            let graph = GraphBuilder.build(corpus, options: g)
            facts = GraphCodec.EdgeFacts(graph: graph)
            evidence = CorpusHopEvidence(corpus: corpus, graph: graph)
        }

        let answer: PathAnswer
        do {
            answer = try PathQuery.run(
                facts: facts, from: from, to: to, exclude: exclude, options: options,
                evidence: evidence)
        } catch {
            Console.error("diplograph: \(error)")
            if case .excludedEndpoint = error { throw ExitStatus.usage }
            throw ExitStatus.badInput
        }
        if json { Console.out(answer.json().rendered(pretty: true) + "\n") }
        if answer.paths.isEmpty {
            Console.error("diplograph: " + answer.noPathMessage)
            throw ExitStatus.noPath
        }
        if !json { Console.out(answer.text()) }
        // The process ends here, with the graph still alive: freeing millions of values one by
        // one is a noticeable part of a large query, and the system takes the memory back at
        // once (the output above is written unbuffered). Under LeakSanitizer the graph is freed
        // as usual, since the leak check at exit would report it.
        if !Self.leakCheckAtExit {
            withExtendedLifetime((facts, evidence)) {}
            Foundation.exit(EXIT_SUCCESS)
        }
    }

    /// Whether LeakSanitizer is in the process (an AddressSanitizer build): its interface is
    /// exported, so the dynamic linker finds it.
    static var leakCheckAtExit: Bool { dlsym(nil, "__lsan_do_leak_check") != nil }
}
