/// How a meeting clause names its city around a place mention:
///
///     met at the Blue Complex in Lakeport      (a place "in" a city: the city)
///     met in the Ostrian capital of Lakeport   (a description before the city)
///     met in the border town of Lakeport       (the same)
///     talks on security in the Kestrel Sea     (a sea or region: no city)
///
/// A place followed by "in" and a city is in that city, as a venue is ("the Old Fort in
/// Lakeport"): the meeting's place is the city. The preposition of a city may stand before a
/// description of it ("the", a country's name or adjective, "capital", "town", "border", "of"):
/// "in the Ostrian capital of Lakeport" places the meeting in Lakeport, not in Ostria. A sea,
/// an ocean, a gulf, a strait or a region (its name's last word, or "region" after it) is no
/// meeting's city: "tensions in the Asia-Pacific region" after a meeting says where the tensions
/// are.
extension ArticleMeetings {
    /// The city that the place at token `k` is in: "in" after it (or after a venue word:
    /// "the Old Fort residence in Lakeport"), then a city (`city(_:from:_:)`); nil when none
    /// follows.
    static func innerCity(_ t: [MeetingToken], _ k: Int, _ entities: [LocalEntity]) -> String? {
        var n = k + 1
        if n < t.count, t[n].kind == .word, venueKeys.contains(t[n].word) { n += 1 }
        guard n + 1 < t.count, t[n].kind == .word, t[n].word == "in" else { return nil }
        return city(t, from: n + 1, entities)
    }

    /// The index of the word before the description that precedes token `k` ("in" for "in the
    /// Ostrian capital of Lakeport"): at most five tokens of `descriptionWords`, countries and
    /// commas back; `k - 1` when none precedes it.
    static func beforeDescription(_ t: [MeetingToken], _ k: Int) -> Int {
        var p = k - 1
        while p >= 0, k - p <= 5 {
            let tok = t[p]
            let describes =
                (tok.kind == .word && descriptionWords.contains(tok.word))
                || (tok.kind == .entity && tok.type == .country) || (tok.kind == .punct && tok.mark == ",")
            guard describes else { break }
            p -= 1
        }
        return p
    }

    /// True when the place at token `k` is a sea or a region rather than a city: its name ends in
    /// a `regionWords` word, or "region" follows it.
    static func isRegion(_ t: [MeetingToken], _ k: Int, _ entities: [LocalEntity]) -> Bool {
        guard t[k].entity >= 0, t[k].entity < entities.count else { return false }
        if k + 1 < t.count, t[k + 1].kind == .word, regionFollowers.contains(t[k + 1].word) { return true }
        return endsInRegionWord(entities[t[k].entity].name)
    }

    /// True when the last space-separated word of `name` is a `regionWords` word, case ignored.
    /// This runs for every place near a meeting: an ASCII word is compared byte by byte, without
    /// making a String; a word with other bytes is lowercased as a String.
    static func endsInRegionWord(_ name: String) -> Bool {
        let u = name.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
        var start = end
        while start > u.startIndex {
            let b = u[u.index(before: start)]
            if b == 0x20 { break }
            if b >= 0x80 {
                guard let last = name.split(separator: " ").last else { return false }
                return regionWords.contains(last.lowercased())
            }
            start = u.index(before: start)
        }
        let word = u[start..<end]
        // `| 0x20` lowercases an ASCII letter and maps no other ASCII byte to a letter.
        return regionWordBytes.contains { w in w.count == word.count && zip(w, word).allSatisfy { $0 == $1 | 0x20 } }
    }

    /// Last words of the name of a sea or a region.
    static let regionWords: Set<String> = [
        "sea", "ocean", "gulf", "strait", "straits", "region", "peninsula", "channel", "basin",
    ]

    /// `regionWords` as bytes, for `endsInRegionWord`.
    private static let regionWordBytes: [[UInt8]] = regionWords.sorted().map { Array($0.utf8) }

    /// Words after a place that make it a region: "the Asia-Pacific region".
    static let regionFollowers: WordKeys = ["region", "regions", "sea", "ocean"]
}
