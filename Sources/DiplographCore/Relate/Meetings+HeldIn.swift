/// A sentence that puts a person's meetings in a city: "X held a series of meetings in Lakeport
/// on Friday", "X attended the summit in Lakeport", "talks in Lakeport". Such a sentence places
/// X's visit like "X arrived in Lakeport" does (`visits`, rule 3 of `articlePlaces`): the other
/// meetings of X that the article reports without a city ("On the sidelines, X met Y") were held
/// there, when the article gives X no other city.
///
/// Only nouns of meetings held in person count, followed by "in" and the city: a call has no
/// place, and "at" names a venue more often than a town. The sentence must name one person
/// only: "X and Y held talks in Lakeport last year" tells a meeting of its own, not a visit. A
/// meeting still to come ("the upcoming summit in Lakeport", "next week's talks in Lakeport")
/// says where X will be, not where X is.
extension ArticleMeetings {
    /// Nouns of meetings in person whose "in" + city gives the visit's city.
    static let heldInNouns: WordKeys = [
        "meeting", "meetings", "talks", "summit", "summits", "discussions", "consultations", "forum", "conference",
    ]

    /// Words before the noun of a meeting still to come.
    static let comingWords: WordKeys = ["upcoming", "forthcoming", "next", "planned", "future", "coming"]

    /// True when word token `k` of `t` is a `heldInNouns` noun followed by "in", in a sentence
    /// that names one person (`people`), and none of the three words before it says the meeting
    /// is still to come.
    static func heldIn(_ t: [MeetingToken], _ k: Int, _ people: Set<String>) -> Bool {
        guard people.count == 1, k + 1 < t.count, t[k].kind == .word, heldInNouns.contains(t[k].word),
            t[k + 1].kind == .word, t[k + 1].word == "in"
        else { return false }
        return !t[max(0, k - 3)..<k].contains { $0.kind == .word && comingWords.contains($0.word) }
    }
}
