/// Finds the meetings one resolved article reports.
public enum MeetingExtractor {
    public static func extract(_ r: ResolvedArticle) -> [MeetingReport] { [] }
}

/// Merges reports of the same event from several articles into one meeting.
public enum MeetingMerger {
    public static func merge(_ reports: [MeetingReport]) -> [Meeting] {
        reports.enumerated().map { i, r in
            Meeting(id: "m\(i + 1)", participants: r.participants, date: r.date, place: r.place, status: r.status,
                    sources: r.evidence)
        }
    }
}
