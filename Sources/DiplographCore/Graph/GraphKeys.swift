/// The node and edge attribute names every export uses. `label` and `weight` are the names
/// Gephi, NetworkX and igraph look for.
public enum GraphKeys {
    /// Node attributes.
    public static let entityID = "entity_id", type = "type", mentions = "mentions", articles = "articles"
    /// Node attributes (lists joined by `"; "`).
    public static let aliases = "aliases", affiliation = "affiliation", roles = "roles", externalID = "external_id"
    /// Edge attributes: the `EdgeKind` and the counts.
    public static let kind = "kind", cooccurrences = "cooccurrences", meetings = "meetings"
    /// Edge attributes: meeting dates (ISO; the list joined by `"; "`).
    public static let firstMeeting = "first_meeting", lastMeeting = "last_meeting", meetingDates = "meeting_dates"
    /// Edge attributes: places, source article ids (lists) and the evidence (`"article: sentence"`).
    public static let places = "places", sources = "sources", evidence = "evidence"

    /// The edge attributes of a Diplograph graph, in the order every export writes them.
    public static func edgeAttributes(
        kind: [String?], cooccurrences: [Int?], articles: [Int?], meetings: [Int?], firstMeeting: [String?],
        lastMeeting: [String?], meetingDates: [String?], places: [String?], sources: [String?], evidence: [String?]
    ) -> [Attribute] {
        [
            Attribute(name: Self.kind, type: .string, values: .string(kind)),
            Attribute(name: Self.cooccurrences, type: .int, values: .int(cooccurrences)),
            Attribute(name: Self.articles, type: .int, values: .int(articles)),
            Attribute(name: Self.meetings, type: .int, values: .int(meetings)),
            Attribute(name: Self.firstMeeting, type: .string, values: .string(firstMeeting)),
            Attribute(name: Self.lastMeeting, type: .string, values: .string(lastMeeting)),
            Attribute(name: Self.meetingDates, type: .string, values: .string(meetingDates)),
            Attribute(name: Self.places, type: .string, values: .string(places)),
            Attribute(name: Self.sources, type: .string, values: .string(sources)),
            Attribute(name: Self.evidence, type: .string, values: .string(evidence)),
        ]
    }
}
