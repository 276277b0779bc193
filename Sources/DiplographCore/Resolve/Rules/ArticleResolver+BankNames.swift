/// One capitalised word that ends in "bank" is a bank (rule 4 of `Resolver`): "Sberbank",
/// "Vnesheconombank", "Tarskeximbank". Such names glue the word to their own, so no cue word
/// stands apart to type them. At least four letters must stand before "bank" and the word must
/// neither be all capitals nor an English word, whole or before "bank" ("Riverbank",
/// "Sandbank": places); "Bank" alone is read as before.
extension ArticleResolver {
    /// The one-word run `r` is a bank's name.
    func bankName(_ r: Range<Int>) -> Bool {
        guard r.count == 1 else { return false }
        let t = tokens[r.lowerBound]
        guard t.isCap, !t.isAllCaps, !t.isPossessive, t.letters >= 8, t.end - t.start == Int(t.letters) else {
            return false
        }
        let e = t.end
        guard text[e - 4] == 0x62 && text[e - 3] == 0x61 && text[e - 2] == 0x6E && text[e - 1] == 0x6B,
            !englishWord(r.lowerBound)
        else { return false }
        // "Riverbank": an English word and "bank".
        let head = String(decoding: text[t.start..<(e - 4)], as: UTF8.self)
        return !EnglishWords.set.contains(NameTokenizer.key(head))
    }
}
