/// Frame: a title line above the lede that the layout did not take for the headline.
///
///     TITLE:  X's call with Y | The President met with the Prime Minister   (no full stop)
///     LEDE:   X spoke with Y today …                                       (the first sentence)
///
/// A page whose byline, section name or site title took the headline's place keeps its real
/// title as a body line before the lede, without the full stop that ends a sentence. A meeting
/// first reported there is dated as a headline's is (`leadDates`): by one of the three sentences
/// after it that names only its participants, else, when the title tells no earlier meeting, by
/// the publication day (`Meetings+NewsOfTheDay.swift`). A meeting of the lede or after it is not
/// one, nor is a photo caption's (`ArticleContext+Caption.swift`).
extension ArticleMeetings {
    /// Sentence `s` is a body line before the lede (`ArticleContext.ledeSentence`), so a title.
    func titleLine(_ s: Int) -> Bool {
        guard let lede = ctx.ledeSentence else { return false }
        return s < lede && !ctx.isHeadline(sentence: s) && !ctx.isCaption(sentence: s)
    }
}
