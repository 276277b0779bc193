"""The samples of `perf script` output with call chains, for bench/perf_stages.py and
bench/perf_tail.py: one reader of the format."""


def samples(lines):
    """Yields (time, tid, frames) for each sample: a header line "tid time: ..." followed by
    tab-indented frames, samples separated by a blank line or the next header."""
    chain, head, tid = [], None, None
    for line in lines:
        line = line.rstrip("\n")
        if line.strip() and line.startswith("\t"):
            chain.append(line.strip())
            continue
        if head is not None:
            yield head, tid, chain
        chain, head = [], None
        if line.strip():
            parts = line.split()
            t = next((p for p in parts if p.endswith(":")), None)
            head, tid = (float(t[:-1]) if t else 0.0), parts[0]
    if head is not None:
        yield head, tid, chain
