/// The place gazetteer (`placeGazetteerText`, from GeoNames and ISO 3166-2: see data/README.md
/// and data/places.COPYRIGHT): cities, states and provinces with the alias-table id of their
/// country, as sequence keys of token keys, the way `AliasIndex` keys the alias table. Built
/// once per process, on first use, into flat tables (`KeySet`s and sorted arrays); a lookup
/// hashes the tokens already in hand and allocates nothing.
struct PlaceGazetteer: Sendable {
    /// The gazetteer compiled into the library.
    static let shared = PlaceGazetteer(placeGazetteerText)

    /// Longest name, in tokens.
    private(set) var maxTokens = 0
    /// Sequence keys of whole names (the test for a name: one probe).
    private var full = KeySet()
    /// Sequence keys of every proper prefix of a name.
    private var prefixes = KeySet()
    /// Whole-name keys in ascending order, and the index into `countries` of each: a listed
    /// name's country is found by binary search, asked only for names that are places.
    private var sortedKeys: [UInt64] = []
    private var sortedCountries: [UInt16] = []
    /// Country ids, in the order the text names them ("" for a place without one).
    private(set) var countries: [String] = []

    var count: Int { full.count }

    /// Parses `text`: one place a line, its name, a tab, its country's id (possibly empty),
    /// the lines of one country in a row.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var toks: [NameToken] = []
        var entries: [(key: UInt64, country: UInt16)] = []
        entries.reserveCapacity(bytes.count / 16)
        var prefixKeys: [UInt64] = []
        var previousCountry = 0..<0
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var tab = lineStart
            while tab < lineEnd, bytes[tab] != 0x09 { tab += 1 }
            toks.removeAll(keepingCapacity: true)
            if tab < lineEnd { NameTokenizer.tokenize(bytes, lineStart..<tab, into: &toks) }
            if !toks.isEmpty {
                let country = (tab + 1)..<lineEnd
                if countries.isEmpty || !bytes[country].elementsEqual(bytes[previousCountry]) {
                    countries.append(String(decoding: bytes[country], as: UTF8.self))
                    previousCountry = country
                }
                var h = NameTokenizer.seed
                for (n, t) in toks.enumerated() {
                    h = NameTokenizer.combine(h, t.key)
                    if n + 1 < toks.count { prefixKeys.append(h) }
                }
                entries.append((h, UInt16(countries.count - 1)))
                maxTokens = max(maxTokens, toks.count)
            }
            lineStart = lineEnd + 1
        }
        // One country per name (two spellings with one key: the country read first).
        entries.sort { ($0.key, $0.country) < ($1.key, $1.country) }
        for e in entries where sortedKeys.last != e.key {
            sortedKeys.append(e.key)
            sortedCountries.append(e.country)
        }
        full = KeySet(sortedKeys)
        prefixes = KeySet(prefixKeys)
    }

    /// The country id of the name whose sequence key is `h`, or nil when none is listed.
    private func country(key h: UInt64) -> String? {
        guard full.contains(h) else { return nil }
        var lo = 0
        var hi = sortedKeys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sortedKeys[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < sortedKeys.count && sortedKeys[lo] == h ? countries[Int(sortedCountries[lo])] : nil
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
        return country(key: h)
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
            if full.contains(h) { best = j + 1 }
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
