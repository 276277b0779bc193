import Foundation

/// Options of one run of the text pipeline.
public struct PipelineOptions: Sendable {
    public var aliasTable: AliasTable
    public var window: CooccurrenceWindow
    public var capPerArticle: Int?
    /// Readers by extension; plain text and JSON Lines are always there.
    public var readers: [any ArticleFormatReader]

    public init(aliasTable: AliasTable = AliasTable(), window: CooccurrenceWindow = .sentence,
                capPerArticle: Int? = nil, readers: [any ArticleFormatReader] = []) {
        self.aliasTable = aliasTable
        self.window = window
        self.capPerArticle = capPerArticle
        self.readers = readers
    }
}

/// Everything a run learns from its articles.
public struct CorpusResult: Sendable {
    public var entities: EntityIndex
    public var meetings: [Meeting]
    /// Keyed by final entity ids.
    public var cooccurrence: [EntityPair: CooccurrenceStats]
    public var entityWindows: [String: Int]
    public var totalWindows: Int
    public var articleCount: Int
    public var inputs: [String]
    public var diagnostics: [Diagnostic]
    /// Files that could not be read at all.
    public var skippedFiles: Int
}

/// ingest -> sentences -> resolve -> relate -> aggregate.
///
/// Files are read and articles resolved in parallel, a batch at a time; the results are merged
/// in input order, so the output does not depend on scheduling and is identical to a
/// single-threaded run. Only one batch of article texts is in memory at once.
public enum Pipeline {
    /// Per-article work that needs no shared state.
    struct ArticleWork: Sendable {
        var resolved: ResolvedArticle
        var reports: [MeetingReport]
        var tally: CooccurrenceCounter.ArticleTally
    }

    /// `resolver`, when given, must be built from `options.aliasTable`; it lets callers that run
    /// many small corpora (the fuzzer) build the alias index once.
    public static func run(inputs: [String], options: PipelineOptions, progress: ProgressReporter? = nil,
                           threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                           resolver: Resolver? = nil) -> CorpusResult {
        var diagnostics: [Diagnostic] = []
        var skipped = 0
        var articleCount = 0
        let resolver = resolver ?? Resolver(table: options.aliasTable)
        var aggregator = EntityAggregator()
        var counter = CooccurrenceCounter(window: options.window, capPerArticle: options.capPerArticle)
        // Counts each article on the worker threads; `counter` adds the tallies in input order.
        let tallier = counter
        var reports: [MeetingReport] = []

        let files = InputCollector.collect(inputs)
        diagnostics += files.diagnostics
        skipped += files.diagnostics.filter { $0.severity == .error }.count
        let registry = ReaderRegistry(extra: options.readers)
        let batchSize = max(64, threads * 16)
        var done = 0
        for batchStart in stride(from: 0, to: files.files.count, by: batchSize) {
            let batch = Array(files.files[batchStart..<min(batchStart + batchSize, files.files.count)])
            let results = ParallelMap.map(batch, threads: threads) { file -> (IngestResult, [ArticleWork]) in
                let ingested = ArticleChunker.split(registry.read(file))
                let work = ingested.articles.map { article -> ArticleWork in
                    let resolved = resolver.resolve(article, sentences: SentenceSplitter.split(article))
                    return ArticleWork(resolved: resolved, reports: MeetingExtractor.extract(resolved),
                                       tally: tallier.tally(resolved))
                }
                return (IngestResult(diagnostics: ingested.diagnostics), work)
            }
            for (ingested, work) in results {
                diagnostics += ingested.diagnostics
                if work.isEmpty && ingested.diagnostics.contains(where: { $0.severity != .note }) { skipped += 1 }
                for w in work {
                    if w.resolved.article.part == 0 { articleCount += 1 }  // parts of one article count once
                    diagnostics += w.resolved.diagnostics
                    aggregator.add(w.resolved)
                    counter.add(w.tally, of: w.resolved)
                    reports += w.reports
                }
            }
            done += batch.count
            progress?.update(done: done, total: files.files.count)
        }
        progress?.finish()
        let index = aggregator.finish()
        var pairs: [EntityPair: CooccurrenceStats] = [:]
        for (p, s) in counter.pairs {
            let q = EntityPair(index.canonicalID(p.a), index.canonicalID(p.b))
            guard q.a != q.b else { continue }
            guard var t = pairs[q] else { pairs[q] = s; continue }
            t.windows += s.windows
            t.articles = Array(Set(t.articles + s.articles)).sorted()
            if let e = s.evidence, t.evidence.map({ e < $0 }) ?? true { t.evidence = e }
            pairs[q] = t
        }
        var windows: [String: Int] = [:]
        for (id, n) in counter.entityWindows { windows[index.canonicalID(id), default: 0] += n }
        let remapped = reports.map { r -> MeetingReport in
            var r = r
            r.participants = Array(Set(r.participants.map(index.canonicalID))).sorted()
            r.place = r.place.map(index.canonicalID)
            return r
        }.filter { $0.participants.count >= 2 }
        return CorpusResult(entities: index, meetings: MeetingMerger.merge(remapped), cooccurrence: pairs,
                            entityWindows: windows, totalWindows: counter.totalWindows, articleCount: articleCount,
                            inputs: inputs, diagnostics: diagnostics, skippedFiles: skipped)
    }
}

/// Maps a function over an array on several threads, keeping the input order.
public enum ParallelMap {
    public static func map<T: Sendable, U: Sendable>(_ items: [T], threads: Int, _ f: @Sendable (T) -> U) -> [U] {
        if threads <= 1 || items.count <= 1 { return items.map(f) }
        let out = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
        out.initialize(repeating: nil)
        defer { out.deinitialize(); out.deallocate() }
        let slots = SendableBuffer(out)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
            while true {
                let i = next.increment()
                guard i < items.count else { break }
                slots.buffer[i] = f(items[i])
            }
        }
        return out.map { $0! }
    }

    private struct SendableBuffer<U>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<U?>
        init(_ b: UnsafeMutableBufferPointer<U?>) { buffer = b }
    }

    private final class AtomicCounter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func increment() -> Int {
            lock.lock(); defer { lock.unlock() }
            let v = value
            value += 1
            return v
        }
    }
}

/// Reports progress on standard error when it is a terminal and the run takes over a second.
public final class ProgressReporter: @unchecked Sendable {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let enabled: Bool
    private let label: String

    public init(label: String, enabled: Bool = isatty(2) != 0) {
        self.label = label
        self.enabled = enabled
    }

    public func update(done: Int, total: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        drawn = true
        let line = "\r\(label): \(done)/\(total) files"
        FileHandle.standardError.write(Data(line.utf8))
    }

    public func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
