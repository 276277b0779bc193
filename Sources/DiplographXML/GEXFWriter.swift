import CLibXML2
import DiplographCore
import Foundation

/// Writes GEXF 1.3 (Gephi's native format) through libxml2's `xmlTextWriter`.
///
/// ```xml
/// <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
///   <meta><creator>Diplograph</creator><description>…</description></meta>
///   <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
///     <attributes class="node"><attribute id="mentions" title="mentions" type="integer"/>…</attributes>
///     <attributes class="edge">…</attributes>
///     <nodes>
///       <node id="n0" label="Wang Yi">
///         <attvalues><attvalue for="mentions" value="9"/></attvalues>
///         <viz:color r="78" g="121" b="167"/><viz:size value="21.61"/>
///       </node>
///     </nodes>
///     <edges>
///       <edge id="e0" source="n0" target="n1" weight="3">
///         <attvalues>…</attvalues>
///         <spells><spell start="2025-09-28" end="2025-09-28"/></spells>
///         <viz:thickness value="3"/>
///       </edge>
///     </edges>
///   </graph>
/// </gexf>
/// ```
///
/// - No `lastmodifieddate`: the same graph always gives the same bytes.
/// - Attribute ids are the attribute names (made unique per class); types use GEXF's names
///   (`integer`/`long`, `double`/`float`, `boolean`, `string`).
/// - Node colour follows the node's `type` attribute (person blue, country red, organization
///   green, place orange, anything else grey: the Tableau 10 palette, readable on white and
///   distinguishable by most colour-blind readers); size grows with `mentions`
///   (10 + 5·log2(1 + mentions)); edge thickness is the weight.
/// - Edges with a `meeting_dates` attribute (ISO dates separated by `; `) get one `<spell>` per
///   date so Gephi's timeline plays the meetings; the graph is then `mode="dynamic"` with
///   `timeformat="date"` (otherwise `mode="static"`). A date known only to the month or year
///   becomes a spell covering that whole month or year; overlapping spells are merged (Gephi
///   rejects overlaps); unparsable entries are skipped.
/// - Labels have their whitespace collapsed (GEXF labels are `xsd:token`); every string is
///   cleaned of characters XML 1.0 forbids.
public struct GEXFWriter: GraphFormatWriter {
    /// `gexf`.
    public var extensions: [String] { ["gexf"] }
    /// A writer.
    public init() {}

    /// Writes `graph` to the file at `path`.
    ///
    /// - Complexity: O(V + E) plus the length of the values.
    public func write(_ graph: AttributedGraph, toTemporaryFile path: String) throws {
        try GraphMLWriter.check(graph, path: path)
        let spells = GEXFWriter.spells(graph)
        let dynamic = spells.contains { !$0.isEmpty }
        let nodeAttrs = GEXFWriter.declared(graph.nodeAttributes)
        let edgeAttrs = GEXFWriter.declared(graph.edgeAttributes)

        let w = try XMLFileWriter(path: path)
        try w.startDocument()
        try w.start("gexf")
        try w.attribute("xmlns", literal: "http://gexf.net/1.3")
        try w.attribute("xmlns:viz", literal: "http://gexf.net/1.3/viz")
        try w.attribute("version", literal: "1.3")
        try w.start("meta")
        try w.element("creator", text: "Diplograph")
        if !graph.description.isEmpty { try w.element("description", text: graph.description) }
        try w.end()

        try w.start("graph")
        try w.attribute("defaultedgetype", literal: "undirected")
        if dynamic {
            try w.attribute("mode", literal: "dynamic")
            try w.attribute("timeformat", literal: "date")
        } else {
            try w.attribute("mode", literal: "static")
        }
        try writeDeclarations(w, nodeAttrs, class: "node")
        try writeDeclarations(w, edgeAttrs, class: "edge")

        try writeNodes(w, graph, attributes: nodeAttrs)
        try writeEdges(w, graph, attributes: edgeAttrs, spells: spells)
        try w.end()  // graph
        try w.end()  // gexf
        try w.endDocument()
    }

    /// `<nodes>`: label, attribute values, colour by entity type, size by mentions.
    func writeNodes(_ w: XMLFileWriter, _ graph: AttributedGraph, attributes nodeAttrs: [Declared]) throws {
        let types = graph.nodeAttribute(GraphKeys.type)?.values
        let mentions = graph.nodeAttribute(GraphKeys.mentions)?.values
        try w.start("nodes")
        for i in 0..<graph.nodeCount {
            try w.start("node")
            try w.attribute("id", prefix: UInt8(ascii: "n"), i)
            try w.attribute("label", XMLText.collapseWhitespace(graph.labels[i]))
            try writeValues(w, nodeAttrs, row: i)
            let (r, g, b) = GEXFWriter.color(forType: types?.string(i).flatMap(EntityType.init(rawValue:)))
            try w.start("viz:color")
            try w.attribute("r", String(r))
            try w.attribute("g", String(g))
            try w.attribute("b", String(b))
            try w.end()
            if let m = mentions?.double(i), m.isFinite, m >= 0 {
                try w.start("viz:size")
                try w.attribute("value", GEXFWriter.size(mentions: m))
                try w.end()
            }
            try w.end()
        }
        try w.end()

    }

    /// `<edges>`: ends, weight, attribute values, meeting spells, thickness by weight.
    func writeEdges(_ w: XMLFileWriter, _ graph: AttributedGraph, attributes edgeAttrs: [Declared], spells: [[Spell]])
        throws
    {
        try w.start("edges")
        for i in 0..<graph.edgeCount {
            let weight = i < graph.weights.count ? graph.weights[i] : 1
            try w.start("edge")
            try w.attribute("id", prefix: UInt8(ascii: "e"), i)
            try w.attribute("source", prefix: UInt8(ascii: "n"), graph.sources[i])
            try w.attribute("target", prefix: UInt8(ascii: "n"), graph.targets[i])
            try w.attribute("weight", AttributeColumn.text(weight))
            try writeValues(w, edgeAttrs, row: i)
            if !spells[i].isEmpty {
                try w.start("spells")
                for s in spells[i] {
                    try w.start("spell")
                    try w.attribute("start", s.start)
                    try w.attribute("end", s.end)
                    try w.end()
                }
                try w.end()
            }
            try w.start("viz:thickness")
            try w.attribute("value", weight.isFinite && weight >= 0 ? AttributeColumn.text(weight) : "1")
            try w.end()
            try w.end()
        }
        try w.end()
    }

    struct Declared {
        var id: String
        var title: String
        var type: String
        var values: AttributeColumn
    }

    static func declared(_ attributes: [Attribute]) -> [Declared] {
        var used: Set<String> = []
        return attributes.map { a in
            var id = a.name.isEmpty ? "attr" : a.name
            var n = 2
            while used.contains(id) {
                id = a.name + "_\(n)"
                n += 1
            }
            used.insert(id)
            let type: String
            switch a.values {
            case .bool: type = "boolean"
            case .string: type = "string"
            case .double: type = a.type == .float ? "float" : "double"
            case .int: type = GraphMLWriter.graphMLType(a) == "long" ? "long" : "integer"
            }
            return Declared(id: id, title: a.name, type: type, values: a.values)
        }
    }

    private func writeDeclarations(_ w: XMLFileWriter, _ attrs: [Declared], class cls: StaticString) throws {
        guard !attrs.isEmpty else { return }
        try w.start("attributes")
        try w.attribute("class", literal: cls)
        for a in attrs {
            try w.start("attribute")
            try w.attribute("id", a.id)
            try w.attribute("title", a.title)
            try w.attribute("type", a.type)
            try w.end()
        }
        try w.end()
    }

    private func writeValues(_ w: XMLFileWriter, _ attrs: [Declared], row i: Int) throws {
        guard attrs.contains(where: { $0.values.isPresent(i) }) else { return }
        try w.start("attvalues")
        for a in attrs {
            guard let v = a.values.text(i) else { continue }
            try w.start("attvalue")
            try w.attribute("for", a.id)
            try w.attribute("value", v)
            try w.end()
        }
        try w.end()
    }

    /// The node colour for an entity type (Tableau 10).
    /// The node colour of an entity type (grey for none).
    static func color(forType type: EntityType?) -> (Int, Int, Int) {
        switch type {
        case .person: (78, 121, 167)
        case .country: (225, 87, 89)
        case .organization: (89, 161, 79)
        case .place: (242, 142, 43)
        case nil: (186, 176, 172)
        }
    }

    static func size(mentions m: Double) -> String {
        AttributeColumn.text(((10 + 5 * log2(1 + m)) * 100).rounded() / 100)
    }

    struct Spell: Hashable, Comparable {
        var start: String
        var end: String
        static func < (a: Spell, b: Spell) -> Bool { (a.start, a.end) < (b.start, b.end) }
    }

    /// One sorted, duplicate-free spell list per edge from its meeting dates.
    static func spells(_ g: AttributedGraph) -> [[Spell]] {
        guard case .string? = g.edgeAttribute(GraphKeys.meetingDates)?.values else {
            return Array(repeating: [], count: g.edgeCount)
        }
        let facts = GraphCodec.EdgeFacts(graph: g)
        return (0..<g.edgeCount).map { e in
            var out = Set<Spell>()
            for d in facts.meetingDates(e) {
                switch d.precision {
                case .day: out.insert(Spell(start: d.iso, end: d.iso))
                case .month:
                    let last = PartialDate.daysIn(month: d.month!, year: d.year)
                    out.insert(
                        Spell(
                            start: PartialDate(year: d.year, month: d.month, day: 1).iso,
                            end: PartialDate(year: d.year, month: d.month, day: last).iso))
                case .year:
                    out.insert(
                        Spell(
                            start: PartialDate(year: d.year, month: 1, day: 1).iso,
                            end: PartialDate(year: d.year, month: 12, day: 31).iso))
                }
            }
            // Gephi refuses overlapping intervals: merge them ("2024-06" and "2024-06-15").
            var merged: [Spell] = []
            for s in out.sorted() {
                if let last = merged.last, s.start <= last.end {
                    merged[merged.count - 1].end = max(last.end, s.end)
                } else {
                    merged.append(s)
                }
            }
            return merged
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
