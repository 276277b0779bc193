/// Bodies named only in a page's furniture (rule 6 of `Resolver`, after the entities are made):
/// a masthead or signature line ("The Vexmoor DAILY POST", "The Tarsk Press Service"), a
/// copyright line ("2024 © The Lorin Times /Cookies Policy"), a section label ("President's
/// News - 2024.4.15"), a handle's line ("Chirper: @ana_ruiz", "Follow us on Chirper
/// @VexNews"). Such a line is short (at most eight words), is no sentence (it does not end in
/// ".", "!" or "?") and has no lowercase word, or holds a handle ("@"). The headline is never
/// furniture. A body that the text also names in a sentence stays, with every mention.
extension ResolvedArticle {
    /// The most words a furniture line has.
    static let furnitureWords = 8

    /// Drops the organisations all of whose mentions stand in furniture lines of `text`.
    mutating func dropFurnitureBodies(_ text: [UInt8]) {
        var furniture = [Bool?](repeating: nil, count: entities.count)
        for m in mentions where entities[m.entity].type == .organization && furniture[m.entity] != false {
            let headline =
                m.sentence < sentences.count && sentences[m.sentence].block < article.blocks.count
                && article.blocks[sentences[m.sentence].block].kind == .headline
            furniture[m.entity] = !headline && Self.inFurnitureLine(text, m.range)
        }
        guard furniture.contains(where: { $0 == true }) else { return }
        var newIndex = [Int](repeating: -1, count: entities.count)
        var kept: [LocalEntity] = []
        for i in entities.indices where furniture[i] != true {
            newIndex[i] = kept.count
            kept.append(entities[i])
        }
        entities = kept
        mentions = mentions.compactMap { m in
            guard newIndex[m.entity] >= 0 else { return nil }
            var m = m
            m.entity = newIndex[m.entity]
            return m
        }
    }

    /// The line of `text` around `range` is furniture (see the type's comment).
    static func inFurnitureLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var s = range.lowerBound
        while s > 0, text[s - 1] != 0x0A { s -= 1 }
        var e = range.upperBound
        while e < text.count, text[e] != 0x0A { e += 1 }
        let line = text[s..<e]
        let handle = line.contains(0x40)
        var last = e
        while last > s, text[last - 1] == 0x20 || text[last - 1] == 0x0D || text[last - 1] == 0x09 { last -= 1 }
        if !handle, last > s, [0x2E, 0x21, 0x3F].contains(text[last - 1]) { return false }
        var words = 0
        var k = s
        while k < e {
            let b = text[k]
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80
            guard letter, k == s || !Self.wordByte(text[k - 1]) else {
                k += 1
                continue
            }
            words += 1
            if words > furnitureWords { return false }
            if !handle, b >= 0x61, b <= 0x7A, k == s || text[k - 1] != 0x40 { return false }
            k += 1
        }
        return words > 0
    }

    /// A byte inside a word: a letter, a digit, an apostrophe or any byte of a non-ASCII letter.
    static func wordByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == 0x27 || b >= 0x80
    }
}
