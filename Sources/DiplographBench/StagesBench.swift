import DiplographCore
import DiplographXML
import Foundation

/// Times each stage of the text pipeline on one thread, calling the library stages directly in
/// the order Pipeline.run chains them, a batch of files at a time (so that memory stays bounded
/// like the real pipeline's; the time of a stage is the sum over batches).
///
/// Stages: aliases (loading the default table, as the CLI does), ingest (collect + read +
/// boilerplate), split (sentences), resolve (mentions -> entities), relate = meetings (meeting
/// extraction) + cooccurrence (counting) + aggregate (EntityAggregator add + finish) + merge
/// (the corpus-wide tail: id remapping and meeting merging), graph (GraphBuilder.build), export (GraphML + DOT, the formats of the build figure).
///
/// GraphBuilder needs a CorpusResult, which only Pipeline.run can make outside the library, so
/// the graph and export stages run on the result of one single-threaded Pipeline.run, whose own
/// time is reported too (`pipeline_1t`, a cross-check of the sum of the first stages).
enum StagesBench {
    struct Times {
        var aliases = 0.0, ingest = 0.0, split = 0.0, resolve = 0.0, graph = 0.0, export = 0.0
        /// Relate, in parts: meeting extraction, co-occurrence counting, entity aggregation
        /// (add + finish), and the corpus tail (id remapping + meeting merging).
        var meetings = 0.0, cooccurrence = 0.0, aggregate = 0.0, merge = 0.0
        var pipeline = 0.0
        var relate: Double { meetings + cooccurrence + aggregate + merge }
    }

    static func run(corpus: String, repeats: Int) throws {
        var all: [Times] = []
        var articles = 0
        var bytes = 0
        var sentences = 0
        var mentions = 0
        var nodes = 0
        var edges = 0
        var meetings = 0
        for r in 0..<max(1, repeats) {
            var t = Times()
            let (table, ta) = try timed { try AliasTables.load(files: [], includeDefault: true) }
            t.aliases = ta
            let resolver = Resolver(table: table)
            var aggregator = EntityAggregator()
            var counter = CooccurrenceCounter(window: .sentence, capPerArticle: nil)
            var reports: [MeetingReport] = []
            articles = 0
            bytes = 0
            sentences = 0
            mentions = 0

            let (files, tc) = timed { InputCollector.collect([corpus]) }
            t.ingest += tc
            let registry = ReaderRegistry(extra: XMLReaders.all)
            let batchSize = 256
            for start in stride(from: 0, to: files.files.count, by: batchSize) {
                let batch = files.files[start..<min(start + batchSize, files.files.count)]
                let (ingested, ti) = timed { batch.flatMap { registry.read($0).articles } }
                t.ingest += ti
                let (split, ts) = timed { ingested.map { SentenceSplitter.split($0) } }
                t.split += ts
                let (resolved, tr) = timed { zip(ingested, split).map { resolver.resolve($0, sentences: $1) } }
                t.resolve += tr
                let (found, tm) = timed { resolved.map { MeetingExtractor.extract($0) } }
                t.meetings += tm
                for f in found { reports += f }
                let (_, tc) = timed { for ra in resolved { counter.add(ra) } }
                t.cooccurrence += tc
                let (_, tg) = timed { for ra in resolved { aggregator.add(ra) } }
                t.aggregate += tg
                articles += ingested.count
                bytes += ingested.reduce(0) { $0 + $1.text.count }
                sentences += split.reduce(0) { $0 + $1.count }
                mentions += resolved.reduce(0) { $0 + $1.mentions.count }
            }
            // The corpus-wide tail of Pipeline.run: aggregate, remap ids, merge meeting reports.
            let (index, tf) = timed { aggregator.finish() }
            t.aggregate += tf
            let (merged, tt) = timed { () -> [Meeting] in
                _ = counter.finish(canonicalID: index.canonicalID)
                var remapped = reports
                Pipeline.remap(&remapped, to: index)
                return MeetingMerger.merge(consume remapped)
            }
            t.merge += tt
            meetings = merged.count

            let options = PipelineOptions(
                aliasTable: table, window: .sentence, capPerArticle: nil, readers: XMLReaders.all)
            let (result, tp) = timed { Pipeline.run(inputs: [corpus], options: options, threads: 1) }
            t.pipeline = tp
            let (graph, tg) = timed { GraphBuilder.build(result) }
            t.graph = tg
            nodes = graph.nodeCount
            edges = graph.edgeCount
            let dir = NSTemporaryDirectory() + "diplograph-bench-stages-\(getpid())"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let (_, te) = try timed {
                for ext in ["graphml", "dot"] {
                    guard let w = GraphWriters.writer(forExtension: ext) else { continue }
                    try w.write(graph, toTemporaryFile: dir + "/out." + ext)
                }
            }
            t.export = te
            all.append(t)
            note(
                "stages run \(r + 1): ingest \(f(t.ingest)) s, split \(f(t.split)) s, resolve \(f(t.resolve)) s, "
                    + "relate \(f(t.relate)) s (meetings \(f(t.meetings)), co-occurrence \(f(t.cooccurrence)), "
                    + "aggregate \(f(t.aggregate)), merge \(f(t.merge))), graph \(f(t.graph)) s, export \(f(t.export)) s; pipeline 1 thread \(f(t.pipeline)) s"
            )
        }
        note(
            "\(articles) articles, \(bytes) bytes, \(sentences) sentences, \(mentions) mentions; "
                + "graph \(nodes) nodes, \(edges) edges; \(meetings) meetings")
        result("stage.aliases", median(all.map(\.aliases)), "s")
        result("stage.ingest", median(all.map(\.ingest)), "s")
        result("stage.split", median(all.map(\.split)), "s")
        result("stage.resolve", median(all.map(\.resolve)), "s")
        result("stage.relate", median(all.map(\.relate)), "s")
        result("stage.relate.meetings", median(all.map(\.meetings)), "s")
        result("stage.relate.cooccurrence", median(all.map(\.cooccurrence)), "s")
        result("stage.relate.aggregate", median(all.map(\.aggregate)), "s")
        result("stage.relate.merge", median(all.map(\.merge)), "s")
        result("stage.graph", median(all.map(\.graph)), "s")
        result("stage.export", median(all.map(\.export)), "s")
        result("stage.pipeline_1t", median(all.map(\.pipeline)), "s")
        result("stage.articles", Double(articles), "count")
        result("stage.bytes", Double(bytes), "bytes")
        result("stage.sentences", Double(sentences), "count")
        result("stage.mentions", Double(mentions), "count")
        result("stage.nodes", Double(nodes), "count")
        result("stage.edges", Double(edges), "count")
    }

    static func f(_ x: Double) -> String { String(format: "%.3f", x) }
}
