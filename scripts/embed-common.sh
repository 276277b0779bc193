# Shared by the scripts/embed-*.sh scripts, which compile a data file into a Swift source file.
# Source it after setting `name` (the script's name, for messages), `out` (the Swift file) and
# `mode` (`write` or `--check`), and after defining `generate` (prints the Swift file) and, for
# the write message, `summary` (prints what was embedded). Then call `embed_main`.
#
#   write    generate into a temporary file beside `out`, then rename it over `out`
#   --check  fail if `out` differs from what generate prints (for CI and tests)

die() { echo "$name: error: $*" >&2; exit 1; }

# Fails unless the file can go verbatim into a Swift raw string literal (#"""..."""#).
raw_string_safe() {
    if grep -q '"""#' "$1"; then
        die "$1 contains the sequence \"\"\"# and cannot be embedded in a Swift raw string"
    fi
    if grep -qF '\#' "$1"; then
        die "$1 contains the sequence \\# (an escape in a Swift #-raw string)"
    fi
}

embed_main() {
    case "$mode" in
    --check)
        tmp=$(mktemp)
        trap 'rm -f "$tmp"' EXIT
        generate >"$tmp"
        cmp -s "$tmp" "$out" || die "$out is out of date; run scripts/$name.sh"
        echo "$name: $out is up to date"
        ;;
    write)
        tmp="$out.tmp.$$"
        generate >"$tmp"
        mv "$tmp" "$out"
        echo "$name: wrote $out ($(summary))"
        ;;
    *)
        die "usage: scripts/$name.sh [--check]"
        ;;
    esac
}
