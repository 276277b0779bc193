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
public enum Pipeline {
    public static func run(inputs: [String], options: PipelineOptions, progress: ProgressReporter? = nil) -> CorpusResult {
        var diagnostics: [Diagnostic] = []
        var skipped = 0
        var articleCount = 0
        let resolver = Resolver(table: options.aliasTable)
        var aggregator = EntityAggregator()
        var counter = CooccurrenceCounter(window: options.window, capPerArticle: options.capPerArticle)
        var reports: [MeetingReport] = []

        let files = InputCollector.collect(inputs)
        diagnostics += files.diagnostics
        skipped += files.diagnostics.filter { $0.severity == .error }.count
        let registry = ReaderRegistry(extra: options.readers)
        for (n, file) in files.files.enumerated() {
            progress?.update(done: n, total: files.files.count)
            let result = registry.read(file)
            diagnostics += result.diagnostics
            if result.articles.isEmpty && result.diagnostics.contains(where: { $0.severity != .note }) { skipped += 1 }
            for article in result.articles {
                articleCount += 1
                let sentences = SentenceSplitter.split(article)
                let resolved = resolver.resolve(article, sentences: sentences)
                diagnostics += resolved.diagnostics
                aggregator.add(resolved)
                counter.add(resolved)
                reports += MeetingExtractor.extract(resolved)
            }
        }
        progress?.finish()
        let index = aggregator.finish()
        var pairs: [EntityPair: CooccurrenceStats] = [:]
        for (p, s) in counter.pairs {
            let q = EntityPair(index.canonicalID(p.a), index.canonicalID(p.b))
            guard q.a != q.b else { continue }
            var t = pairs[q] ?? CooccurrenceStats()
            t.windows += s.windows
            t.articles = Array(Set(t.articles + s.articles)).sorted()
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
