#!/usr/bin/env bash
# Writes every output factdiff gives on the bundled corpora and on the evaluation data into
# one folder, so that a refactor can prove its outputs byte-identical:
#
#   scripts/golden.sh /tmp/before            # on the old commit
#   scripts/golden.sh /tmp/after             # on the new one
#   diff -r /tmp/before /tmp/after
#
# The evaluation parts read ../shared/data (or $FACTDIFF_DATA) and are left out when it is
# absent. GOLDEN_QUICK=1 runs only the bundled corpora and the 1,000-article cluster.
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/golden.sh OUTDIR}"
mkdir -p "$out"
data="${FACTDIFF_DATA:-../shared/data}"
cargo build --release --quiet --bin factdiff ${GOLDEN_QUICK:+} || exit 2
[ -n "${GOLDEN_QUICK:-}" ] || cargo build --release --quiet --examples || exit 2
bin="$PWD/target/release/factdiff"
export NO_COLOR=1

run() { # NAME COMMAND...: stdout, stderr and exit code of one command
    local name="$1"; shift
    "$@" >"$out/$name.out" 2>"$out/$name.err"
    echo "$?" >"$out/$name.code"
}

for corpus in corpus/*/; do
    c="$(basename "$corpus")"
    for format in terminal json markdown html sarif; do
        run "check-$c-$format" "$bin" check "$corpus" --format "$format" --color never
    done
    run "align-$c-terminal" "$bin" align "$corpus" --color never
    run "align-$c-json" "$bin" align "$corpus" --format json
    run "inspect-$c-json" "$bin" inspect "$corpus" --format json
    run "inspect-$c-terminal" "$bin" inspect "$corpus" --color never
    first="$(ls "$corpus" | grep -Ev '\.toml$' | head -1)"
    for format in terminal json markdown sarif; do
        run "gate-$c-$format" "$bin" check "$corpus$first" --against "$corpus" --format "$format" --color never
    done
done
for id in $("$bin" rules list | awk '{print $1}'); do
    run "explain-$id" "$bin" rules explain "$id"
done
run "rules-print" "$bin" rules print
run "rules-list" "$bin" rules list
for format in jsonl terminal markdown html; do
    run "feed-sample-$format" "$bin" feed corpus/feed-sample.jsonl --format "$format" --color never
done
run "diff-syria" "$bin" diff corpus/syria-2016-09/000_f4d0d7b6037179a7.txt \
    corpus/syria-2016-09/001_9fff55f517b4c8c4.txt --color never

if [ -f "$data/bbc-news/bbc_news_2225.jsonl" ]; then
    bbc="$(mktemp -d)"
    python3 - "$data/bbc-news/bbc_news_2225.jsonl" "$bbc" <<'PY'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    if i >= 1000:
        break
    a = json.loads(line)
    with open(f"{sys.argv[2]}/{i:04d}.txt", "w", encoding="utf-8") as f:
        f.write(a["title"] + "\n\n" + a["text"] + "\n")
PY
    run "bbc1000-check-json" "$bin" check "$bbc" --format json
    run "bbc1000-inspect-json" "$bin" inspect "$bbc" --format json
    sed -i "s#$bbc#<bbc>#g" "$out"/bbc1000-*
    rm -rf "$bbc"
fi

if [ -z "${GOLDEN_QUICK:-}" ] && [ -d "$data" ]; then
    ex="$PWD/target/release/examples"
    export FACTDIFF_DATA="$(cd "$data" && pwd)"
    run eval-injection env EVAL_VERBOSE=1 "$ex/eval_injection"
    run eval-injection-held-out env EVAL_VERBOSE=1 EVAL_HALF=2 "$ex/eval_injection"
    run eval-clusters env EVAL_VERBOSE=1 "$ex/eval_clusters"
    run eval-quotes "$ex/eval_quotes" --train -v
    run eval-segment "$ex/eval_segment"
    run eval-extract env EVAL_VERBOSE=1 "$ex/eval_extract"
    run eval-align "$ex/eval_align"
    run eval-feed env EVAL_VERBOSE=1 "$ex/eval_feed"
fi
# Timings vary between runs: keep them out of the comparison.
sed -i -E 's/[0-9]+(\.[0-9]+)? ?(ms|s|µs)\b/<time>/g' "$out"/eval-*.out "$out"/eval-*.err 2>/dev/null || true
echo "outputs in $out ($(ls "$out" | wc -l) files)"
