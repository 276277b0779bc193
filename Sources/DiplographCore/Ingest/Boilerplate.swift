/// Recognises the page furniture that scrapers save along with an article — share buttons,
/// navigation, bylines, copyright lines, widgets, translation notes — so that it never becomes
/// a content block (and never yields entities).
///
/// The rules are data: `rules` lists whole-line, prefix and substring patterns (all compared
/// ignoring ASCII case, on a line trimmed of whitespace); a few shapes that a fixed string cannot
/// describe are checked by code and documented on `isBoilerplate(_:_:)`. To teach Diplograph a
/// new site, add a `Rule` here and a test line in `BoilerplateTests`.
///
/// ```swift
/// Boilerplate.isBoilerplate(Array("Share - WeChat".utf8), 0..<14)   // true
/// ```
public enum Boilerplate {
    /// One pattern for a boilerplate line.
    public enum Rule: Sendable, Hashable {
        /// The whole line equals the text.
        case line(String)
        /// The line starts with the text and is at most `maxBytes` long.
        case prefix(String, maxBytes: Int)
        /// The line contains the text and is at most `maxBytes` long.
        case contains(String, maxBytes: Int)
    }

    /// Boilerplate line patterns, ignoring ASCII case.
    public static let rules: [Rule] = [
        // Share buttons and page widgets.
        .line("Share"), .prefix("Share - ", maxBytes: 40), .prefix("Share on ", maxBytes: 40),
        .line("Share this article"), .line("Share this"), .line("Tweet"), .line("Print"), .line("Email"),
        .line("E-mail"), .line("Copy link"), .line("Link copied"), .line("Font size"), .line("Listen"),
        .prefix("Listen to this article", maxBytes: 60), .line("Comments"), .line("Advertisement"),
        .line("Sponsored"), .line("Impact Shorts"), .line("More Shorts"), .line("Trending"),
        .line("Most Viewed"), .prefix("Most Viewed in", maxBytes: 40), .line("Most Popular"),
        .line("Most Read"), .line("Related Stories"), .line("Related Articles"), .line("Related News"),
        .line("Related"), .line("Recommended"), .line("Top Stories"), .line("Editor's Picks"),
        .line("Latest"), .line("Latest News"), .line("Read more"), .prefix("Read more:", maxBytes: 200),
        .prefix("Also read", maxBytes: 200), .prefix("Related:", maxBytes: 200), .prefix("Watch:", maxBytes: 120),
        // Navigation.
        .line("Top"), .line("Back to top"), .line("Back to the top"), .line("Home"), .line("Menu"),
        .line("Search"), .line("World"), .line("English"), .line("Sign in"), .line("Log in"), .line("Login"),
        .line("Subscribe"), .prefix("Global Edition", maxBytes: 200), .prefix("Subscribe to", maxBytes: 120),
        .prefix("Sign up for", maxBytes: 160), .prefix("Click here", maxBytes: 160),
        .prefix("Download the app", maxBytes: 120),
        // Follow us, legal lines.
        .line("Follow us"), .prefix("Follow us on", maxBytes: 120), .prefix("Copyright", maxBytes: 600),
        .prefix("©", maxBytes: 600), .prefix("(c) ", maxBytes: 300), .contains("All rights reserved", maxBytes: 600),
        .prefix("License for publishing", maxBytes: 200), .prefix("Registration Number", maxBytes: 120),
        .prefix("Terms of Use", maxBytes: 200), .prefix("Terms of Service", maxBytes: 200),
        .prefix("Privacy Policy", maxBytes: 200), .prefix("Cookie", maxBytes: 200),
        // Credits and translation notes.
        .prefix("With inputs from", maxBytes: 120), .prefix("Reporting by", maxBytes: 300),
        .prefix("Editing by", maxBytes: 200), .prefix("Writing by", maxBytes: 200),
        .prefix("Additional reporting", maxBytes: 300), .prefix("Contact the writer", maxBytes: 200),
        .prefix("Source:", maxBytes: 120), .prefix("Photo:", maxBytes: 300), .prefix("Photos:", maxBytes: 300),
        .prefix("[Photo", maxBytes: 300), .prefix("(Photo", maxBytes: 300), .prefix("File photo", maxBytes: 300),
        .prefix("This article was originally written in", maxBytes: 600),
        .prefix("This article was translated", maxBytes: 600), .prefix("This article was written in", maxBytes: 600),
        .contains("translated by a bilingual reporter", maxBytes: 600),
        .contains("[email protected]", maxBytes: 200), .contains("[email\u{A0}protected]", maxBytes: 200),
    ]

    /// Widget labels that scrapers glue to the start of a real paragraph ("More ShortsWang
    /// echoed…"); `stripWidgetPrefix` removes them (case-sensitive).
    public static let widgetPrefixes: [String] = ["More Shorts", "Impact Shorts", "READ MORE", "Also Read"]

    /// Photo-credit markers at the end of a caption line ("… in Beijing. [Photo/Xinhua]"):
    /// a bracketed group at the end of the line whose text starts with one of these (ignoring
    /// case) is cut off by `stripCaptionMarker`, and so is a trailing "|".
    public static let captionMarkers: [String] = [
        "[photo", "(photo", "[image", "(image", "[file photo", "(file photo", "[yonhap]", "(yonhap)",
        "[news1]", "[newsis]", "[ap]", "(ap)", "[reuters]", "(reuters)", "[xinhua]", "(xinhua)", "[afp]",
        "(afp)", "[epa]", "[kcna]", "(kcna)", "[getty", "[joongang", "[korea joongang",
    ]

    /// Connecting words allowed, lower-case, in a byline name ("By Kim and Lee").
    static let bylineConnectors: Set<String> = ["and", "de", "van", "von", "der", "bin", "al", "la", "le", "da", "&"]

    /// Whether the line `t[range]` is boilerplate: one of `rules`, or
    /// - an e-mail line (a short line of at most four words, one holding `x@y`);
    /// - a byline: "By NAME" / "BY NAME [mail]" / "By NAME | Paper | Updated: …" — after "By", at
    ///   most six capitalised words (or connectors) up to the end of the line or a "|", "[", "(",
    ///   "," (what follows those must be short), and no final full stop;
    /// - an affiliation line under a byline: "with the Korea JoongAng Daily" (short, capitalised);
    /// - a navigation crumb: "Home / World / Diplomacy", "News > Asia" (short parts, no full stop).
    public static func isBoilerplate(_ t: [UInt8], _ range: Range<Int>) -> Bool {
        let r = ByteClass.trim(t, range)
        guard !r.isEmpty else { return false }
        let c = compiled
        for rule in c.anchored[Int(ByteClass.lower(t[r.lowerBound]))]
        where r.count <= rule.maxBytes && startsWith(t, r, rule.pattern) {
            if !rule.wholeLine || r.count == rule.pattern.count { return true }
        }
        // The substring rules: every occurrence of a pattern (at least `floatingStep` bytes
        // long) covers exactly one of the sampled bytes `lo + step - 1 + k * step`; each sampled
        // byte is looked up among the pattern bytes at offsets below `step`, and only the starts
        // those give are compared. About one byte in `step` is read on a line that has none.
        if r.count <= c.floatingMaxBytes, r.count >= c.floatingStep {
            let found: Bool = t.withUnsafeBufferPointer { b in
                c.floatingEntries.withUnsafeBufferPointer { entries in
                    c.floatingFirst.withUnsafeBufferPointer { first in
                        let step = c.floatingStep
                        var q = r.lowerBound + step - 1
                        while q < r.upperBound {
                            let x = Int(ByteClass.lower(b[q]))
                            for k in Int(first[x])..<Int(first[x + 1]) {
                                let e = entries[k]
                                let start = q - Int(e.offset)
                                if start >= r.lowerBound, r.count <= Int(e.maxBytes),
                                    start + Int(e.length) <= r.upperBound, ByteClass.lower(b[start]) == e.head,
                                    startsWith(t, start..<r.upperBound, c.floating[Int(e.rule)].pattern)
                                {
                                    return true
                                }
                            }
                            q += step
                        }
                        return false
                    }
                }
            }
            if found { return true }
        }
        return isEmailLine(t, r) || isByline(t, r) || isAffiliation(t, r) || isBreadcrumb(t, r)
    }

    /// `rules` as lower-cased bytes: line and prefix rules bucketed by first byte, then the
    /// substring rules.
    struct CompiledRule: Sendable {
        var pattern: [UInt8]
        var maxBytes: Int
        var wholeLine: Bool
    }
    struct Compiled: Sendable {
        /// Line and prefix rules by the first byte of their pattern (256 buckets).
        var anchored: [[CompiledRule]]
        var floating: [CompiledRule]
        /// The length of the shortest substring rule: the sampling step of the search.
        var floatingStep: Int
        /// For each lower-cased byte, the substring rules holding it at an offset below
        /// `floatingStep`, with that offset: `floatingEntries[floatingFirst[b]..<floatingFirst[b + 1]]`
        /// (one flat array, no array per byte).
        var floatingEntries: [FloatingEntry]
        var floatingFirst: [Int32]
        /// The longest line a substring rule applies to.
        var floatingMaxBytes: Int
    }
    struct FloatingEntry: Sendable {
        var rule: Int32
        var offset: Int32
        /// The rule's pattern length, line limit and first byte, read without the rule.
        var length: Int32
        var maxBytes: Int32
        var head: UInt8
    }
    static let compiled: Compiled = {
        var anchored = [[CompiledRule]](repeating: [], count: 256)
        var floating: [CompiledRule] = []
        for rule in rules {
            switch rule {
            case .line(let s):
                let p = s.utf8.map(ByteClass.lower)
                anchored[Int(p[0])].append(CompiledRule(pattern: p, maxBytes: p.count, wholeLine: true))
            case .prefix(let s, let m):
                let p = s.utf8.map(ByteClass.lower)
                anchored[Int(p[0])].append(CompiledRule(pattern: p, maxBytes: m, wholeLine: false))
            case .contains(let s, let m):
                floating.append(CompiledRule(pattern: s.utf8.map(ByteClass.lower), maxBytes: m, wholeLine: false))
            }
        }
        let step = floating.map(\.pattern.count).min() ?? 4
        precondition(step >= 4, "substring rules have at least four bytes")
        var at = [[FloatingEntry]](repeating: [], count: 256)
        for (k, rule) in floating.enumerated() {
            for j in 0..<step {
                at[Int(rule.pattern[j])].append(
                    FloatingEntry(
                        rule: Int32(k), offset: Int32(j), length: Int32(rule.pattern.count),
                        maxBytes: Int32(min(rule.maxBytes, Int(Int32.max))), head: rule.pattern[0]))
            }
        }
        var first: [Int32] = [0]
        for bucket in at { first.append(first[first.count - 1] + Int32(bucket.count)) }
        return Compiled(
            anchored: anchored, floating: floating, floatingStep: step, floatingEntries: at.flatMap { $0 },
            floatingFirst: first, floatingMaxBytes: floating.map(\.maxBytes).max() ?? 0)
    }()

    /// `t[r]` starts with the lower-cased `p`, ignoring ASCII case.
    @inline(__always) static func startsWith(_ t: [UInt8], _ r: Range<Int>, _ p: [UInt8]) -> Bool {
        guard r.count >= p.count else { return false }
        var k = 0
        var i = r.lowerBound
        while k < p.count {
            if ByteClass.lower(t[i]) != p[k] { return false }
            k += 1
            i += 1
        }
        return true
    }

    static func isEmailLine(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count <= 160, t[r].contains(0x40) else { return false }
        let words = ByteClass.words(t, r)
        guard words.count <= 4 else { return false }
        for w in words {
            var i = w.lowerBound + 1
            while i < w.upperBound - 1 {
                if t[i] == 0x40, ByteClass.isAlnum(t[i - 1]), ByteClass.isAlnum(t[i + 1]) { return true }
                i += 1
            }
        }
        return false
    }

    static func isByline(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count <= 200, ByteClass.hasPrefixIgnoringCase(t, r, "by "), t[r.upperBound - 1] != 0x2E else {
            return false
        }
        // Name part: up to "|", "[", "(", "," or the end.
        var nameEnd = r.upperBound
        var i = r.lowerBound + 3
        while i < r.upperBound {
            let b = t[i]
            if b == 0x7C || b == 0x5B || b == 0x28 || b == 0x2C {
                nameEnd = i
                break
            }
            i += 1
        }
        let names = ByteClass.words(t, (r.lowerBound + 3)..<nameEnd)
        guard !names.isEmpty, names.count <= 6 else { return false }
        for w in names {
            let first = t[w.lowerBound]
            if ByteClass.isUpper(first) || first >= 0xC0 { continue }
            let word = String(decoding: t[w], as: UTF8.self)
            if !bylineConnectors.contains(word) { return false }
        }
        // What follows a comma must be short ("By Kim Eun-bin, staff reporter").
        if nameEnd < r.upperBound, t[nameEnd] == 0x2C, r.upperBound - nameEnd > 40 { return false }
        return true
    }

    static func isAffiliation(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count <= 80,
            ByteClass.hasPrefixIgnoringCase(t, r, "with the ") || ByteClass.hasPrefixIgnoringCase(t, r, "for the ")
        else { return false }
        let words = ByteClass.words(t, r).dropFirst(2)
        guard !words.isEmpty, words.count <= 6, t[r.upperBound - 1] != 0x2E else { return false }
        return words.allSatisfy { ByteClass.isUpper(t[$0.lowerBound]) }
    }

    static func isBreadcrumb(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        // A separator ("/", ">", "»", "›") is needed: it holds one of these bytes.
        guard r.count <= 120, t[r].contains(where: { $0 == 0x2F || $0 == 0x3E || $0 == 0xBB || $0 == 0xBA }) else {
            return false
        }
        var parts = 1
        var partWords = 0
        var maxWords = 0
        for w in ByteClass.words(t, r) {
            let s = t[w]
            if s.count == 1 && (s.first == 0x2F || s.first == 0x3E)
                || s.count == 2 && s[w.lowerBound] == 0xC2 && s[w.lowerBound + 1] == 0xBB
                || s.count == 3 && s[w.lowerBound] == 0xE2 && s[w.lowerBound + 1] == 0x80 && s[w.lowerBound + 2] == 0xBA
            {
                parts += 1
                maxWords = max(maxWords, partWords)
                partWords = 0
                continue
            }
            if s.last == 0x2E || s.last == 0x3F || s.last == 0x21 { return false }
            partWords += 1
        }
        maxWords = max(maxWords, partWords)
        return parts >= 2 && maxWords <= 4 && partWords > 0
    }

    /// `range` without a widget label glued to its start ("More ShortsWang echoed…" → "Wang
    /// echoed…"); unchanged when none is there or nothing would remain.
    public static func stripWidgetPrefix(_ t: [UInt8], _ range: Range<Int>) -> Range<Int> {
        let r = ByteClass.trim(t, range)
        for p in widgetPrefixes where ByteClass.hasPrefix(t, r, p) {
            let rest = ByteClass.trim(t, (r.lowerBound + p.utf8.count)..<r.upperBound)
            if !rest.isEmpty { return rest }
        }
        return r
    }

    /// `range` without a trailing photo credit ("[Photo/Xinhua]", "(Yonhap)") or "|".
    public static func stripCaptionMarker(_ t: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var r = ByteClass.trim(t, range)
        while !r.isEmpty {
            let last = t[r.upperBound - 1]
            if last == 0x7C {
                r = ByteClass.trim(t, r.lowerBound..<(r.upperBound - 1))
                continue
            }
            guard last == 0x5D || last == 0x29 else { break }
            let open: UInt8 = last == 0x5D ? 0x5B : 0x28
            guard let o = (r.lowerBound..<r.upperBound).last(where: { t[$0] == open }) else { break }
            let group = o..<r.upperBound
            guard captionMarkers.contains(where: { ByteClass.hasPrefixIgnoringCase(t, group, $0) }) else { break }
            r = ByteClass.trim(t, r.lowerBound..<o)
        }
        return r
    }
}
