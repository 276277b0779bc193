"""The entry rows of an alias table in the format of data/default-aliases.tsv."""


def alias_rows(path):
    """Each entry row of the table at `path` as {column name: field}: "#" lines and blank lines
    are skipped, the first other line is the header, and a row shorter than the header (the
    optional last columns left off) gets empty fields for them."""
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            yield dict(zip(header, cols + [""] * (len(header) - len(cols))))
