import CMallocTrim
import Foundation

/// Options of one run of the text pipeline.
public struct PipelineOptions: Sendable {
    /// The alias table that resolution reads.
    public var aliasTable: AliasTable
    /// Which entities count as co-occurring: in one sentence, paragraph or article.
    public var window: CooccurrenceWindow
    /// If set, one article contributes at most this many windows to a pair.
    public var capPerArticle: Int?
    /// Readers by extension; plain text and JSON Lines are always there.
    public var readers: [any ArticleFormatReader]
    /// Standard input (`-`) is a stream of files (`FileRecords`) rather than one article file.
    public var stdinFiles: Bool

    /// Options with the given fields; by default an empty alias table and sentence windows.
    public init(
        aliasTable: AliasTable = AliasTable(), window: CooccurrenceWindow = .sentence,
        capPerArticle: Int? = nil, readers: [any ArticleFormatReader] = [], stdinFiles: Bool = false
    ) {
        self.aliasTable = aliasTable
        self.window = window
        self.capPerArticle = capPerArticle
        self.readers = readers
        self.stdinFiles = stdinFiles
    }
}

/// Everything a run learns from its articles.
public struct CorpusResult: Sendable {
    /// Every entity of the corpus, in final ids.
    public var entities: EntityIndex
    /// The meetings, reports of one event merged into one.
    public var meetings: [Meeting]
    /// Keyed by final entity ids.
    public var cooccurrence: [EntityPair: CooccurrenceStats]
    /// Co-occurrence windows each entity appears in, by entity id.
    public var entityWindows: [String: Int]
    /// Co-occurrence windows counted in the whole corpus.
    public var totalWindows: Int
    /// Articles read (a long article processed in parts counts once).
    public var articleCount: Int
    /// The inputs as given on the command line.
    public var inputs: [String]
    /// Warnings and errors about the inputs, in input order.
    public var diagnostics: [Diagnostic]
    /// Files that could not be read at all.
    public var skippedFiles: Int
    /// The work done: bytes scanned, sentences cut, tokens, comparisons (see `WorkCount`).
    public var work = WorkCount()
    /// The address of each article that has one (JSON Lines `url`, an HTML page's canonical
    /// link, a feed item's link), by article id.
    public var articleURLs: [String: String] = [:]
}

/// ingest -> sentences -> resolve -> relate -> aggregate.
///
/// `extract` reads articles into a `PartialCorpus` (everything decided article by article);
/// `finish` decides what needs the whole corpus. `run` is the two in one process; partials of
/// several runs are combined with `PartialCorpus.append` before `finish` (`diplograph merge`).
///
/// Files are read and articles resolved in parallel, a batch at a time; the results are merged
/// in input order, so the output does not depend on scheduling and is identical to a
/// single-threaded run. At most two batches of articles are in memory at once (one being merged
/// while the next is worked on).
public enum Pipeline {
    /// What extraction learns from one article on a worker thread, with no shared state: the
    /// resolved article, its meeting reports and its co-occurrence tally.
    struct ExtractedArticle: Sendable {
        var resolved: ResolvedArticle
        var reports: [MeetingReport]
        var tally: CooccurrenceCounter.ArticleTally
    }

    /// Adds articles to a partial corpus, in input order.
    struct Merger {
        let state: PartialCorpus
        /// Where the evidence sentences of this run are kept (nil: as `String`s).
        let evidence = EvidenceStore.temporary()

        func add(_ results: [(IngestResult, [ExtractedArticle], WorkCount)]) {
            for (ingested, articles, count) in results {
                state.work += count
                state.diagnostics += ingested.diagnostics
                if articles.isEmpty && ingested.diagnostics.contains(where: { $0.severity != .note }) {
                    state.skipped += 1
                }
                // Parts of one long article (ArticleChunker) count once and repeat no warning.
                var partWarnings: Set<Diagnostic> = []
                for w in articles {
                    if w.resolved.article.part == 0 {
                        state.articleCount += 1
                        if let url = w.resolved.article.url { state.articleURLs[w.resolved.article.id] = url }
                        state.diagnostics += w.resolved.diagnostics
                        if articles.count > 1 { partWarnings = Set(w.resolved.diagnostics) }
                    } else {
                        for d in w.resolved.diagnostics where partWarnings.insert(d).inserted {
                            state.diagnostics.append(d)
                        }
                    }
                    state.aggregator.add(w.resolved)
                    // Evidence sentences go to the store, one copy per sentence however many
                    // reports and pairs quote it: the reports stay until the end of the run.
                    var quotes = ArticleQuotes(store: evidence)
                    var own = w.reports
                    quotes.keep(&own)
                    state.counter.add(w.tally, of: w.resolved, quotes: &quotes)
                    state.reports.append(contentsOf: own)
                }
            }
        }
    }

    /// `resolver`, when given, must be built from `options.aliasTable`; it lets callers that run
    /// many small corpora (the fuzzer) build the alias index once.
    ///
    /// With more than one thread, batch N is merged (on a serial queue) while the workers
    /// process batch N+1; merging stays in input order, so the result is the same as with one.
    public static func run(
        inputs: [String], options: PipelineOptions, progress: (any PipelineProgress)? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        resolver: Resolver? = nil
    ) -> CorpusResult {
        finish(
            extract(inputs: inputs, options: options, progress: progress, threads: threads, resolver: resolver),
            inputs: inputs)
    }

    /// Reads and resolves the articles of `inputs` into a partial corpus (`run` without `finish`).
    public static func extract(
        inputs: [String], options: PipelineOptions, progress: (any PipelineProgress)? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        resolver: Resolver? = nil
    ) -> PartialCorpus {
        let threads = max(1, threads)
        let resolver = resolver ?? Resolver(table: options.aliasTable)
        let state = PartialCorpus(
            counter: CooccurrenceCounter(window: options.window, capPerArticle: options.capPerArticle),
            aliasFingerprint: options.aliasTable.fingerprint)
        let merger = Merger(state: state)
        // Counts each article on the worker threads; `counter` adds the tallies in input order.
        let tallier = state.counter

        let collected = InputCollector.collect(inputs)
        state.diagnostics += collected.diagnostics
        state.skipped += collected.diagnostics.filter { $0.severity == .error }.count
        var files: [(file: InputFile, bytes: [UInt8]?)] = []
        for file in collected.files {
            guard options.stdinFiles, file.path == "-" else {
                files.append((file, nil))
                continue
            }
            let records = FileRecords.read(FileHandle.standardInput.readDataToEndOfFile(), source: "-")
            state.diagnostics += records.diagnostics
            state.skipped += records.diagnostics.filter { $0.severity == .error }.count
            files += records.files.map { ($0.file, $0.bytes) }
        }
        let registry = ReaderRegistry(extra: options.readers)
        let batchSize = max(64, threads * 16)
        let mergeQueue = DispatchQueue(label: "diplograph.pipeline.merge")
        let merging = DispatchGroup()
        var done = 0
        for batchStart in stride(from: 0, to: files.count, by: batchSize) {
            let batch = Array(files[batchStart..<min(batchStart + batchSize, files.count)])
            let results = ParallelMap.map(batch, threads: threads) {
                item -> (IngestResult, [ExtractedArticle], WorkCount) in
                let meter = WorkMeter()
                let read: IngestResult
                if let bytes = item.bytes {
                    read = registry.accepts(item.file) ? registry.read(bytes: bytes, file: item.file) : IngestResult()
                } else {
                    read = registry.read(item.file)
                }
                let ingested = ArticleChunker.split(read, meter: meter)
                let extracted = ingested.articles.map { article -> ExtractedArticle in
                    var resolved = resolver.resolve(
                        article, sentences: SentenceSplitter.split(article, meter: meter), meter: meter)
                    let reports = MeetingExtractor.extract(resolved, meter: meter)
                    resolved.keepImpliedPlaces(usedBy: reports)
                    resolved.tokens = TokenStream()  // read by the meeting patterns only: not kept for the batch
                    return ExtractedArticle(
                        resolved: resolved, reports: reports, tally: tallier.tally(resolved, meter: meter))
                }
                return (IngestResult(diagnostics: ingested.diagnostics), extracted, meter.count)
            }
            if threads > 1 {
                // At most one batch waits to be merged while the next one is worked on.
                merging.wait()
                merging.enter()
                mergeQueue.async {
                    merger.add(results)
                    merging.leave()
                }
            } else {
                merger.add(results)
            }
            done += batch.count
            progress?.update(done: done, total: files.count)
        }
        merging.wait()
        progress?.finish()
        return state
    }

    /// The corpus-wide tail: entity ids remapped, pairs and meeting reports merged. Consumes
    /// `state` (its tables are released as they are turned into the result). It runs on the
    /// calling thread.
    public static func finish(_ state: PartialCorpus, inputs: [String]) -> CorpusResult {
        let index = state.aggregator.finish()
        // The accumulators are not read again: released (and their pages returned, as the merges
        // allocate on other threads' arenas) before the merges.
        state.aggregator = EntityAggregator()
        FreedMemory.release()
        // Co-occurrences, then meetings, one after the other (not side by side on two threads):
        // the merge's working set is then not held beside the co-occurrence finish's, and both
        // allocate on this thread's heap (500 MB: peak RSS 255 -> 227 MiB; the co-occurrence
        // finish's time is no longer overlapped: bench/results/memory-2026-12-07-15q.md).
        let counted = state.counter.finishReleasing(canonicalID: { index.canonicalID($0) })
        FreedMemory.release()
        // The reports are remapped and consumed by the merge (no second copy).
        var reports = state.reports
        state.reports = MeetingReportLog()
        remap(&reports, to: index)
        let meetings = MeetingMerger.merge(log: consume reports)
        // The reports and the merge's scratch are gone: return their pages.
        FreedMemory.release()
        let pairs = counted.pairs
        let windows = counted.entityWindows
        return CorpusResult(
            entities: index, meetings: meetings, cooccurrence: pairs,
            entityWindows: windows, totalWindows: state.counter.totalWindows,
            articleCount: state.articleCount, inputs: inputs, diagnostics: state.diagnostics,
            skippedFiles: state.skipped, work: state.work, articleURLs: state.articleURLs)
    }

    /// Puts meeting reports in final entity ids (participants deduplicated and sorted, places
    /// remapped), in place; reports left with fewer than two participants are dropped.
    public static func remap(_ reports: inout [MeetingReport], to index: EntityIndex) {
        var kept = 0
        for i in reports.indices {
            if let r = remapped(reports[i], to: index) {
                reports[kept] = r
                kept += 1
            }
        }
        reports.removeLast(reports.count - kept)
    }

    /// `remap` of the reports of a log, in place (on its columns: each distinct id looked up once).
    static func remap(_ reports: inout MeetingReportLog, to index: EntityIndex) {
        reports.remap(index.canonicalID)
        reports.shrinkToFit()
    }

    /// `r` in final entity ids, or nil when it is left with fewer than two participants.
    static func remapped(_ r: MeetingReport, to index: EntityIndex) -> MeetingReport? {
        var r = r
        // (Only reports with a moved or repeated participant get a new list.)
        if !isStrictlyAscending(r.participants) || r.participants.contains(where: { index.remap[$0] != nil }) {
            r.participants = index.canonicalIDs(r.participants)
        }
        r.place = r.place.map(index.canonicalID)
        return r.participants.count >= 2 ? r : nil
    }

    static func isStrictlyAscending(_ a: [String]) -> Bool {
        var i = 1
        while i < a.count {
            if !(a[i - 1] < a[i]) { return false }
            i += 1
        }
        return true
    }
}

/// Hands freed heap pages back to the system (glibc's `malloc_trim`, through the CMallocTrim
/// shim; nothing elsewhere), after large structures are released: memory freed on one thread's
/// arena is otherwise kept for that arena and counts in the resident size while other threads
/// allocate more.
public enum FreedMemory {
    /// Returns the free pages of every heap arena to the system.
    public static func release() {
        _ = diplograph_malloc_trim(0)
    }
}

/// Receives `Pipeline.extract`'s progress, on the thread that called it: after each batch,
/// the files read so far out of all the files; `finish` once all are read.
public protocol PipelineProgress {
    /// `done` of `total` input files are read and resolved.
    func update(done: Int, total: Int)
    /// Every file is read.
    func finish()
}
