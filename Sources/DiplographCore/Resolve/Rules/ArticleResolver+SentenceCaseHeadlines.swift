/// A headline written in sentence case ("Leaders meet at a hotel in Vexmoor, Ostia") reads its
/// places like the body: only Title Case headlines ("Leaders Meet In Vexmoor") need the body to
/// confirm a name, because there every word is capitalised (rule 5 of `Resolver`).
extension ArticleResolver {
    /// At least three words of four letters or more in sentence `si` that are not function words
    /// start in lower case (a Title Case headline leaves only function words in lower case).
    func isSentenceCase(_ si: Int) -> Bool {
        var lower = 0
        for k in sentenceTokens[si] where tokens[k].isLower && tokens[k].letters >= 4 && tokens[k].gap != .hyphen {
            if !Lexicon.stopwords.contains(tokens[k].key) && !Lexicon.functionWords.contains(tokens[k].key) {
                lower += 1
            }
        }
        return lower >= 3
    }
}
