import Testing

@testable import DiplographCore

private func read(_ s: String, id: String = "a1") -> IngestResult {
    PlainTextReader().read(bytes: Array(s.utf8), path: "in/\(id).txt", id: id)
}

private func blocks(_ a: Article) -> [String] { a.blocks.map { a.string($0.range) } }

@Suite struct PlainTextTests {
    @Test func headlineHeaderAndBody() throws {
        let r = read(
            """
            Envoys of Norway and Chile agree on fishing accord
            Published: 02 Oct. 2025, 08:15 Updated: 03 Oct. 2025, 10:00
            Ana Duarte, Chile's foreign minister, met her Norwegian counterpart in Oslo on Wednesday.
            Share
            The two sides signed a memorandum.
            BY LEE MI-NA [lee.mina@harbourpost.example]
            """)
        let a = try #require(r.articles.first)
        #expect(r.diagnostics.isEmpty)
        #expect(a.id == "a1")
        #expect(a.source == "in/a1.txt")
        #expect(a.headline == "Envoys of Norway and Chile agree on fishing accord")
        #expect(a.published == PartialDate(year: 2025, month: 10, day: 2))
        #expect(a.blocks.map(\.kind) == [.headline, .body, .body])
        #expect(
            blocks(a) == [
                "Envoys of Norway and Chile agree on fishing accord",
                "Ana Duarte, Chile's foreign minister, met her Norwegian counterpart in Oslo on Wednesday.",
                "The two sides signed a memorandum.",
            ])
    }

    @Test func navigationBeforeTheHeadlineIsSkipped() throws {
        let a = try #require(
            read(
                """
                Global EditionEUROPE 中文 Español
                World
                Home / World / Diplomacy

                Lisbon talks end with joint statement

                A short dek about the talks and what they mean

                By LEE MINA | Harbour Post | Updated: 2025-10-04 11:20
                Share - WeChat
                The foreign ministers of Portugal and Ghana met in Lisbon on Friday.

                lee.mina@harbourpost.example
                Most Viewed in 24 Hours
                Copyright 2001 - . All rights reserved.
                """
            ).articles.first)
        #expect(a.headline == "Lisbon talks end with joint statement")
        #expect(a.published?.iso == "2025-10-04")
        #expect(
            blocks(a) == [
                "Lisbon talks end with joint statement",
                "A short dek about the talks and what they mean",
                "The foreign ministers of Portugal and Ghana met in Lisbon on Friday.",
            ])
    }

    @Test func dateLinesAlone() throws {
        let a = try #require(
            read("Envoys meet in Accra for trade talks\nSeptember 17, 2024\nThe talks began.").articles.first)
        #expect(a.published?.iso == "2024-09-17")
        #expect(blocks(a) == ["Envoys meet in Accra for trade talks", "The talks began."])
        let b = try #require(
            read("Envoys meet in Accra for trade talks\ndate 2024-09-18\nThe talks began.").articles.first)
        #expect(b.published?.iso == "2024-09-18")
        let c = try #require(
            read("Envoys meet in Accra for trade talks\nThe talks began on September 17, 2024.").articles.first)
        #expect(c.published == nil, "a date inside a sentence is not the publication date")
    }

    @Test func dateBeforeTheFirstLine() throws {
        // A metadata prefix glued to the first line: the date, then the line as usual.
        let a = try #require(
            read("date 2024-09-18 Envoys meet in Accra for trade talks\nThe talks began on Tuesday.").articles.first)
        #expect(a.published?.iso == "2024-09-18")
        #expect(a.headline == "Envoys meet in Accra for trade talks")
        let b = try #require(
            read("Published: 2023-09 OSLO – The ministers met on Friday, officials said.").articles.first)
        #expect(b.published == PartialDate(year: 2023, month: 9))
        #expect(b.dateline == "OSLO")
        // Only before the first line, and only an ISO date followed by a space or the end.
        let c = try #require(read("Talks in Accra\ndate 2024-09-18x The talks began.").articles.first)
        #expect(c.published == nil)
        let d = try #require(read("Dated 2024-09-18 papers were found in the archive of the ministry.").articles.first)
        #expect(d.published == nil)
    }

    @Test func ledeSentenceIsNotAHeadline() throws {
        // Eleven words ending in a full stop: a sentence of the body, not a headline.
        let a = try #require(
            read("President Ana Duarte is in Oslo to hold talks with officials.\nThe talks began.").articles.first)
        #expect(a.headline == "")
        #expect(a.blocks.map(\.kind) == [.body, .body])
        let b = try #require(read("Duarte arrives in Oslo for talks.\nThe talks began.").articles.first)
        #expect(b.headline == "Duarte arrives in Oslo for talks.")
    }

    @Test func ledeWithDatelineAndNoHeadline() throws {
        let a = try #require(
            read(
                """
                OSLO – Chile's foreign minister met her Norwegian counterpart on Sunday, officials said.
                OSLO – this second line is not a dateline.
                """
            ).articles.first)
        #expect(a.headline == "")
        #expect(a.dateline == "OSLO")
        #expect(a.blocks.map(\.kind) == [.body, .body])
        #expect(blocks(a)[0] == "Chile's foreign minister met her Norwegian counterpart on Sunday, officials said.")
        #expect(blocks(a)[1].hasPrefix("OSLO –"))
    }

    @Test(arguments: [
        ("SEOUL – The talks began.", "SEOUL", "The talks began."),
        ("SEOUL—The talks began.", "SEOUL", "The talks began."),
        ("NEW YORK - The talks began.", "NEW YORK", "The talks began."),
        ("LISBON, Oct 2 (Reuters) - The talks began.", "LISBON", "The talks began."),
        ("ACCRA, Ghana (AP) — The talks began.", "ACCRA", "The talks began."),
        ("Lisbon (Reuters) -- The talks began.", "Lisbon", "The talks began."),
    ])
    func datelines(line: String, place: String, rest: String) throws {
        let a = try #require(read("Talks open in a capital city today\n" + line).articles.first)
        #expect(a.dateline == place)
        #expect(blocks(a).last == rest)
    }

    @Test(arguments: ["SEOUL-based firms grew.", "NATO members met.", "US - China ties", "The UN – a body – met."])
    func notDatelines(line: String) throws {
        let a = try #require(read("Talks open in a capital city today\n" + line).articles.first)
        #expect(a.dateline == nil)
        #expect(blocks(a).last == line)
    }

    @Test func gluedWidgetAndCaption() throws {
        let a = try #require(
            read(
                """
                Envoys of Norway and Chile agree on fishing accord
                Chile's minister arrived first.
                Impact Shorts
                More ShortsDuarte welcomed the accord.
                Ministers shake hands in Oslo. [Photo/Harbour News]
                """
            ).articles.first)
        #expect(
            blocks(a).dropFirst() == [
                "Chile's minister arrived first.", "Duarte welcomed the accord.", "Ministers shake hands in Oslo.",
            ])
    }

    @Test func crlfBOMAndOffsets() throws {
        let text = "\u{FEFF}Envoys agree on accord in Oslo\r\n\r\nThe talks began.  \r\nThey ended.\r\n"
        let bytes = Array(text.utf8)
        let a = try #require(PlainTextReader().read(bytes: bytes, path: "x.txt", id: "x").articles.first)
        #expect(a.text == bytes, "the text is the file itself")
        #expect(a.headline == "Envoys agree on accord in Oslo")
        #expect(blocks(a) == ["Envoys agree on accord in Oslo", "The talks began.", "They ended."])
        #expect(a.blocks[0].range.lowerBound == 3)
        #expect(a.blocks.allSatisfy { !a.string($0.range).contains("\r") })
    }

    @Test func hardWrappedParagraphsAreJoined() throws {
        let a = try #require(
            read(
                "Envoys agree on accord in Oslo\n\nThe talks between the two\nministers ended late.\nA new line starts here."
            ).articles.first)
        #expect(
            blocks(a) == [
                "Envoys agree on accord in Oslo", "The talks between the two\nministers ended late.",
                "A new line starts here.",
            ])
    }

    /// A text wrapped at a fixed width throughout: a line that starts with a capital continues
    /// the one before when that one ends inside a sentence ("Prime Minister Ana" then "Lind");
    /// a sentence's end or a blank line still ends the block.
    @Test func textWrappedAtAFixedWidthJoinsCapitalisedLines() throws {
        let wrapped = """
            LAKEPORT, May 3 (Agency) - Kestrian Prime Minister Ana
            Lind said she and Norvian President Tomas Berg had held
            their first talks on Sunday since Lind took office as
            Kestria's new leader.
            Lind on Wednesday became the first new leader in nearly
            eight years, succeeding Ivo Marek. Marek had forged
            close ties with Berg, meeting him often and speaking by
            phone in the months of the long border dispute.

            "I told him our ties were the foundation of regional
            peace and stability," Lind told reporters after the
            talks in Lakeport. "We agreed to stay in close touch."
            """
        let a = try #require(read(wrapped).articles.first)
        #expect(
            blocks(a).map { $0.split(separator: "\n").count } == [4, 4, 3],
            "\(blocks(a))")
        #expect(blocks(a)[0].hasSuffix("Kestria's new leader."))
    }

    /// Counterexample: a scraped page keeps each paragraph on one line, so it has few long
    /// lines, and a capitalised line after one that ends without a full stop stays a block.
    @Test func paragraphsOnOneLineAreNotAWrappedText() throws {
        let long = String(repeating: "The ministers met in Lakeport and talked about trade and the border ", count: 3)
        // The second paragraph ends without a full stop, as a caption does: only a wrapped text
        // would join the capitalised line after it.
        let text =
            "Ministers meet in Lakeport\nBy Ana Reporter\n" + long + ".\n" + long + "\n"
            + "Tomas Berg said the talks went well.\n"
        let a = try #require(read(text).articles.first)
        #expect(!ArticleLayout.hardWrapped(a.text, lines: ByteClass.lines(a.text, 0..<a.text.count)))
        #expect(blocks(a).last == "Tomas Berg said the talks went well.")
    }

    @Test func badFiles() {
        func message(_ bytes: [UInt8]) -> String? {
            let r = PlainTextReader().read(bytes: bytes, path: "bad.txt", id: "bad")
            #expect(r.articles.isEmpty)
            #expect(r.diagnostics.count == 1)
            return r.diagnostics.first?.description
        }
        #expect(message([]) == "bad.txt: warning: skipped: empty file")
        #expect(message(Array(" \n\r\n\t".utf8)) == "bad.txt: warning: skipped: empty file")
        #expect(message([0xEF, 0xBB, 0xBF, 0x0A]) == "bad.txt: warning: skipped: empty file")
        #expect(message([0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x41]) == "bad.txt: warning: skipped: binary file")
        #expect(
            message([0x41, 0x81, 0x8D, 0xC0, 0x80, 0xFF, 0xFE, 0x41]) == "bad.txt: warning: skipped: not UTF-8 text")
        #expect(message(Array("Share\nTop\n".utf8)) == "bad.txt: warning: skipped: no article text")
    }

    @Test func latin1IsConvertedWithAWarning() throws {
        // "Envoys meet in São Tomé" then "Talks ended – at last." in Windows-1252.
        var bytes = Array("Envoys meet in S".utf8) + [0xE3] + Array("o Tom".utf8) + [0xE9] + Array(" for talks\n".utf8)
        bytes += Array("Talks ended ".utf8) + [0x96] + Array(" at last.\n".utf8)
        let r = PlainTextReader().read(bytes: bytes, path: "l1.txt", id: "l1")
        let a = try #require(r.articles.first)
        #expect(a.headline == "Envoys meet in São Tomé for talks")
        #expect(blocks(a).last == "Talks ended – at last.")
        #expect(r.diagnostics.map(\.severity) == [.warning])
        #expect(r.diagnostics.first?.description.hasPrefix("l1.txt: warning: not UTF-8") == true)
    }

    @Test func utf16WithBOMIsConverted() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "Envoys agree on accord\nThe talks began.".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let a = try #require(PlainTextReader().read(bytes: bytes, path: "u.txt", id: "u").articles.first)
        #expect(blocks(a) == ["Envoys agree on accord", "The talks began."])
    }

    @Test func utf8Validation() {
        #expect(TextDecoding.isValidUTF8(Array("añ中😀".utf8)))
        #expect(!TextDecoding.isValidUTF8([0xC0, 0xAF]))  // overlong
        #expect(!TextDecoding.isValidUTF8([0xED, 0xA0, 0x80]))  // surrogate
        #expect(!TextDecoding.isValidUTF8([0xE4, 0xB8]))  // truncated
        #expect(!TextDecoding.isValidUTF8([0xF4, 0x90, 0x80, 0x80]))  // > U+10FFFF
    }
}
