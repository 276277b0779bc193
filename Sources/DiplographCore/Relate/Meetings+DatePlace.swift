/// The date and place of a meeting clause, and the dates that reports combine by.
extension ArticleMeetings {
    // MARK: Date and place of a meeting clause

    /// The date and place attached to a finding's clause: the first date expression and the
    /// first place after "in"/"at" following the trigger, up to the end of the clause; failing
    /// that, those of an opening phrase before the subject ("On Sunday, in Beijing, X met Y").
    func dateAndPlace(_ t: [MeetingToken], _ f: MeetingFinding, dates: [DateMatch]) -> (PartialDate?, String?) {
        guard !t.isEmpty else { return (nil, nil) }
        let sentenceEnd = t.last!.range.upperBound
        // The clause after the trigger, minus relative clauses (", who …,").
        var skipped: [Range<Int>] = []
        var cut = sentenceEnd
        var i = f.anchor + 1
        while i < t.count {
            let tok = t[i]
            if tok.kind == .punct && tok.mark == "," && i + 1 < t.count && t[i + 1].kind == .word
                && (t[i + 1].word == "who" || t[i + 1].word == "which")
            {
                var j = i + 2
                while j < t.count && !(t[j].kind == .punct && t[j].mark == ",") { j += 1 }
                skipped.append(tok.range.lowerBound..<(j < t.count ? t[j].range.lowerBound : sentenceEnd))
                i = j
                continue
            }
            // A parenthesis closed in the sentence ("the World Economic Forum (WEF) meeting on
            // Wednesday") is skipped; an open one ends the clause.
            if tok.kind == .punct && (tok.mark == "(" || tok.mark == "[") {
                let close: Unicode.Scalar = tok.mark == "(" ? ")" : "]"
                if let j = t[(i + 1)...].firstIndex(where: { $0.kind == .punct && ($0.mark == close || $0.mark == ";") }
                ), t[j].mark == close {
                    skipped.append(tok.range.lowerBound..<t[j].range.upperBound)
                    i = j + 1
                    continue
                }
                cut = tok.range.lowerBound
                break
            }
            if tok.kind == .punct && tok.mark == ";" {
                cut = tok.range.lowerBound
                break
            }
            if tok.kind == .word && MeetingLexicon.clauseCuts.contains(tok.word) {
                cut = tok.range.lowerBound
                break
            }
            // "… ahead of his meeting with Z on Thursday": Thursday is that meeting's.
            if i > f.anchor + 1, Self.opensOtherMeeting(t, i, people: f.people) {
                cut = tok.range.lowerBound
                break
            }
            // "… to discuss a forum in 2027": a purpose clause talks about something else.
            if tok.kind == .word && tok.word == "to", i + 1 < t.count, t[i + 1].kind == .word,
                MeetingLexicon.purposeVerbs.contains(t[i + 1].word)
            {
                cut = tok.range.lowerBound
                break
            }
            i += 1
        }
        let anchorEnd = t[min(f.anchor, t.count - 1)].range.upperBound
        let subjectStart = t[min(max(f.subjectStart, 0), t.count - 1)].range.lowerBound
        func inside(_ r: Range<Int>) -> Bool { skipped.contains { $0.contains(r.lowerBound) } }

        // An opening phrase counts only when it holds no meeting of its own ("X and Y held talks
        // on Sunday, days ahead of a summit between A and B": Sunday is not the summit's).
        let openingFree = !t[..<min(max(f.subjectStart, 0), t.count)].contains { tok in
            tok.kind == .word
                && (MeetingLexicon.meetingNouns.contains(tok.word) || MeetingLexicon.meetVerbs.contains(tok.word))
        }
        // Date.
        var date: PartialDate?
        var opening: PartialDate?
        if openingFree, let m = dates.last(where: { $0.range.upperBound <= subjectStart }),
            !reportingWord(t, from: m.range.upperBound, to: subjectStart), !inReportingPhrase(t, m.range.lowerBound)
        {
            opening = m.date
        }
        // A date between subject and verb, maybe in an aside between commas.
        let beforeVerb = dates.last {
            $0.range.lowerBound >= subjectStart && $0.range.upperBound <= t[f.anchor].range.lowerBound
        }
        let aside = beforeVerb.flatMap {
            Self.asideDate(t, date: $0.range, subjectStart: f.subjectStart, anchor: f.anchor)
        }
        if let m = dates.first(where: {
            $0.range.lowerBound >= anchorEnd && $0.range.upperBound <= cut && !inside($0.range)
        }) {
            date = m.date
            // "Earlier on Monday, X held talks with Y, his second meeting this month": the
            // opening day refines a coarser date that agrees with it.
            if let d = date, let o = opening, MeetingDates.agree(d, o) { date = MeetingDates.finer(d, o) }
        } else if let m = beforeVerb,
            aside != nil
                || !t.contains(where: {
                    $0.kind == .punct && $0.mark == "," && $0.range.lowerBound >= m.range.upperBound
                        && $0.range.upperBound <= t[f.anchor].range.lowerBound
                })
        {
            // "X and Y on Thursday discussed …": a time adverbial between subject and verb; "X, on
            // Thursday, held talks …" (`Meetings+AsideDate.swift`).
            date = m.date
        } else {
            date = opening
        }

        // Place: "in" + place, then "at" + place, then "in" + country, after the trigger; then before the subject.
        func place(in window: (Int) -> Bool) -> String? {
            var best: (rank: Int, id: String)?
            for (k, tok) in t.enumerated() where tok.kind == .entity && (tok.type == .place || tok.type == .country) {
                guard window(k), !inside(tok.range) else { continue }
                // A sea or a region is no city; a description may stand before the city: "in the
                // Ostrian capital of Lakeport" (`Meetings+PlaceWords.swift`).
                if tok.type == .place, Self.isRegion(t, k, r.entities) { continue }
                var p = k - 1
                if tok.type == .place {
                    p = Self.beforeDescription(t, k)
                } else if p >= 0, t[p].kind == .word, t[p].word == "the" {
                    p -= 1
                }
                // "at State House, Lakeport": the town after a venue the text knows comes first.
                if tok.type == .place, afterKnownVenueComma(t, k) {
                    best = (0, r.entities[tok.entity].id)
                    break
                }
                // "at the State House, Lakeport": the city after a venue the text does not know.
                if tok.type == .place, Self.afterVenueComma(t, k) {
                    if best == nil || 1 < best!.rank { best = (1, r.entities[tok.entity].id) }
                    continue
                }
                guard p >= 0, t[p].kind == .word else { continue }
                // "in the Ostrian capital": the capital, as a place (`Meetings+Capital.swift`).
                let capital = tok.type == .country ? Self.unnamedCapital(t, k, r.capitals, r.entities) : nil
                let rank: Int
                switch (t[p].word, capital != nil ? .place : tok.type!) {
                case ("in", .place): rank = 0
                case ("at", .place): rank = 1
                case ("in", _): rank = 2
                // "X welcomed Y to Lakeport" (`Meetings+VenueCity.swift`)
                case ("to", .place) where Self.welcomes(t, f.anchor): rank = 1
                default: continue
                }
                // "at the Blue Complex in Lakeport": the city (`Meetings+PlaceWords.swift`).
                let id = capital ?? (tok.type == .place ? Self.innerCity(t, k, r.entities) : nil)
                if best == nil || rank < best!.rank { best = (rank, id ?? r.entities[tok.entity].id) }
            }
            return best?.id
        }
        var placeID = place { k in t[k].range.lowerBound >= anchorEnd && t[k].range.upperBound <= cut }
        if placeID == nil, let aside { placeID = place { aside.contains($0) } }
        // "a meeting in Lakeport between X and Y": the noun's adverbials before its "between",
        // whose people end the clause (`MeetingMatcher+NounLinks.swift`).
        if placeID == nil, f.anchor < t.count,
            let b = t.indices.first(where: {
                $0 > f.subjectStart && $0 < f.anchor && t[$0].kind == .word && t[$0].word == "between"
            }),
            let n = t[..<b].lastIndex(where: { $0.kind == .word && MeetingLexicon.meetingNouns.contains($0.word) }),
            n >= f.subjectStart
        {
            placeID = place { k in k > n && k < b }
        }
        if placeID == nil && openingFree {
            placeID = place { k in
                t[k].range.upperBound <= subjectStart
                    && !reportingWord(t, from: t[k].range.upperBound, to: subjectStart)
                    && !inReportingPhrase(t, t[k].range.lowerBound)
            }
        }
        return (date, placeID)
    }

    /// True when byte `offset` lies in the phrase of a reporting verb ("The agency reported on
    /// Saturday that …"): after the verb, before the next "that" or comma.
    func inReportingPhrase(_ t: [MeetingToken], _ offset: Int) -> Bool {
        var inside = false
        for tok in t {
            if tok.range.lowerBound >= offset { break }
            if tok.kind == .word && MeetingLexicon.reportingWords.contains(tok.word) {
                inside = true
            } else if (tok.kind == .word && tok.word == "that") || (tok.kind == .punct && tok.mark == ",") {
                inside = false
            }
        }
        return inside
    }

    /// True when a reporting verb ("reported", "said") stands between two byte offsets.
    func reportingWord(_ t: [MeetingToken], from a: Int, to b: Int) -> Bool {
        t.contains {
            $0.kind == .word && $0.range.lowerBound >= a && $0.range.upperBound <= b
                && MeetingLexicon.reportingWords.contains($0.word)
        }
    }
}

/// Date comparisons for combining reports.
enum MeetingDates {
    /// Two dates can be the same day: either is unknown, or they agree at the coarser precision.
    static func compatible(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b else { return true }
        return agree(a, b)
    }

    static func agree(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard a.year == b.year else { return false }
        guard let am = a.month, let bm = b.month else { return true }
        guard am == bm else { return false }
        guard let ad = a.day, let bd = b.day else { return true }
        return ad == bd
    }

    /// The more precise of two compatible dates.
    static func finer(_ a: PartialDate?, _ b: PartialDate?) -> PartialDate? {
        guard let a else { return b }
        guard let b else { return a }
        return rank(b) > rank(a) ? b : a
    }

    /// True when `a` is certainly later than `b` (at the precision both share).
    static func after(_ a: PartialDate, _ b: PartialDate) -> Bool {
        if a.year != b.year { return a.year > b.year }
        guard let am = a.month, let bm = b.month else { return false }
        if am != bm { return am > bm }
        guard let ad = a.day, let bd = b.day else { return false }
        return ad > bd
    }

    static func rank(_ d: PartialDate) -> Int { d.day != nil ? 2 : (d.month != nil ? 1 : 0) }
}
