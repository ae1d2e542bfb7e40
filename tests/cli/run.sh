#!/usr/bin/env bash
# Whole-process checks of the ./tiktok-claims launcher (issue 8), after `make build`: exit status, exactly one line
# on stderr for unusable input (FILE:LINE: column C: reason), no stack trace, no hang (every run under `timeout`),
# nothing left in the output folder after a failure, and the out-of-memory path naming TIKTOK_CLAIMS_JAVA_OPTS
# while `claims score` streams a file that does not fit the same heap. The in-JVM JUnit suite
# (lib/src/test/java/tiktokclaims/robustness) covers the whole corpus; this covers what only a real process shows.
# Usage: tests/cli/run.sh   (about 30 s; exit 1 naming every failed check). TIKTOK_CLAIMS_CLI=PATH tests another
# copy of the launcher.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="${TIKTOK_CLAIMS_CLI:-$root/tiktok-claims}"
corpus="$root/lib/src/test/resources/corpus"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
limit=120

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# run NAME ARGS...: runs the CLI with a time limit; sets $status, $out (stdout file) and $err (stderr file).
run() {
  local name="$1"
  shift
  out="$tmp/$name.out"
  err="$tmp/$name.err"
  # -k: a JVM that ignores SIGTERM (as one stuck in an out-of-memory state can) is killed 10 s later.
  timeout -k 10 "$limit" "$cli" "$@" >"$out" 2>"$err"
  status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    fail "$name: no answer within ${limit}s (hang?): $*"
  fi
}

# refused NAME PREFIX: exit 2, one line on stderr starting with PREFIX, no stack trace.
refused() {
  local name="$1" prefix="$2"
  [ "$status" -eq 2 ] || fail "$name: exit $status, expected 2: $(head -c 300 "$err")"
  [ "$(wc -l <"$err")" -eq 1 ] || fail "$name: expected one line on stderr, got: $(head -c 600 "$err")"
  grep -qE $'Exception|\tat |internal error' "$err" && fail "$name: stack trace or internal error: $(head -c 600 "$err")"
  case "$(cat "$err")" in
    "$prefix"*) ;;
    *) fail "$name: expected the line to start with '$prefix': $(head -c 300 "$err")" ;;
  esac
}

succeeded() {
  local name="$1"
  [ "$status" -eq 0 ] || fail "$name: exit $status: $(head -c 600 "$err")"
}

# empty_dir NAME DIR: the folder holds nothing (no output, no temp file).
empty_dir() {
  local left
  left="$(ls -A "$2")"
  [ -z "$left" ] || fail "$1: left behind in the output folder: $left"
}

if [ ! -f "$(dirname "$cli")/lib/target/classpath.txt" ]; then
  echo "tests/cli/run.sh: build first (make build)" >&2
  exit 2
fi

# --- basics --------------------------------------------------------------------------------------------------------
run version --version
succeeded version
grep -q '^tiktok-claims ' "$out" || fail "version: $(cat "$out")"
run noargs
[ "$status" -eq 2 ] || fail "no arguments: exit $status, expected 2"
grep -q 'usage:' "$out" || fail "no arguments: no usage text"
run unknown frobnicate
refused unknown "tiktok-claims: unknown command 'frobnicate'"

# --- a model to score with --------------------------------------------------------------------------------------------
ok="$corpus/ok_quoted_newlines.csv"
run train claims train --data "$corpus/ok_plain.csv" --model "$tmp/model" --seed 3
succeeded train
run validate-ok validate --data "$ok"
succeeded validate-ok
grep -q '120 rows' "$out" || fail "validate-ok: no row count: $(head -c 300 "$out")"

# --- bad input: every reading command, one line, exit 2, nothing written ---------------------------------------------
for f in bad_late_label_after_newlines.csv bad_garbage.bin bad_empty.csv bad_latin1.csv bad_unterminated_quote.csv; do
  line="$(awk -F'\t' -v f="$f" '$1 == f { print $3 "\t" $4 }' "$corpus/manifest.tsv")"
  n="${line%%$'\t'*}"
  col="${line#*$'\t'}"
  prefix="$corpus/$f"
  [ "$n" != 0 ] && prefix="$prefix:$n"
  prefix="$prefix: "
  [ "$col" != "-" ] && prefix="${prefix}column $col: "
  outdir="$tmp/out-$f"
  mkdir -p "$outdir"
  run "validate-$f" validate --data "$corpus/$f"
  refused "validate $f" "$prefix"
  run "infer-$f" infer --data "$corpus/$f" --json "$outdir/infer.json"
  refused "infer $f" "$prefix"
  run "evaluate-$f" evaluate --data "$corpus/$f" --json "$outdir/evaluate.json"
  refused "evaluate $f" "$prefix"
  run "train-$f" claims train --data "$corpus/$f" --model "$outdir/model" --json "$outdir/train.json"
  refused "claims train $f" "$prefix"
  run "score-$f" claims score --model "$tmp/model" --data "$corpus/$f" --out "$outdir/queue.csv"
  refused "claims score $f" "$prefix"
  empty_dir "$f" "$outdir"
done

# --- output paths: a folder or a missing folder is bad input, not an internal error ---------------------------------
mkdir -p "$tmp/folder"
run gen-folder generate --rows 5 --out "$tmp/folder"
refused "generate into a folder" "tiktok-claims generate: "
run gen-missing generate --rows 5 --out "$tmp/no/such/g.csv"
refused "generate into a missing folder" "tiktok-claims generate: output folder does not exist"
empty_dir "generate into a folder" "$tmp/folder"

# --- outputs never destroy what the user has (README "Guarantees") ------------------------------------------------
safe="$tmp/safe"
mkdir -p "$safe"
cp "$corpus/ok_plain.csv" "$safe/data.csv"
ln "$safe/data.csv" "$safe/hard.csv"
ln -s data.csv "$safe/soft.csv"
for t in data hard soft; do
  run "score-over-input-$t" claims score --model "$tmp/model" --data "$safe/data.csv" --out "$safe/$t.csv"
  refused "claims score --out the input ($t)" "tiktok-claims claims score: output $safe/$t.csv is the input"
  run "infer-over-input-$t" infer --data "$safe/data.csv" --json "$safe/$t.csv"
  refused "infer --json the input ($t)" "tiktok-claims infer: output $safe/$t.csv is the input"
done
cmp -s "$corpus/ok_plain.csv" "$safe/data.csv" || fail "the input was changed by a refused run"
# Devices, FIFOs and links to them are refused and stay what they were; '-' is standard output.
# As root, devices made here (a broken launcher then replaces these, not the system's /dev/null and /dev/full);
# otherwise the system's own, which only root could replace.
null=/dev/null
full=/dev/full
if mknod "$safe/null" c 1 3 2>/dev/null && mknod "$safe/full-device" c 1 7 2>/dev/null; then
  null="$safe/null"
  full="$safe/full-device"
fi
mkfifo "$safe/fifo"
ln -s "$null" "$safe/null-link"
for t in "$full" "$null" "$safe/fifo" "$safe/null-link"; do
  run gen-device generate --rows 5 --out "$t"
  refused "generate --out $t" "tiktok-claims generate: output $t is not a regular file"
done
[ -p "$safe/fifo" ] && [ -L "$safe/null-link" ] && [ -c "$full" ] && [ -c "$null" ] || fail "a refused target was replaced"
cd "$safe" || exit 1
run gen-stdout generate --rows 3 --seed 1 --out -
cd - >/dev/null || exit 1
succeeded "generate --out -"
[ "$(wc -l <"$out")" -eq 4 ] && head -1 "$out" | grep -q '^#,claim_status' || fail "generate --out -: $(head -c 300 "$out")"
[ -e "$safe/-" ] && fail "generate --out - created a file named '-'"
# Modes: a new file follows the umask; a replaced file keeps its mode.
(umask 077 && run gen-umask generate --rows 3 --out "$safe/private.csv" && [ "$status" -eq 0 ]) || fail "umask run failed"
[ "$(stat -c %a "$safe/private.csv")" = 600 ] || fail "umask 077: new file has mode $(stat -c %a "$safe/private.csv")"
(umask 002 && run gen-umask2 generate --rows 3 --out "$safe/shared.csv" && [ "$status" -eq 0 ]) || fail "umask run failed"
[ "$(stat -c %a "$safe/shared.csv")" = 664 ] || fail "umask 002: new file has mode $(stat -c %a "$safe/shared.csv")"
chmod 640 "$safe/shared.csv"
run gen-keep generate --rows 4 --out "$safe/shared.csv"
[ "$(stat -c %a "$safe/shared.csv")" = 640 ] || fail "a replaced file lost its mode: $(stat -c %a "$safe/shared.csv")"
# kill -9 while writing leaves our temp file; the next write into that folder removes it, and nothing else.
mkdir -p "$safe/killed"
echo keep >"$safe/killed/.notes.tmp"
"$cli" generate --rows 20000000 --out "$safe/killed/g.csv" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 50); do
  [ -n "$(find "$safe/killed" -name '.g.csv.tiktok-claims-*.tmp' -size +1k)" ] && break
  sleep 0.2
done
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ -e "$safe/killed/.g.csv.tiktok-claims-$pid.tmp" ] || fail "kill -9: expected the temp file .g.csv.tiktok-claims-$pid.tmp"
run gen-after-kill generate --rows 3 --out "$safe/killed/g.csv"
succeeded "generate after a kill -9"
[ "$(ls -A "$safe/killed" | sort | tr '\n' ' ')" = ".notes.tmp g.csv " ] \
  || fail "after kill -9 and a new run the folder holds: $(ls -A "$safe/killed")"
# A full disk or a read-only folder: one line with the cause, exit 2, the old file kept (needs root to mount).
mkdir -p "$safe/full" "$safe/ro"
if mount -t tmpfs -o size=64k tmpfs "$safe/full" 2>/dev/null; then
  echo old >"$safe/full/g.csv"
  run gen-full generate --rows 5000 --out "$safe/full/g.csv"
  refused "generate on a full disk" "tiktok-claims generate: cannot write $safe/full/g.csv: No space left on device"
  [ "$(cat "$safe/full/g.csv")" = old ] && [ "$(ls -A "$safe/full")" = g.csv ] || fail "full disk: $(ls -A "$safe/full")"
  umount "$safe/full"
  mount -t tmpfs -o ro,size=64k tmpfs "$safe/ro"
  run gen-ro generate --rows 5 --out "$safe/ro/g.csv"
  refused "generate into a read-only folder" "tiktok-claims generate: "
  grep -q 'Read-only file system\|not writable' "$err" || fail "read-only folder: $(cat "$err")"
  umount "$safe/ro"
else
  echo "tests/cli/run.sh: (cannot mount a tmpfs here: full-disk and read-only checks skipped)"
fi
rm -rf "$safe"

# --- --data /dev/stdin from a pipe is read (as a stream), not "no such file" --------------------------------------
timeout -k 10 "$limit" "$cli" validate --data /dev/stdin <"$ok" >"$tmp/stdin-file.out" 2>&1 \
  || fail "validate --data /dev/stdin (redirected file): $(head -c 300 "$tmp/stdin-file.out")"
cat "$ok" | timeout -k 10 "$limit" "$cli" validate --data /dev/stdin >"$tmp/stdin.out" 2>"$tmp/stdin.err"
[ "$?" -eq 0 ] && grep -q '120 rows' "$tmp/stdin.out" || fail "validate --data /dev/stdin (pipe): $(head -c 300 "$tmp/stdin.err")"
cat "$ok" | timeout -k 10 "$limit" "$cli" claims score --model "$tmp/model" --data /dev/stdin --out - --quiet \
  >"$tmp/stdin-queue.csv" 2>"$tmp/stdin.err"
[ "$?" -eq 0 ] && [ "$(wc -l <"$tmp/stdin-queue.csv")" -eq 121 ] \
  || fail "claims score --data /dev/stdin --out -: $(head -c 300 "$tmp/stdin.err")"
# Redirected from the very file given as --out: refused, the file kept.
cp "$ok" "$tmp/same.csv"
timeout -k 10 "$limit" "$cli" claims score --model "$tmp/model" --data /dev/stdin --out "$tmp/same.csv" \
  <"$tmp/same.csv" >/dev/null 2>"$tmp/same.err"
[ "$?" -eq 2 ] && cmp -s "$ok" "$tmp/same.csv" || fail "--data /dev/stdin <OUT: not refused: $(cat "$tmp/same.err")"

# --- a file too large for the heap: a clear message naming the setting, or streaming -----------------------------
big="$tmp/big.csv"
run generate-big generate --rows 200000 --seed 1 --out "$big"
succeeded generate-big
# Either it streams (exit 0) or it says which setting to raise, in exactly one line on stderr and nothing on
# stdout (exit 3); never a stack trace, never the JVM's own lines.
oom_or_ok() {
  local name="$1"
  if [ "$status" -ne 0 ]; then
    [ "$status" -eq 3 ] || fail "$name: exit $status, expected 3 (out of memory) or 0"
    [ "$(wc -l <"$err")" -eq 1 ] && grep -q 'out of memory; raise the heap with TIKTOK_CLAIMS_JAVA_OPTS=-Xmx' "$err" \
      || fail "$name: expected one line naming the setting on stderr: $(head -c 600 "$err")"
    [ -s "$out" ] && fail "$name: out of memory printed on stdout: $(head -c 600 "$out")"
  fi
}
for heap in 24m 40m 64m; do
  TIKTOK_CLAIMS_JAVA_OPTS="-Xmx$heap" run "validate-$heap" validate --data "$big"
  oom_or_ok "validate under -Xmx$heap"
  TIKTOK_CLAIMS_JAVA_OPTS="-Xmx$heap" run "infer-$heap" infer --data "$big"
  oom_or_ok "infer under -Xmx$heap"
done
# evaluate holds the rows in memory: 200,000 of them do not fit 24 MB, and the message must say so.
TIKTOK_CLAIMS_JAVA_OPTS="-Xmx24m" run evaluate-24m evaluate --data "$big" --bootstrap 1
oom_or_ok "evaluate under -Xmx24m"
[ "$status" -eq 3 ] || fail "evaluate of 200,000 rows under -Xmx24m should run out of memory (exit $status)"
# A file that passes the size check but runs out while fitting: the JVM's own out-of-memory path.
run generate-mid generate --rows 20000 --seed 2 --out "$tmp/mid.csv"
TIKTOK_CLAIMS_JAVA_OPTS="-Xmx16m" run evaluate-16m evaluate --data "$tmp/mid.csv" --bootstrap 1
oom_or_ok "evaluate of 20,000 rows under -Xmx16m"
[ "$status" -eq 3 ] || fail "evaluate of 20,000 rows under -Xmx16m should run out of memory (exit $status)"
TIKTOK_CLAIMS_JAVA_OPTS="-Xmx48m" run stream-score claims score --model "$tmp/model" --data "$big" \
  --out "$tmp/queue.csv" --quiet
succeeded "claims score streams 200,000 rows in a 48 MB heap"
[ "$(wc -l <"$tmp/queue.csv")" -eq 200001 ] || fail "stream-score: queue has $(wc -l <"$tmp/queue.csv") lines"

# --- interrupted while writing: no temp file left (and no output under the real name) -----------------------------
mkdir -p "$tmp/killed"
"$cli" generate --rows 20000000 --out "$tmp/killed/g.csv" >/dev/null 2>&1 &
pid=$!
sleep 1
kill -TERM "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
left="$(find "$tmp/killed" -name '*.tmp')"
[ -z "$left" ] || fail "generate killed while writing left a temp file: $left"
rm -rf "$tmp/killed"

# --- a closed pipe is not an error -----------------------------------------------------------------------------------
timeout -k 10 "$limit" "$cli" validate --data "$ok" 2>"$tmp/pipe.err" | head -c 10 >/dev/null
grep -qE $'Exception|\tat ' "$tmp/pipe.err" && fail "closed pipe: stack trace: $(head -c 300 "$tmp/pipe.err")"

if [ "$failures" -gt 0 ]; then
  echo "tests/cli/run.sh: $failures check(s) failed" >&2
  exit 1
fi
echo "tests/cli/run.sh: all CLI process checks passed"
