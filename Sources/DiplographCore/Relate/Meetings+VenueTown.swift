/// A held meeting placed at a venue is placed in the venue's town, when that is known:
///
///     X received Y at the Blue Palace          (the alias table gives the Blue Palace's town)
///     talks at Lakeport International Airport  (the town that begins the venue's name)
///
/// The place of a meeting is its city (`Meetings+ArticlePlace.swift`): the town comes from the
/// article's place whose name opens the venue's, else from the alias table (its `town` column,
/// or the table's place that opens the venue's name: `ResolvedArticle.venueTowns`). A venue with
/// no known town keeps its place; a phone call has none.
extension ArticleMeetings {
    /// Moves every held meeting at a venue with a known town to that town (`cityInName(of:)`).
    mutating func venuesInTowns() {
        for i in drafts.indices where drafts[i].status == .held {
            if let p = drafts[i].place, let city = cityInName(of: p) { drafts[i].place = city }
        }
    }
}
