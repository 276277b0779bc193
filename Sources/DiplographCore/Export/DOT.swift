#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Graphviz DOT (`.dot`, `.gv`), ready for `dot -Tsvg` (which honours the file's `layout`).
///
/// ```
/// graph "diplograph" {
///   graph [layout="neato", overlap="false", sep="+40", esep="+4", splines="true", …, label="…", labelloc="t"];
///   "n0" [label="Choe Son Hui", shape="ellipse", fillcolor="#aec7e8", fontsize="14.2", …];
///   "n0" -- "n1" [penwidth="3.12", color="#d62728", style="bold", label="2025-09-28", …];
/// }
/// ```
///
/// - `layout`: the engine that suits the graph (`layout(nodeCount:clustered:)`: neato, sfdp, or fdp
///   for clusters) unless one is given; overlap removal with a margin, spline edges drawn under
///   the nodes, and `forcelabels=false` so that edge labels are never drawn over a node or label.
/// - Ids are generated (`n0`, `n1`…, in node order); names go in `label`.
/// - Every id, attribute value and data attribute name is quoted: `\` and `"` are escaped,
///   newlines become `\n`, tabs spaces, and other control characters (C0, DEL, C1) are dropped.
///   Keywords (`node`, `edge`, `graph`, `digraph`, `subgraph`, `strict`) are therefore always safe.
///   CJK and other non-ASCII text passes through as UTF-8 (rendering it needs a CJK font, e.g.
///   Debian's fonts-noto-cjk).
/// - Node style by the `type` attribute: person = light-blue ellipse, country = orange box,
///   organization = green hexagon, place = lavender house, anything else = grey ellipse. The
///   label's font size grows with `mentions` (10 to 18 points, logarithmic, one decimal).
/// - Edge `penwidth` = 1 + 4 · ln(1 + w) / ln(1 + max w), two decimals (1 for w ≤ 0). Meeting
///   edges (`meetings` > 0, or `kind` meeting/both) are bold red and labelled with their dates
///   (`meeting_dates`, up to three; else first … last and the count; "date unknown" without
///   any); co-occurrence edges are grey and unlabelled.
///   Every node and edge has a `tooltip` with its counts (shown on hover in SVG).
/// - Every node and edge attribute of the graph is also written as a quoted DOT attribute, so
///   that readers such as pydot keep the data; names Graphviz itself uses (`weight`, `color`,
///   `label`…) get a `data_` prefix so they cannot change the drawing.
/// - `clusterBy`: nodes with a value for that node attribute are declared inside
///   `subgraph "cluster_<i>" { graph [label="<value>"] … }`, clusters sorted by value; nodes
///   without it stay outside.
/// - Same graph, same bytes: no timestamps, fixed decimals for computed sizes.
public struct DOTWriter: StreamingGraphWriter {
    /// `dot` and `gv`.
    public var extensions: [String] { ["dot", "gv"] }
    /// A node attribute whose values group nodes into clusters (e.g. `"affiliation"`), or nil.
    public var clusterBy: String?
    /// The font of labels (graph, nodes and edges).
    public var fontname: String
    /// The Graphviz engine the file asks for (its `layout` attribute), or nil to choose by size:
    /// see `layout(nodeCount:)`.
    public var layout: String?

    /// A writer; see the properties for the arguments.
    public init(clusterBy: String? = nil, fontname: String = "Helvetica", layout: String? = nil) {
        self.clusterBy = clusterBy
        self.fontname = fontname
        self.layout = layout
    }

    /// Graphs up to this many nodes get `neato`, larger ones `sfdp`.
    public static let neatoMaxNodes = 150

    /// The engines `layout` may name.
    public static let engines = ["neato", "sfdp", "fdp", "dot", "circo", "twopi", "osage", "patchwork"]

    /// The engine for a graph of `nodeCount` nodes: `neato` (stress majorisation: the best
    /// drawings of small networks) up to `neatoMaxNodes`, `sfdp` (multiscale, fast) above; `fdp`
    /// when the file has clusters, the one force-directed engine that lays clusters out (neato
    /// and sfdp place nodes as if there were none and draw the cluster boxes across each other).
    public static func layout(nodeCount: Int, clustered: Bool) -> String {
        clustered ? "fdp" : nodeCount <= neatoMaxNodes ? "neato" : "sfdp"
    }

    /// Node shape and fill colour for an entity type (grey ellipse for none).
    public static func style(forType type: EntityType?) -> (shape: String, fillcolor: String) {
        switch type {
        case .person: ("ellipse", "#aec7e8")
        case .country: ("box", "#ffbb78")
        case .organization: ("hexagon", "#98df8a")
        case .place: ("house", "#c5b0d5")
        case nil: ("ellipse", "#dddddd")
        }
    }

    /// The colour of meeting edges and their date labels.
    public static let meetingColor = "#d62728"
    /// The colour of co-occurrence edges.
    public static let cooccurrenceColor = "#9e9e9e"

    /// Streams the DOT text of `g` into `out` (the caller closes it).
    ///
    /// - Complexity: O(V + E) plus the length of the values.
    public func write(_ g: AttributedGraph, to out: ByteSink) {
        let groups = clusters(g)
        writeHeader(g, clustered: !groups.isEmpty, to: out)
        let nodes = NodeWriter(graph: g)
        // Nodes, by cluster when asked.
        for (c, value) in groups.keys.sorted().enumerated() {
            out.append("  subgraph \"cluster_")
            out.append(int: c)
            out.append("\" {\n    graph [label=")
            DOTWriter.quote(value, to: out)
            out.append(", style=\"rounded,dashed\", color=\"#7f7f7f\"];\n")
            for i in groups[value]! { nodes.write(i, indent: "    ", to: out) }
            out.append("  }\n")
        }
        var inCluster = [Bool](repeating: false, count: g.nodeCount)
        for members in groups.values { for i in members { inCluster[i] = true } }
        for i in 0..<g.nodeCount where !inCluster[i] { nodes.write(i, indent: "  ", to: out) }
        let edges = EdgeWriter(graph: g)
        for e in 0..<g.edgeCount { edges.write(e, to: out) }
        out.append("}\n")
    }

    /// Cluster members by value of the `clusterBy` attribute (nodes without a value stay out).
    func clusters(_ g: AttributedGraph) -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        if let key = clusterBy, let column = g.nodeAttribute(key)?.values {
            for i in 0..<g.nodeCount {
                guard let v = column.text(i), !v.isEmpty else { continue }
                groups[v, default: []].append(i)
            }
        }
        return groups
    }

    /// The opening line and the graph, node and edge defaults.
    func writeHeader(_ g: AttributedGraph, clustered: Bool, to out: ByteSink) {
        out.append("graph \"diplograph\" {\n  graph [layout=")
        DOTWriter.quote(layout ?? DOTWriter.layout(nodeCount: g.nodeCount, clustered: clustered), to: out)
        out.append(", ")
        // dot's classic ranking fails ("trouble in init_rank") on some clustered graphs;
        // newrank ranks clusters and the rest of the graph together.
        if clusterBy != nil { out.append("newrank=\"true\", ") }
        // Overlap removal (prism) with a margin around nodes, edges routed as splines around
        // them, drawn under the nodes; the engines that do not use an attribute ignore it.
        // neato, sfdp and fdp place edge labels after the layout: `forcelabels=false` leaves out
        // one that would cover a node or another label (Graphviz warns "n out of m exterior
        // labels positioned"; the dates stay in the edge's tooltip). The 40-point margin leaves
        // room for them: with it every date label of examples/ and the seeds is placed.
        out.append(
            "overlap=\"false\", sep=\"+40\", esep=\"+4\", splines=\"true\", outputorder=\"edgesfirst\", forcelabels=\"false\", fontname="
        )
        DOTWriter.quote(fontname, to: out)
        if !g.description.isEmpty {
            out.append(", label=")
            DOTWriter.quote(g.description, to: out)
            out.append(", labelloc=\"t\"")
        }
        out.append("];\n  node [shape=\"ellipse\", style=\"filled\", fillcolor=\"#dddddd\", fontname=")
        DOTWriter.quote(fontname, to: out)
        out.append(", fontsize=\"10\"];\n  edge [color=\"")
        out.append(DOTWriter.cooccurrenceColor)
        out.append("\", fontname=")
        DOTWriter.quote(fontname, to: out)
        out.append(", fontsize=\"10\"];\n")
    }

    /// `, "name"=` for every data attribute, built once, with its column.
    static func dataKeys(_ attributes: [Attribute]) -> [([UInt8], AttributeColumn)] {
        attributes.map { a in
            let k = ByteSink()
            k.append(", ")
            DOTWriter.quote(DOTWriter.dataName(a.name), to: k)
            k.append("=")
            return (k.bytes, a.values)
        }
    }

    /// Row `i` of a column as a quoted DOT string (numbers too: `"12"`).
    static func quotedValue(_ column: AttributeColumn, _ i: Int, to out: ByteSink) {
        switch column {
        case .string(let v): quote(v[i]!, to: out)
        case .int(let v):
            out.append(byte: 0x22)
            out.append(int: v[i]!)
            out.append(byte: 0x22)
        default: quote(column.text(i)!, to: out)
        }
    }

    /// Graphviz attribute names that data attributes must not take over.
    static let graphvizNames: Set<String> = [
        "area", "arrowhead", "arrowsize", "arrowtail", "class", "color", "colorscheme", "comment", "constraint",
        "decorate", "dir", "distortion", "edgehref", "edgetarget", "edgetooltip", "edgeurl", "fillcolor",
        "fixedsize", "fontcolor", "fontname", "fontsize", "gradientangle", "group", "headclip", "headhref",
        "headlabel", "headport", "headtarget", "headtooltip", "headurl", "height", "href", "id", "image",
        "imagepos", "imagescale", "label", "labelangle", "labeldistance", "labelfloat", "labelfontcolor",
        "labelfontname", "labelfontsize", "labelhref", "labeljust", "labelloc", "labeltarget", "labeltooltip",
        "labelurl", "layer", "len", "lhead", "ltail", "margin", "minlen", "nojustify", "ordering",
        "orientation", "penwidth", "peripheries", "pin", "pos", "rank", "rects", "regular", "root",
        "samehead", "sametail", "samplepoints", "shape", "shapefile", "showboxes", "sides", "skew",
        "sortv", "style", "tailclip", "tailhref", "taillabel", "tailport", "tailtarget", "tailtooltip",
        "tailurl", "target", "tooltip", "url", "vertices", "weight", "width", "xlabel", "xlp", "z",
    ]

    static func dataName(_ name: String) -> String {
        graphvizNames.contains(name.lowercased()) ? "data_" + name : name
    }

    /// A quoted DOT string: `\` and `"` escaped, newlines as `\n`, tabs as spaces, other control
    /// characters dropped.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x09: out += " "
            case 0..<0x20, 0x7F...0x9F: break
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// Writes `s` quoted as `quote(_:)` does.
    public static func quote(_ s: String, to out: ByteSink) {
        out.append(byte: UInt8(ascii: "\""))
        escape(s, to: out)
        out.append(byte: UInt8(ascii: "\""))
    }

    /// Writes the inside of `quote(_:)`, scanning UTF-8 bytes and copying clean runs whole.
    public static func escape(_ s: String, to out: ByteSink) {
        var s = s
        s.withUTF8 { u in
            var runStart = 0
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                // Bytes that need work: controls, quote, backslash, DEL, and C2 80…C2 9F (C1 controls).
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && b != 0xC2 {
                    i += 1
                    continue
                }
                if b == 0xC2 {
                    if i + 1 < n, u[i + 1] >= 0x80, u[i + 1] <= 0x9F {
                    } else {
                        i += 2
                        continue
                    }
                }
                if i > runStart { out.append(bytes: UnsafeBufferPointer(rebasing: u[runStart..<i])) }
                switch b {
                case 0x22: out.append("\\\"")
                case 0x5C: out.append("\\\\")
                case 0x0A: out.append("\\n")
                case 0x09: out.append(byte: 0x20)
                default: break
                }
                i += b == 0xC2 ? 2 : 1
                runStart = i
            }
            if n > runStart { out.append(bytes: UnsafeBufferPointer(rebasing: u[runStart..<n])) }
        }
    }
}
