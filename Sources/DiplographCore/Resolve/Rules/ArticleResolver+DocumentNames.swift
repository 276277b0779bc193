/// A law, an act or a treaty named after a body is a document, not the body (rule 1 of
/// `Resolver`): "Vexmoor's Coast Guard Law", "the Tarsk Police Act", "the Defence Forces Bill".
/// The document noun comes right after the body's last cue word and ends the name; "the State of
/// Law coalition" (an "of" before it) and "the Coast Guard" (no noun after it) are read as before.
extension ArticleResolver {
    /// Nouns of documents that take a body's name.
    static let documentNouns = Lexicon.set("law laws act bill treaty charter convention decree ordinance")

    /// The cue word at `cue` is followed by a document noun that ends the name at `end`.
    func documentAfterCue(_ cue: Int, end: Int) -> Bool {
        end == cue + 2 && tokens[cue + 1].isCap && tokens[cue + 1].gap == .space
            && Self.documentNouns.contains(tokens[cue + 1].key)
    }
}
