@testable import DiplographCore

/// The probe of the meeting-place tests: resolves "Envoys agree on fishing" and `body` with
/// `resolver`, extracts the meetings and keeps the implied places (dateline, capital, venue town)
/// that they use.
enum ImpliedPlaceProbe {
    static func meetings(
        _ body: String, resolver: Resolver, dateline: String? = nil
    ) -> (ResolvedArticle, [MeetingReport]) {
        let (a, s) = TestArticles.make("Envoys agree on fishing\n" + body, dateline: dateline)
        var r = resolver.resolve(a, sentences: s)
        let reports = MeetingExtractor.extract(r) { _, _ in [] }
        r.keepImpliedPlaces(usedBy: reports)
        return (r, reports)
    }
}
