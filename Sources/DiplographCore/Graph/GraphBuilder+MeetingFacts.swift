extension GraphBuilder {
    /// What an edge reads of a meeting (`edge`: its date, place and sources), for the meetings of
    /// a corpus the graph is built from while it is consumed: about 28 bytes a meeting, dates and
    /// places numbered, rather than a `Meeting` of 96 held to the end of the build.
    struct MeetingFacts {
        private var dates = Interner<PartialDate>()
        private var places = Interner<String>()
        private var date: [Int32] = []
        private var place: [Int32] = []
        private var status: [MeetingStatus] = []
        private var evidence: [MeetingEvidence] = []
        private static let none: Int32 = -1

        init() {}

        /// The facts of `meetings`, which are let go (left empty).
        init(taking meetings: inout [Meeting]) {
            date.reserveCapacity(meetings.count)
            place.reserveCapacity(meetings.count)
            status.reserveCapacity(meetings.count)
            evidence.reserveCapacity(meetings.count)
            for m in meetings {
                date.append(m.date.map { dates.intern($0) } ?? Self.none)
                place.append(m.place.map { places.intern($0) } ?? Self.none)
                status.append(m.status)
                evidence.append(m.evidence)
            }
            meetings = []
        }

        /// Meeting `k` as `edge` reads it (no id or participants).
        func meeting(_ k: Int) -> Meeting {
            Meeting(
                id: "", participants: [], date: date[k] == Self.none ? nil : dates[date[k]],
                status: status[k], place: place[k] == Self.none ? nil : places[place[k]], evidence: evidence[k])
        }

        /// Lets meeting `k`'s sources go (its edges are made).
        mutating func release(_ k: Int) { evidence[k] = .list([]) }
    }
}
