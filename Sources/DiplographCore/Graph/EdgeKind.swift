/// The relation behind an edge of a Diplograph graph.
///
/// Written as the `kind` edge attribute (`"meeting"`, `"cooccurrence"`, `"both"`); a graph
/// from another tool may have none, and then an edge's kind is unknown (`nil`).
public enum EdgeKind: String, Sendable, Hashable, CaseIterable {
    /// The pair met (held or by phone) and was never mentioned in one window.
    case meeting
    /// The pair was mentioned together and never met.
    case cooccurrence
    /// The pair met and was mentioned together.
    case both

    /// The kind of a pair with `meetings` meetings and `cooccurrences` co-occurrence windows,
    /// or nil when it has neither.
    public init?(meetings: Int, cooccurrences: Int) {
        switch (meetings > 0, cooccurrences > 0) {
        case (true, true): self = .both
        case (true, false): self = .meeting
        case (false, true): self = .cooccurrence
        case (false, false): return nil
        }
    }

    /// Whether the pair met (`meeting` or `both`).
    public var includesMeeting: Bool { self != .cooccurrence }

    /// Whether the pair was mentioned together (`cooccurrence` or `both`).
    public var includesCooccurrence: Bool { self != .meeting }
}
