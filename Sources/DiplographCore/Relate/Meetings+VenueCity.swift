/// A venue that the text does not know as a place, followed or preceded by the city it is in:
///
///     at the State House, Lakeport           (a capitalised venue name, a comma, the city)
///     at State House, Lakeport               (the same with a venue the text knows as a place)
///     at the presidential palace in Lakeport (a venue told in lower case, "in", the city)
///     X welcomed Y to Lakeport               (the city a host welcomes a guest to)
///
/// The city is where the meeting was held, as after "at" or "in" directly. A venue the text
/// knows as a place followed by "in" ("the Old Fort in Lakeport") is read by `city(_:from:_:)`
/// already; one followed by a comma and a town gives way to the town.
extension ArticleMeetings {
    /// True when the place at token `k` follows "at"/"in", then at most four capitalised words
    /// (and "the"), then a comma: "at the State House, Lakeport", "at Blue Hall, Lakeport".
    static func afterVenueComma(_ t: [MeetingToken], _ k: Int) -> Bool {
        guard k >= 3, t[k - 1].kind == .punct, t[k - 1].mark == "," else { return false }
        var p = k - 2
        var names = 0
        while p >= 0, t[p].kind == .word, t[p].capitalized, names < 4 {
            names += 1
            p -= 1
        }
        guard names > 0, p >= 0, t[p].kind == .word else { return false }
        if t[p].word == "the" {
            p -= 1
            guard p >= 0, t[p].kind == .word else { return false }
        }
        return t[p].word == "at" || t[p].word == "in"
    }

    /// The index after a venue told in lower case from token `from`: "the", at most three lower-case
    /// words ending in a venue word ("the presidential palace", "the state guesthouse"); nil when
    /// the tokens are not one.
    static func lowercaseVenueEnd(_ t: [MeetingToken], from: Int) -> Int? {
        guard from < t.count, t[from].kind == .word, t[from].word == "the" else { return nil }
        var k = from + 1
        while k < t.count, k - from <= 3, t[k].kind == .word, !t[k].capitalized {
            if venueKeys.contains(t[k].word) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// True when the place at token `k` is a town that follows a comma after a venue the text knows
    /// as a place, itself after "at", "in", "to" or "visited": "at State House, Lakeport",
    /// "visited Hill House, Lakeport". The town is the meeting's place, not the venue.
    func afterKnownVenueComma(_ t: [MeetingToken], _ k: Int) -> Bool {
        guard k >= 3, t[k - 1].kind == .punct, t[k - 1].mark == ",", t[k - 2].kind == .entity,
            t[k - 2].type == .place, isVenue(r.entities[t[k - 2].entity].id), isTown(r.entities[t[k].entity].id)
        else { return false }
        var p = k - 3
        if t[p].kind == .word, t[p].word == "the" { p -= 1 }
        return p >= 0 && t[p].kind == .word && Self.venueLeadWords.contains(t[p].word)
    }

    /// Words before a venue whose town follows it after a comma.
    static let venueLeadWords: WordKeys = ["at", "in", "to", "visited", "visits"]

    /// "a visit by X to Lakeport", "the trip of X to Lakeport": the index of "to" when token
    /// `k` (a visit noun) is followed by "by"/"of", at most six words and names, then "to".
    static func visitByTo(_ t: [MeetingToken], _ k: Int) -> Int? {
        guard k + 2 < t.count, t[k + 1].kind == .word, t[k + 1].word == "by" || t[k + 1].word == "of" else {
            return nil
        }
        var p = k + 2
        var person = false
        while p < t.count, p - k <= 8 {
            if t[p].isPerson { person = true }
            if t[p].kind == .word, t[p].word == "to" { return person ? p : nil }
            guard t[p].kind == .entity || (t[p].kind == .word && (t[p].capitalized || t[p].word == "the")) else {
                return nil
            }
            p += 1
        }
        return nil
    }

    /// Forms of "welcome" after which "to" and a city give the meeting's place.
    static let welcomeForms: WordKeys = ["welcomed", "welcomes", "welcoming", "welcome"]

    /// True when the trigger at `anchor` is a form of "welcome" ("X welcomed Y to Lakeport").
    static func welcomes(_ t: [MeetingToken], _ anchor: Int) -> Bool {
        anchor >= 0 && anchor < t.count && t[anchor].kind == .word && welcomeForms.contains(t[anchor].word)
    }
}
