import Testing

@testable import DiplographCore

private func isBoilerplate(_ s: String) -> Bool {
    let t = Array(s.utf8)
    return Boilerplate.isBoilerplate(t, 0..<t.count)
}

@Suite struct BoilerplateTests {
    @Test(arguments: [
        "Share", "Share - WeChat", "  share - Weibo ", "Most Viewed in 24 Hours", "Top", "BACK TO THE TOP", "English",
        "World", "Copyright 2001 - . All rights reserved. Content on this site belongs to Harbour Media.",
        "© 2025 Harbour Media", "License for publishing audio online 0000001", "Registration Number: 424242",
        "FOLLOW US", "Impact Shorts", "Global EditionEUROPE 中文 Español",
        "lee.mina@harbourpost.example", "Contact: lee.mina@harbourpost.example",
        "BY LEE MI-NA [lee.mina@harbourpost.example]", "By LEE MINA | Harbour Post", "By Ana Duarte and Kofi Mensah",
        "By Ana Duarte, Staff Reporter", "with the Harbour Post Daily", "With inputs from agencies",
        "This article was originally written in Portuguese and translated with software. It was then edited.",
        "Home / World / Diplomacy", "News > Asia > Politics", "[Photo/Harbour News]",
        "Reporting by Ana Duarte; Editing by Kofi Mensah",
    ])
    func boilerplateLines(line: String) {
        #expect(isBoilerplate(line))
    }

    @Test(arguments: [
        "By contrast, the ministry said the envoys would meet again.",
        "By Monday, the delegation had left the capital and returned home after the long talks.",
        "With the talks over, both ministers flew home.",
        "The share of exports rose by a third.",
        "Topics on the table included trade.",
        "Envoys from Norway and Chile meet in Lisbon",
        "The two sides signed three accords / memoranda on trade.",
        "Copyright law was one of the topics, the envoy said, adding that "
            + String(repeating: "talks continue and ", count: 40),
    ])
    func contentLines(line: String) {
        #expect(!isBoilerplate(line))
    }

    @Test func widgetPrefixIsStrippedFromGluedLines() {
        let t = Array("More ShortsOkafor agreed with the plan.".utf8)
        let r = Boilerplate.stripWidgetPrefix(t, 0..<t.count)
        #expect(String(decoding: t[r], as: UTF8.self) == "Okafor agreed with the plan.")
        let u = Array("More Shorts".utf8)
        #expect(Boilerplate.stripWidgetPrefix(u, 0..<u.count) == 0..<u.count, "nothing would remain: unchanged")
        let v = Array("Moreover, the talks went on.".utf8)
        #expect(Boilerplate.stripWidgetPrefix(v, 0..<v.count) == 0..<v.count)
    }

    @Test func captionMarkersAreCutOff() {
        for (line, expected) in [
            (
                "Envoys shake hands in Lisbon, Oct 2, 2025. [Photo/Harbour News]",
                "Envoys shake hands in Lisbon, Oct 2, 2025."
            ),
            ("The minister departs from Oslo |", "The minister departs from Oslo"),
            ("Delegates arrive (Yonhap)", "Delegates arrive"),
            ("Talks (in Oslo) ended", "Talks (in Oslo) ended"),
        ] {
            let t = Array(line.utf8)
            let r = Boilerplate.stripCaptionMarker(t, 0..<t.count)
            #expect(String(decoding: t[r], as: UTF8.self) == expected)
        }
    }
}
