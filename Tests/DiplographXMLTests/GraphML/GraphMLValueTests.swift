import DiplographCore
import Foundation
import Testing

@testable import DiplographXML

@Suite("GraphML reader values")
struct GraphMLValueTests {
    /// What `strtod` reads from the whole of `s`, as `parseDouble` did before its digit path.
    func strtodValue(_ s: String) -> Double? {
        let t = s.trimmingCharacters(in: .init(charactersIn: " \t\n\r"))
        guard !t.isEmpty else { return nil }
        return t.withCString { p -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let v = strtod(p, &end)
            guard let end else { return nil }
            return UnsafePointer(end) == p + strlen(p) ? v : nil
        }
    }

    @Test("numbers of digits only read as strtod reads them; everything else goes to strtod")
    func digitPathEqualsStrtod() {
        let cases = [
            "0", "7", "007", "42", " 42 ", "\n3\t", "999999999999999", "123456789012345", "1234567890123456",
            "9007199254740993", "-0", "+5", "-12", "1.5", "1e3", "0x10", "12a", "", " ", "inf", "NaN", "3.",
            "00000000000000000001",
        ]
        for c in cases {
            let got = parseDouble(Array(c.utf8))
            let want = strtodValue(c)
            #expect(got?.bitPattern == want?.bitPattern || (got?.isNaN == true && want?.isNaN == true), "\(c)")
        }
    }

    @Test("a string column of a few repeated values and one of distinct values read the same")
    func repeatedAndDistinctStrings() throws {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="edge" attr.name="kind" attr.type="string"/>
              <key id="n" for="edge" attr.name="note" attr.type="string"/>
              <graph edgedefault="undirected">

            """
        let kinds = ["meeting", "cooccurrence", "both", "", "Treffen ü", "meeting "]
        for i in 0..<300 {
            let kind = kinds[i % 5 == 4 ? (i / 5) % kinds.count : i % 3]
            xml += "<edge source=\"n\(i % 7)\" target=\"n\(i % 11)\"><data key=\"k\">\(kind)</data>"
            xml += "<data key=\"n\">note number \(i)</data></edge>\n"
        }
        xml += "</graph></graphml>\n"
        let g = try GraphMLReader().read(bytes: Array(xml.utf8), name: "t.graphml")
        let kind = try #require(g.edgeAttribute("kind")?.values)
        let note = try #require(g.edgeAttribute("note")?.values)
        for i in 0..<300 {
            #expect(kind.string(i) == kinds[i % 5 == 4 ? (i / 5) % kinds.count : i % 3])
            #expect(note.string(i) == "note number \(i)")
        }
    }

    @Test("the capture buffer grows past its first size and keeps every byte")
    func longValues() throws {
        let long = String(repeating: "abcdefghij", count: 700)  // 7,000 bytes
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="e" for="edge" attr.name="evidence" attr.type="string"/>
              <graph edgedefault="undirected">
                <edge source="a" target="b"><data key="e">\(long)</data></edge>
                <edge source="b" target="c"><data key="e">short</data></edge>
              </graph>
            </graphml>
            """
        let g = try GraphMLReader().read(bytes: Array(xml.utf8), name: "t.graphml")
        let e = try #require(g.edgeAttribute("evidence")?.values)
        #expect(e.string(0) == long)
        #expect(e.string(1) == "short")
    }
}
