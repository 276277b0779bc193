#!/usr/bin/env python3
"""Renders DOT files with Graphviz and measures how readable the drawings are.

    scripts/diagram-check.py [--check] [--json] FILE.dot ...

Each file is laid out by `dot -Tjson` (which honours the file's `layout` attribute, as
`dot -Tsvg` does) and measured on the positions Graphviz computed:

- size: the drawing's bounding box in points (72 per inch) and its aspect ratio (width/height);
- node overlaps: pairs of nodes whose boxes (position +- width/2, height/2) intersect;
- label overlaps: (text, node) pairs where a label drawn outside the nodes -- an edge label, a
  cluster label, an external label (xlabel) or the graph label -- intersects a node box;
- label-label overlaps: pairs of such labels that intersect one another (reported, not checked);
- labels left out: edge labels and `xlabel`s Graphviz drew nowhere (neato and fdp place edge
  labels after the layout; with forcelabels=false one without a free place is dropped).

Text boxes come from Graphviz's own text operations (`T` in `_ldraw_`: anchor point, alignment,
width) and the font size of the preceding `F` operation; a line's box runs from 0.25 of the font
size below the baseline to 0.75 above it. Boxes that merely touch (less than 0.5 pt deep) do not
count.

--check exits 1 when a file has a node overlap or a label overlap, or an aspect ratio outside
1:2 .. 2:1; a file Graphviz cannot lay out always exits 2. --json prints one JSON object per file.
"""
import json
import subprocess
import sys

SLACK = 0.5  # points: intersections shallower than this are rounding, not overlap


def boxes_intersect(a, b):
    return (min(a[2], b[2]) - max(a[0], b[0]) > SLACK) and (min(a[3], b[3]) - max(a[1], b[1]) > SLACK)


def text_boxes(ops):
    """Boxes (x0, y0, x1, y1) of the text lines drawn by an xdot operation list."""
    size = 14.0
    out = []
    for op in ops or []:
        if op.get("op") == "F":
            size = float(op.get("size", size))
        elif op.get("op") == "T" and op.get("text", "").strip():
            x, y = op["pt"]
            w = float(op.get("width", 0))
            align = op.get("align", "c")
            x0 = x - w / 2 if align == "c" else (x - w if align == "r" else x)
            out.append((x0, y - 0.25 * size, x0 + w, y + 0.75 * size))
    return out


def measure(path):
    r = subprocess.run(["dot", "-Tjson", path], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"{path}: dot failed: {r.stderr.strip()}")
    g = json.loads(r.stdout)
    x0, y0, x1, y1 = (float(v) for v in g["bb"].split(","))
    width, height = x1 - x0, y1 - y0
    nodes, labels, dropped = [], text_boxes(g.get("_ldraw_")), 0
    for o in g.get("objects", []):
        if "nodes" in o or "bb" in o:  # a subgraph (cluster): its label is outside its nodes
            labels += text_boxes(o.get("_ldraw_"))
            continue
        if "pos" not in o:
            continue
        x, y = (float(v) for v in o["pos"].split(","))
        w, h = float(o["width"]) * 36, float(o["height"]) * 36
        nodes.append((o.get("label", o["name"]), (x - w, y - h, x + w, y + h)))
        labels += text_boxes(o.get("_xldraw_"))
        dropped += bool(o.get("xlabel")) and not text_boxes(o.get("_xldraw_"))
    for e in g.get("edges", []):
        for key in ("_ldraw_", "_xldraw_", "_hldraw_", "_tldraw_"):
            labels += text_boxes(e.get(key))
        # neato and fdp place edge labels like external ones: with forcelabels=false, a label
        # that fits nowhere is not drawn at all (no text operation in `_ldraw_`).
        dropped += bool(e.get("label") or e.get("xlabel")) and not text_boxes(e.get("_ldraw_"))
    # Sweep on x so that large graphs stay fast.
    def overlaps(items):
        items = sorted(items, key=lambda t: t[1][0])
        found = []
        for i, (na, a) in enumerate(items):
            for nb, b in items[i + 1:]:
                if b[0] >= a[2]:
                    break
                if boxes_intersect(a, b):
                    found.append((na, nb))
        return found

    node_overlaps = overlaps(nodes)
    tagged = [(("node", n), b) for n, b in nodes] + [(("label", i), b) for i, b in enumerate(labels)]
    label_node = [(a, b) for a, b in overlaps(tagged) if (a[0] == "node") != (b[0] == "node")]
    label_label = [(a, b) for a, b in overlaps(tagged) if a[0] == "label" and b[0] == "label"]
    return {
        "file": path,
        "layout": g.get("layout", "dot"),
        "nodes": len(nodes),
        "edges": len(g.get("edges", [])),
        "width_pt": round(width, 1),
        "height_pt": round(height, 1),
        "aspect": round(width / height, 3) if height > 0 else None,
        "node_overlaps": len(node_overlaps),
        "label_node_overlaps": len(label_node),
        "label_label_overlaps": len(label_label),
        "edge_labels": sum(1 for e in g.get("edges", []) if e.get("label") or e.get("xlabel")),
        "labels_left_out": dropped,
        "examples": [f"{a} / {b}" for a, b in node_overlaps[:5]]
        + [f"{a[1] if a[0] == 'node' else b[1]} / a label" for a, b in label_node[:5]],
    }


def problems(m):
    out = []
    if m["node_overlaps"]:
        out.append(f"{m['node_overlaps']} overlapping node pairs")
    if m["label_node_overlaps"]:
        out.append(f"{m['label_node_overlaps']} labels over nodes")
    if m["aspect"] is None or not 0.5 <= m["aspect"] <= 2:
        out.append(f"aspect ratio {m['aspect']} outside 1:2 .. 2:1")
    return out


def main(argv):
    check = "--check" in argv
    as_json = "--json" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    status = 0
    for f in files:
        try:
            m = measure(f)
        except (RuntimeError, OSError, ValueError, KeyError) as e:
            print(f"{f}: error: {e}", file=sys.stderr)
            return 2
        bad = problems(m)
        if as_json:
            print(json.dumps(m, ensure_ascii=False))
        else:
            print(f"{f}: layout {m['layout']}, {m['nodes']} nodes, {m['edges']} edges, "
                  f"{m['width_pt']} x {m['height_pt']} pt (aspect {m['aspect']}), "
                  f"{m['node_overlaps']} node overlaps, {m['label_node_overlaps']} label-node overlaps, "
                  f"{m['label_label_overlaps']} label-label overlaps, {m['labels_left_out']} of {m['edge_labels']} edge labels left out")
        if check and bad:
            print(f"{f}: " + "; ".join(bad) + ("; e.g. " + ", ".join(m["examples"]) if m["examples"] else ""),
                  file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
