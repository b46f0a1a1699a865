#!/usr/bin/env bash
# test_cli.sh — the `lede` binary as a user runs it: outputs, exit codes, and errors that name the bad line or
# file. ctest runs it as cli_tests (CMakeLists.txt); by hand: tests/cli/test_cli.sh build/native/lede
#
# Contract checked (src/cli/main.cpp): exit 0 ok; 1 some input was bad (each problem on stderr, the rest still
# processed); 2 usage error. JSON offsets are Unicode code points.
set -uo pipefail
LEDE=${1:?usage: test_cli.sh PATH/TO/lede}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
count=0

ok() { count=$((count + 1)); echo "ok    $1"; }
bad() { count=$((count + 1)); fails=$((fails + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && printf '      %s\n' "$2"; }
# expect DESC WANT_RC -- CMD...   (runs CMD with stdout -> $T/out, stderr -> $T/err)
expect_rc() {
  local desc=$1 want=$2; shift 3
  "$@" >"$T/out" 2>"$T/err"
  local rc=$?
  if [ "$rc" = "$want" ]; then ok "$desc (exit $rc)"; else bad "$desc" "exit $rc, wanted $want; stderr: $(head -c 300 "$T/err")"; fi
}
has() {  # has DESC FILE TEXT
  if grep -qF -- "$3" "$2"; then ok "$1"; else bad "$1" "no '$3' in: $(head -c 300 "$2")"; fi
}
lacks() {
  if grep -qF -- "$3" "$2"; then bad "$1" "unexpected '$3'"; else ok "$1"; fi
}

# ---- --version: the data built in ------------------------------------------------------------------------
expect_rc "--version" 0 -- "$LEDE" --version
has "--version names the program" "$T/out" "lede "
for table in places demonyms "first names" "common words" "proper words"; do
  if grep -qE "^  $table +[1-9][0-9]* " "$T/out"; then ok "--version: $table table is not empty"
  else bad "--version: $table table is not empty" "$(cat "$T/out")"; fi
done

# ---- usage errors ------------------------------------------------------------------------------------------
expect_rc "no command" 2 -- "$LEDE"
expect_rc "unknown command" 2 -- "$LEDE" frobnicate
has "unknown command is named" "$T/err" "unknown command 'frobnicate'"
expect_rc "annotate without files" 2 -- "$LEDE" annotate

# ---- jsonl ---------------------------------------------------------------------------------------------------
cat >"$T/good.jsonl" <<'EOF'
{"id": "a", "text": "Café owner Maria Lopez said “we will reopen”. Lopez told Reuters at least 40 people came."}
{"id": "b", "text": "Nothing to see here."}
EOF
expect_rc "jsonl: good input" 0 -- "$LEDE" jsonl <"$T/good.jsonl"
if [ "$(wc -l <"$T/out")" = 2 ]; then ok "jsonl: one result line per input line"; else bad "jsonl: one result line per input line" "$(cat "$T/out")"; fi
# Every span's start/end are code points: text[start:end] (Python str indices) is the span's text.
if python3 - "$T/good.jsonl" "$T/out" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
res = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert [r["id"] for r in res] == ["a", "b"], [r["id"] for r in res]
text = docs[0]["text"]
ents = res[0]["entities"]
assert any(e["canonical"] == "Maria Lopez" for e in ents), ents
for e in ents:
    assert text[e["start"]:e["end"]] == e["text"], e
for q in res[0]["quotes"]:
    assert "we will reopen" in text[q["start"]:q["end"]], q
nums = res[0]["numbers"]
assert any(text[n["start"]:n["end"]] == "at least 40" for n in nums), nums
PY
then ok "jsonl: entities, quotes, numbers with code-point offsets"; else bad "jsonl: entities, quotes, numbers with code-point offsets"; fi

printf '%s\n' '{"id": "ok1", "text": "Maria Lopez said so."}' '{"id": "broken", "text": ' \
  '{"id": "notext"}' '["a", "list"]' '' '{"id": "ok2", "text": "Lopez said so."}' >"$T/mixed.jsonl"
printf '{"id": "bytes", "text": "\xff\xfe"}\n' >>"$T/mixed.jsonl"
expect_rc "jsonl: bad lines give exit 1" 1 -- "$LEDE" jsonl <"$T/mixed.jsonl"
has "jsonl: invalid JSON names its line" "$T/err" "line 2: not valid JSON"
has "jsonl: missing text names its line" "$T/err" "line 3: expected an object with a string \"text\""
has "jsonl: a non-object names its line" "$T/err" "line 4:"
has "jsonl: invalid UTF-8 names its line" "$T/err" "line 7:"
lacks "jsonl: a blank line is no error" "$T/err" "line 5:"
if [ "$(wc -l <"$T/out")" = 2 ] && grep -q '"id":"ok1"' "$T/out" && grep -q '"id":"ok2"' "$T/out"; then
  ok "jsonl: good lines around bad ones are still answered"
else bad "jsonl: good lines around bad ones are still answered" "$(cat "$T/out")"; fi
expect_rc "jsonl: empty input" 0 -- "$LEDE" jsonl </dev/null

# ---- annotate ------------------------------------------------------------------------------------------------
printf 'Strike at the port\n\nUnion leader Tomasz Reyes said “we stay out”, and 1,200 workers agreed. Reyes met the Port Authority.\n' >"$T/a.txt"
expect_rc "annotate: a file" 0 -- "$LEDE" annotate "$T/a.txt"
for s in "ENTITIES" "Tomasz Reyes" "QUOTES" "NUMBERS" "1,200"; do has "annotate: report shows $s" "$T/out" "$s"; done
expect_rc "annotate: a missing file gives exit 1" 1 -- "$LEDE" annotate "$T/nope.txt" "$T/a.txt"
has "annotate: the missing file is named" "$T/err" "nope.txt"
has "annotate: the other file is still reported" "$T/out" "Tomasz Reyes"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' >"$T/bin.txt"
expect_rc "annotate: binary bytes are repaired, never a crash" 0 -- "$LEDE" annotate "$T/bin.txt"

# ---- library -------------------------------------------------------------------------------------------------
printf 'Talks\n\nAt least 40 people were killed, the Halvard Health Ministry said. Tomasz Reyes said “no”.\n' >"$T/one.txt"
printf 'Talks go on\n\nAt least 55 people were killed, the Halvard Health Ministry said. Reyes said “maybe”.\n' >"$T/two.txt"
expect_rc "library: two articles with dates" 0 -- "$LEDE" library --date one.txt=2025-01-30 --date two.txt=2025-02-03 "$T/one.txt" "$T/two.txt"
has "library: both articles listed" "$T/out" "ARTICLES (2)"
has "library: dates kept" "$T/out" "2025-02-03"
has "library: an entity across articles" "$T/out" "Tomasz Reyes"
expect_rc "library: a bad date is a usage error" 2 -- "$LEDE" library --date one.txt=last-tuesday "$T/one.txt"
has "library: the bad date is named" "$T/err" "one.txt=last-tuesday"
expect_rc "library: month 13 is refused" 2 -- "$LEDE" library --date one.txt=2025-13-01 "$T/one.txt"
expect_rc "library: a missing file gives exit 1" 1 -- "$LEDE" library "$T/one.txt" "$T/missing.txt"
has "library: the missing file is named" "$T/err" "missing.txt"
has "library: the readable file is still indexed" "$T/out" "ARTICLES (1)"
expect_rc "library: no files" 2 -- "$LEDE" library

echo "cli tests: $((count - fails)) passed, $fails failed"
[ "$fails" = 0 ]
