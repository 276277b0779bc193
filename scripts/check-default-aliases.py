#!/usr/bin/env python3
"""Validate an alias table in the Diplograph TSV format (default: data/default-aliases.tsv).

Usage: scripts/check-default-aliases.py [FILE]

Errors are printed compiler-style (FILE:LINE:COLUMN: error: ...) and make the exit status 1.
Notes (cross-type name sharing, e.g. a country and a place) are printed only with -v.
On success a one-line summary with the number of entries per type is printed.
"""
import os
import re
import sys
import unicodedata

COLUMNS = ["id", "type", "name", "aliases", "demonyms", "affiliation", "roles", "external_id", "town"]
# Columns that a row may leave off when they end the header and the row has nothing in them.
OPTIONAL_TRAILING = ["town"]
REQUIRED = ["id", "type", "name"]
TYPES = ["person", "country", "organization", "place"]
# Which entity types an affiliation may point to, per type of the entry carrying it.
AFFILIATION_TARGETS = {
    "person": {"country", "organization"},
    "organization": {"country"},
    "place": {"country"},
    "country": set(),
}
# Aliases that must never appear (ambiguous on their own).
FORBIDDEN_ALIASES = {"korea", "foreign ministry", "ministry of foreign affairs", "congo"}

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
# "Title", "Title FROM-", "Title FROM-TO", "Title -TO". The range splits at the hyphen that is
# followed by a four-digit year (or ends the text).
ROLE_RE = re.compile(r"^(?P<title>\S(?:.*\S)?) (?P<from>" + DATE + r")?-(?P<to>" + DATE + r")?$")
DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def strip_diacritics(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def resolver_key(s):
    """What the resolver is said to normalise: case, diacritics, apostrophes, hyphens, spacing."""
    s = strip_diacritics(s).lower()
    s = re.sub(r"['\u2019\u2018`]", "", s)
    s = s.replace("-", " ")
    return " ".join(s.split())


def collision_key(s):
    """Stricter key for clash detection: also ignores spaces and periods."""
    s = strip_diacritics(s).lower()
    return re.sub(r"['\u2019\u2018`\-\s.]", "", s)


def check_date(text):
    parts = [int(p) for p in text.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return "month out of range"
    if len(parts) == 3 and not 1 <= parts[2] <= DAYS[parts[1] - 1]:
        return "day out of range"
    return None


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = args[0] if args else os.path.join(root, "data", "default-aliases.tsv")
    shown = os.path.relpath(path)
    errors = []
    notes = []

    def err(line, col, msg):
        errors.append(f"{shown}:{line}:{col}: error: {msg}")

    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(1, 1, "file starts with a byte-order mark")
    if b"\r" in raw:
        err(1, 1, "file contains carriage returns (use LF line endings)")
    if b'"""#' in raw or b"\\#" in raw:
        err(1, 1, 'file contains """# or \\# and cannot be embedded in a Swift raw string')
    text = raw.decode("utf-8")

    header = None
    entries = []  # (line, dict)
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip() == "" or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            for name in REQUIRED:
                if name not in header:
                    err(lineno, 1, f"header lacks column '{name}'")
            for name in header:
                if name not in COLUMNS:
                    err(lineno, 1, f"unknown column '{name}'")
                if header.count(name) > 1:
                    err(lineno, 1, f"duplicate column '{name}'")
            continue
        optional = 0
        while optional < len(header) and header[len(header) - 1 - optional] in OPTIONAL_TRAILING:
            optional += 1
        if not len(header) - optional <= len(fields) <= len(header):
            err(lineno, 1, f"{len(fields)} fields, header has {len(header)}")
            continue
        fields = fields + [""] * (len(header) - len(fields))
        row = dict(zip(header, fields))
        cols = {name: 1 + sum(len(f) + 1 for f in fields[:i]) for i, name in enumerate(header)}
        row["_cols"] = cols
        for name, value in zip(header, fields):
            if value != value.strip():
                err(lineno, cols[name], f"{name}: leading or trailing whitespace")
            if "|" in value and name in ("aliases", "demonyms", "roles"):
                if any(item.strip() == "" for item in value.split("|")):
                    err(lineno, cols[name], f"{name}: empty list item")
        entries.append((lineno, row))
    if header is None:
        err(1, 1, "no header line")
        print("\n".join(errors), file=sys.stderr)
        return 1

    def items(row, name):
        v = row.get(name, "")
        return [x.strip() for x in v.split("|")] if v else []

    by_id = {}
    for lineno, row in entries:
        c = row["_cols"]
        eid = row["id"]
        if not ID_RE.match(eid):
            err(lineno, c["id"], f"id '{eid}' is not a lower-case slug")
        if eid in by_id:
            err(lineno, c["id"], f"duplicate id '{eid}' (first on line {by_id[eid][0]})")
        else:
            by_id[eid] = (lineno, row)
        if row["type"] not in TYPES:
            err(lineno, c["type"], f"unknown type '{row['type']}'")
        if not row["name"]:
            err(lineno, c["name"], "empty name")

    qids = {}
    clash = {t: {} for t in TYPES}  # type -> key -> {ids}
    for lineno, row in entries:
        c = row["_cols"]
        eid, etype = row["id"], row["type"]
        aliases = items(row, "aliases")
        demonyms = items(row, "demonyms")
        # affiliation
        aff = row.get("affiliation", "")
        if aff:
            if aff == eid:
                err(lineno, c["affiliation"], "entry is affiliated with itself")
            elif aff not in by_id:
                err(lineno, c["affiliation"], f"affiliation '{aff}' is not an id in this table")
            else:
                target_type = by_id[aff][1]["type"]
                seat = etype == "place" and row.get("roles") == "Seat" and target_type == "organization"
                if target_type not in AFFILIATION_TARGETS.get(etype, set()) and not seat:
                    err(lineno, c["affiliation"], f"a {etype} cannot be affiliated with a {target_type} ('{aff}')")
        # town: a venue's city, a place of the table that has no town of its own
        town = row.get("town", "")
        if town:
            target = by_id.get(town)
            if etype != "place":
                err(lineno, c["town"], "only a place has a town")
            elif town == eid or target is None or target[1]["type"] != "place" or target[1].get("town"):
                err(lineno, c["town"], f"town '{town}' is not another place of this table (without a town)")
        if demonyms and etype != "country":
            err(lineno, c["demonyms"], "demonyms are only for countries")
        # roles
        for role in items(row, "roles"):
            m = ROLE_RE.match(role)
            if m is None:
                if re.search(r"\d{4}", role):
                    err(lineno, c["roles"], f"role '{role}' has a malformed date range")
                continue
            frm, to = m.group("from"), m.group("to")
            if not frm and not to:
                err(lineno, c["roles"], f"role '{role}' has a bare hyphen")
            for d in (frm, to):
                if d and check_date(d):
                    err(lineno, c["roles"], f"role '{role}': {check_date(d)} in {d}")
            if frm and to:
                n = min(len(frm), len(to))
                if to[:n] < frm[:n]:
                    err(lineno, c["roles"], f"role '{role}' ends before it starts")
        if etype == "place" and row.get("roles"):
            # A capital carries the one role "Capital", and the country it is the capital of; a
            # seat of government the one role "Seat", and the organisation it stands for.
            if row["roles"] not in ("Capital", "Seat") or not row.get("affiliation"):
                err(lineno, c["roles"], "a place's only role is 'Capital' or 'Seat', with the country or organisation as its affiliation")
        elif etype != "person" and row.get("roles"):
            err(lineno, c["roles"], "roles are only for people, capitals and seats of government")
        # external id
        qid = row.get("external_id", "")
        if qid:
            if not QID_RE.match(qid):
                err(lineno, c["external_id"], f"external_id '{qid}' is not a Wikidata QID")
            elif qid in qids:
                err(lineno, c["external_id"], f"external_id {qid} also on line {qids[qid]}")
            else:
                qids[qid] = lineno
        # aliases
        seen = {resolver_key(row["name"]): "name"}
        for a in aliases + demonyms:
            if a.lower().startswith("the "):
                err(lineno, c["aliases"], f"alias '{a}' starts with 'the'")
            if resolver_key(a) in FORBIDDEN_ALIASES:
                err(lineno, c["aliases"], f"alias '{a}' is too ambiguous to list")
            k = resolver_key(a)
            if k in seen:
                err(lineno, c["aliases"], f"'{a}' only differs from {seen[k]} by case, diacritics, hyphens, spaces or apostrophes")
            else:
                seen[k] = f"'{a}'"
        for form in [row["name"]] + aliases + demonyms:
            if etype not in clash:
                break
            clash[etype].setdefault(collision_key(form), {}).setdefault(eid, (lineno, form))

    for etype, table in clash.items():
        for key, owners in sorted(table.items()):
            if len(owners) > 1:
                desc = ", ".join(f"'{form}' ({eid}, line {ln})" for eid, (ln, form) in sorted(owners.items()))
                first_line = min(ln for ln, _ in owners.values())
                err(first_line, 1, f"the same {etype} form is claimed by several entries: {desc}")
    # cross-type sharing is legitimate ("Georgia" country vs. a person called Georgia), only noted
    all_keys = {}
    for etype, table in clash.items():
        for key, owners in table.items():
            for eid in owners:
                all_keys.setdefault(key, set()).add((etype, eid))
    for key, owners in sorted(all_keys.items()):
        if len({t for t, _ in owners}) > 1:
            notes.append(f"note: '{key}' is used by " + ", ".join(f"{t} {e}" for t, e in sorted(owners)))

    if verbose:
        for n in notes:
            print(n)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    counts = {t: sum(1 for _, r in entries if r["type"] == t) for t in TYPES}
    total_aliases = sum(len(items(r, "aliases")) + len(items(r, "demonyms")) for _, r in entries)
    print(f"{shown}: OK, {len(entries)} entries (" + ", ".join(f"{t} {counts[t]}" for t in TYPES)
          + f"), {total_aliases} aliases and demonyms, {len(qids)} QIDs, {len(notes)} cross-type notes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
