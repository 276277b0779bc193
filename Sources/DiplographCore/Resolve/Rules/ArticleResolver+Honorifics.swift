/// Honorifics before a name that are no words of it and no entity of their own (rule 3 of
/// `Resolver`). They title the name after them as a title head does:
///
/// - dotted abbreviations: "H.E. Ivo Brandt", "H.H. …", and "HRH Crown Prince …". "H.E." is one
///   abbreviation token whose key is the pronoun's ("he"), so it counts only with its periods;
/// - "the Rt. Hon. Ivo Brandt": "Rt" only right before "Hon" (alone it may be an acronym of
///   the table, a television channel);
/// - honorifics of other languages that are no given names (`worldHonorifics`): "Alhaji",
///   "Mzee", "Ratu", "Shri", "Tun", "Pehin", "Dasho", and two-word ones, "Tan Sri", "Puan
///   Sri", "Toh Puan"; the Khmer "Samdech …", up to a "Techo" within the run ("Samdech Akka
///   Moha Sena Padei Techo Hun Sen").
///
/// The honorific must be followed by a capitalised word. Counterexamples: "HE SAID" (capitals,
/// no periods), "RT reported" (no "Hon" after it), "Sri Lanka" (a country, and "Sri" alone is a
/// given name: "Sri Mulyani"), "Tan Wei Ming" (a family name: "Tan" only before "Sri").
extension ArticleResolver {
    /// Keys of honorifics written as dotted abbreviations ("H.E.", "H.H.", "H.R.H.").
    private static let dottedHonorifics = Lexicon.set("he hh hrh")
    /// One-word honorifics of other languages, none of them a given name or an English word; the
    /// meeting matcher's role reading skips them too (`ArticleContext.honorifics`).
    static let worldHonorificWords = [
        "alhaji", "alhaja", "mzee", "ratu", "shri", "shrimati", "smt", "tun", "pehin", "dasho", "lyonpo", "samdech",
    ]
    static let worldHonorifics = Lexicon.set(worldHonorificWords.joined(separator: " "))
    private static let hrh = NameTokenizer.key("hrh")
    private static let rt = NameTokenizer.key("rt")
    private static let hon = NameTokenizer.key("hon")
    /// First words of two-word honorifics ("Tan Sri", "Puan Sri", "Toh Puan") and their second.
    private static let pairedHonorifics: [UInt64: UInt64] = [
        NameTokenizer.key("tan"): NameTokenizer.key("sri"), NameTokenizer.key("puan"): NameTokenizer.key("sri"),
        NameTokenizer.key("toh"): NameTokenizer.key("puan"),
    ]
    private static let samdech = NameTokenizer.key("samdech")
    private static let techo = NameTokenizer.key("techo")

    /// The end of an honorific that starts at token `k` (before `limit`) and titles the name
    /// after it; nil when none starts there.
    func honorificEnd(at k: Int, limit b: Int) -> Int? {
        let t = tokens[k]
        // The name may stand past the span: "Rt." can end a sentence the splitter cut.
        guard t.isCap, k + 1 < tokens.count, tokens[k + 1].isCap else { return nil }
        if t.flags.contains(.abbreviation) { return Self.dottedHonorifics.contains(t.key) ? k + 1 : nil }
        if t.isAllCaps { return t.key == Self.hrh ? k + 1 : nil }
        if t.key == Self.rt { return tokens[k + 1].key == Self.hon ? k + 1 : nil }
        if let second = Self.pairedHonorifics[t.key] {
            return tokens[k + 1].key == second && k + 2 < b && tokens[k + 2].isCap ? k + 2 : nil
        }
        guard Self.worldHonorifics.contains(t.key) else { return nil }
        if t.key == Self.samdech,
            let e = (k + 1..<max(k + 1, min(b - 1, k + 7))).first(where: {
                tokens[$0].key == Self.techo && tokens[$0 + 1].isCap
            })
        {
            return e + 1
        }
        return k + 1
    }

    /// Token `j` inside a run of name words opens a form of address that ends the run: a dotted
    /// honorific or "HRH" ("Ambassador of Norvia H.E. Ivo Brandt"), or "Mr", "Ms", "Dr" … before
    /// a name word ("Norvia Mr. Ivo Brandt"). World honorifics do not: "Najib Tun Razak" is one
    /// name.
    func addressOpens(at j: Int, limit b: Int) -> Bool {
        let t = tokens[j]
        if t.isAllCaps { return honorificEnd(at: j, limit: b) != nil }
        return Self.personHonorifics.contains(t.key) && j + 1 < b && tokens[j + 1].isCap
    }
}
