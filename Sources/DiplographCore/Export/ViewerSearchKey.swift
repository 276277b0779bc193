import Foundation

/// The names the HTML viewer's search compares: case, diacritics and width folded; apostrophes
/// dropped; hyphens, dots, underscores and runs of spaces turned into one space.
///
/// This is not the resolver's normaliser (`NameTokenizer.normalizedPhrase`, which `path` uses):
/// it must give exactly what the page's JavaScript `normalize()` gives a typed query (NFKD,
/// marks dropped, lower-cased), so that the page can match without the tokenizer.
///
/// ```swift
/// ViewerSearchKey.normalize("Choe Son-hui")   // "choe son hui"
/// ViewerSearchKey.normalize("U.S.")           // "u s"
/// ```
public enum ViewerSearchKey {
    /// The search form of `s`.
    public static func normalize(_ s: String) -> String {
        var ascii = true
        for b in s.utf8 where b >= 0x80 {
            ascii = false
            break
        }
        if ascii { return normalizeASCII(s) }
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = [UInt8]()
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for u in folded.unicodeScalars {
            if u == "'" || u == "\u{2019}" || u == "\u{2018}" || u == "\u{02BC}" || u == "`" { continue }
            let keep: Bool
            if u.isASCII {
                let b = UInt8(u.value)
                keep = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            } else {
                keep = u.properties.isAlphabetic || u.properties.numericType != nil
            }
            if !keep {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if u.isASCII {
                var b = UInt8(u.value)
                if b >= 0x41 && b <= 0x5A { b += 0x20 }
                out.append(b)
            } else {
                out.append(contentsOf: Array(String(u).lowercased().utf8))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The byte loop of `normalize` for ASCII text.
    static func normalizeASCII(_ s: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        appendNormalizedASCII(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the normalised form of ASCII `s` to `out` (what `normalizeASCII` returns).
    static func appendNormalizedASCII(_ s: String, to out: inout [UInt8]) {
        let base = out.count
        var pendingSpace = false
        for var b in s.utf8 {
            if b == 0x27 || b == 0x60 { continue }
            let digit = b &- 0x30 < 10
            let upper = b &- 0x41 < 26
            let lower = b &- 0x61 < 26
            if !(digit || upper || lower) {
                pendingSpace = out.count > base
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if upper { b += 0x20 }
            out.append(b)
        }
    }
}
