/// The place gazetteer (`placeGazetteerText`, from GeoNames and ISO 3166-2: see data/README.md
/// and data/places.COPYRIGHT): cities, states and provinces with the alias-table id of their
/// country, as sequence keys of token keys, the way `AliasIndex` keys the alias table. Built
/// once per process, on first use; a lookup hashes the tokens already in hand and allocates
/// nothing.
struct PlaceGazetteer: Sendable {
    /// The gazetteer compiled into the library.
    static let shared = PlaceGazetteer(placeGazetteerText)

    /// Longest name, in tokens.
    private(set) var maxTokens = 0
    /// Sequence key of a whole name -> index into `countries` (0: no country).
    private var full = KeyMap<UInt16>()
    /// Sequence keys of every proper prefix of a name.
    private var prefixes = KeySet()
    /// Country ids ("" first, for a place the alias table has no country for).
    private(set) var countries: [String] = [""]

    private(set) var count = 0

    /// Parses `text`: one place a line, its name, a tab, its country's id (possibly empty).
    init(_ text: String) {
        var countryIndex: [Substring: UInt16] = ["": 0]
        var toks: [NameToken] = []
        let bytes = Array(text.utf8)
        var prefixKeys: [UInt64] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var tab = lineStart
            while tab < lineEnd, bytes[tab] != 0x09 { tab += 1 }
            if tab < lineEnd {
                toks.removeAll(keepingCapacity: true)
                NameTokenizer.tokenize(bytes, lineStart..<tab, into: &toks)
                if !toks.isEmpty {
                    let code = Substring(String(decoding: bytes[(tab + 1)..<lineEnd], as: UTF8.self))
                    let c: UInt16
                    if let known = countryIndex[code] {
                        c = known
                    } else {
                        c = UInt16(countries.count)
                        countryIndex[code] = c
                        countries.append(String(code))
                    }
                    var h = NameTokenizer.seed
                    for (n, t) in toks.enumerated() {
                        h = NameTokenizer.combine(h, t.key)
                        if n + 1 < toks.count { prefixKeys.append(h) }
                    }
                    if full[h] == nil {
                        full[h] = c
                        count += 1
                    }
                    maxTokens = max(maxTokens, toks.count)
                }
            }
            lineStart = lineEnd + 1
        }
        prefixes = KeySet(prefixKeys)
    }

    /// The gazetteer name that is exactly `tokens[r]` (joined by spaces or hyphens): its
    /// country's id ("" when the table has none); nil when the tokens name no listed place.
    func country(of tokens: [NameToken], _ r: Range<Int>) -> String? {
        guard !r.isEmpty, r.count <= maxTokens else { return nil }
        var h = NameTokenizer.seed
        for k in r {
            if k > r.lowerBound {
                if tokens[k].gap != .space && tokens[k].gap != .hyphen { return nil }
                guard prefixes.contains(h) else { return nil }
            }
            h = NameTokenizer.combine(h, tokens[k].key)
        }
        return full[h].map { countries[Int($0)] }
    }

    /// The end of the longest gazetteer name starting at token `i` (words joined by spaces or
    /// hyphens, before `limit`), or nil.
    func longestMatch(_ tokens: [NameToken], at i: Int, limit: Int) -> Int? {
        var h = NameTokenizer.seed
        var best: Int? = nil
        var j = i
        while j < min(limit, i + maxTokens) {
            if j > i {
                if tokens[j].gap != .space && tokens[j].gap != .hyphen { break }
                if tokens[j - 1].isPossessive { break }
            }
            h = NameTokenizer.combine(h, tokens[j].key)
            if full[h] != nil { best = j + 1 }
            guard prefixes.contains(h) else { break }
            j += 1
        }
        return best
    }

    /// The country id of the place called `name` (tokenised as the resolver does).
    func country(ofName name: String) -> String? {
        let bytes = Array(name.utf8)
        var toks: [NameToken] = []
        NameTokenizer.tokenize(bytes, 0..<bytes.count, into: &toks)
        return country(of: toks, 0..<toks.count)
    }
}
