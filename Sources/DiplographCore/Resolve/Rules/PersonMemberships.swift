/// A person named before "of the" and a body: "Ivo Kade of the Democratic Renewal Party said …",
/// "Hana Ortiz of the Vexmoor Institute" (rule 4 of `Resolver`). The body's own rule reads the
/// body; the two or three name words before it (no title, cue, generic or function word, no
/// table entry, no capitals only, no article or "of" before them) are a person. "Members of the …"
/// (one word), "Armed Forces of the …" (cue words) and "the Member States of the …" (an article)
/// name no one.
extension ArticleResolver {
    private static let leadDeterminers = Lexicon.set("the a an of its their his her our")

    /// The person's name run before the "of (the)" that ends at `body`, the start of a body's
    /// name, when the run starts at `i`.
    func personBeforeBody(_ i: Int, body: Int) -> Range<Int>? {
        var of = body - 1
        if of > i, tokens[of].isLower, tokens[of].key == Lexicon.the { of -= 1 }
        guard of - i >= 2, of - i <= 3, tokens[of].isLower, tokens[of].key == Lexicon.of else { return nil }
        let r = i..<of
        // "the Member States of the Council": a person's name takes no article.
        if i >= 1, tokens[i - 1].isLower, Self.leadDeterminers.contains(tokens[i - 1].key) { return nil }
        guard tokens[i].isCap, ((i + 1)..<of).allSatisfy({ tokens[$0].isCap && tokens[$0].gap == .space }),
            onlyNameWords(r), index.match(tokens, at: i, limit: of) == nil
        else { return nil }
        return r
    }
}
