# tally.sh — counts what ran, passed, failed and was skipped (with the reason), for test.sh's last line.
# Sourced by scripts/test.sh and scripts/test-browser.sh:
#
#     source scripts/lib/tally.sh
#     tally_ctest build/native "$log"      # after `ctest ... | tee "$log"`: passed / failed / skipped tests
#     tally_tap "$tap"                     # after node --test with a TAP reporter writing to "$tap"
#     tally_report                         # "N passed, N failed, N skipped" and one line per skip, with its reason
#
# Lines go to $LEDE_TALLY (a file test.sh creates for the whole run; without it, one per script run):
#   pass N WHAT | fail N WHAT | skip WHAT: REASON
: "${LEDE_TALLY:=$(mktemp)}"
export LEDE_TALLY

# A ctest run: totals from its summary, each skipped test with the reason it printed ("SKIPPED: ...").
tally_ctest() {
  local dir=$1 log=$2 total failed skipped name reason
  total=$(sed -nE 's/.* tests failed out of ([0-9]+).*/\1/p' "$log" | tail -1)
  failed=$(sed -nE 's/.* ([0-9]+) tests failed out of.*/\1/p' "$log" | tail -1)
  skipped=$(grep -cE '^[[:space:]]*[0-9]+ - .* \(Skipped\)$' "$log" || true)
  echo "pass $(( ${total:-0} - ${failed:-0} - skipped )) ctest $dir" >>"$LEDE_TALLY"
  [ "${failed:-0}" = 0 ] || echo "fail ${failed} ctest $dir" >>"$LEDE_TALLY"
  # (the `|| true`: with no skipped test grep exits 1, which pipefail in test.sh would turn into a failed run)
  { grep -E '^[[:space:]]*[0-9]+ - .* \(Skipped\)$' "$log" || true; } | sed -E 's/^[[:space:]]*[0-9]+ - (.*) \(Skipped\)$/\1/' |
    while read -r name; do
      # ctest keeps each test's output in LastTest.log; the test said why it skipped on a line "SKIPPED: ...".
      reason=$(awk -v t="$name" '$0 ~ "Testing: "t"$" {on=1} on && /^SKIPPED:/ {sub(/^SKIPPED: /, ""); print; exit}' \
               "$dir/Testing/Temporary/LastTest.log" 2>/dev/null)
      echo "skip $name: ${reason:-no reason printed}" >>"$LEDE_TALLY"
    done
}

# A node --test run's TAP output: totals, and every "# SKIP reason".
# Counted from the tests' own lines, not from the "# pass N" summary at the end: with --test-force-exit node
# can exit before its TAP reporter writes that summary to the file. A line "ok N - name" / "not ok N - name" is a
# test unless the YAML block under it says type: 'suite'; "# SKIP" lines are skips (listed below with reasons).
tally_tap() {
  local tap=$1 pass fail
  read -r pass fail < <(awk '
    function flush() { if (st != "") n[st]++; st = "" }
    /^[[:space:]]*(not )?ok [0-9]+ - / {
      flush()
      st = ($0 ~ /^[[:space:]]*not ok/) ? "fail" : "pass"
      if ($0 ~ / # SKIP/) st = "skip"
      next
    }
    st != "" && /^[[:space:]]*type: .suite.$/ { st = "" }
    END { flush(); print n["pass"] + 0, n["fail"] + 0 }' "$tap")
  echo "pass ${pass:-0} browser tests" >>"$LEDE_TALLY"
  [ "${fail:-0}" = 0 ] || echo "fail ${fail} browser tests" >>"$LEDE_TALLY"
  grep -E '^[[:space:]]*ok [0-9]+ - .* # SKIP' "$tap" | sed -E 's/^[[:space:]]*ok [0-9]+ - (.*) # SKIP ?(.*)$/skip browser "\1": \2/' \
    >>"$LEDE_TALLY" || true
}

tally_report() {
  local pass fail skip
  pass=$(awk '$1 == "pass" {n += $2} END {print n + 0}' "$LEDE_TALLY")
  fail=$(awk '$1 == "fail" {n += $2} END {print n + 0}' "$LEDE_TALLY")
  skip=$(grep -c '^skip ' "$LEDE_TALLY" || true)
  grep '^skip ' "$LEDE_TALLY" | sed 's/^skip /  skipped: /' || true
  echo "$pass passed, $fail failed, $skip skipped"
}
