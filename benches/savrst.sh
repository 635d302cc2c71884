#!/usr/bin/env bash
# SAVSECDTA and RSTUSRPRF at scale, against the targets of DESIGN §9:
#   - SAVSECDTA of 100,000 profiles <= 3x `sha256sum` of its own output;
#   - RSTUSRPRF of the same save <= 2x SAVSECDTA;
#   - peak memory flat in the number of profiles: 10,000 vs 100,000 within 20 MB.
# Each time is the best of $RUNS runs (default 3), each reference is measured in the same
# script on the same files. Peak RSS is GNU time's "Maximum resident set size".
#
# Usage: benches/savrst.sh [SMALL LARGE]   (defaults 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."

SMALL=${1:-10000}
LARGE=${2:-100000}
RUNS=${RUNS:-3}

if ! [ -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing GNU time (package 'time') for peak-RSS readings" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq time >/dev/null
  else
    echo "GNU time is needed at /usr/bin/time (Debian package 'time')" >&2
    exit 1
  fi
fi

cargo build --release --quiet --bin qsy --example mkprofiles
QSY=$PWD/target/release/qsy
MK=$PWD/target/release/examples/mkprofiles
WORK=$(mktemp -d "${TMPDIR:-/tmp}/qsy-savrst.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export QSY_LOCK_WAIT=30
unset QSY_USER QSY_OUTPUT QSY_CLOCK

# Seconds (float) of one run of "$@", output discarded.
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }'
}

# The smaller of two floats.
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b ? a : b) }'; }

# Peak RSS in MB of one run of "$@".
peak_mb() {
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null 2>&1
  awk -F: '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$WORK/time.txt"
}

# Prints one result line: label, figure, reference, ratio, target, met / not met.
verdict() { # label value reference ratio-or-diff target-op target unit
  local label=$1 value=$2 ref=$3 ratio=$4 op=$5 target=$6 unit=$7
  local met
  met=$(awk -v r="$ratio" -v t="$target" -v op="$op" 'BEGIN { ok = (op == "<=") ? (r <= t) : (r >= t); print (ok ? "met" : "NOT MET") }')
  printf '%-44s %12s %12s %10s   target %s %s%s: %s\n' "$label" "$value" "$ref" "$ratio$unit" "$op" "$target" "$unit" "$met"
}

declare -A SAVE_S SHA_S RST_S NEW_S SAVE_MB RST_MB BYTES

for n in "$SMALL" "$LARGE"; do
  dir=$WORK/s$n
  mkdir -p "$dir"
  sys=$dir/sys.redb
  echo "building a store of $n profiles ..." >&2
  "$MK" "$sys" "$n" >/dev/null
  export QSY_SYSTEM=$sys
  "$QSY" CRTSAVF QGPL/SECBKP >/dev/null
  savf=$sys.ifs/QSYS.LIB/QGPL.LIB/SECBKP.FILE
  # The first save also reads the store into the page cache, as the later runs find it.
  SAVE_MB[$n]=$(peak_mb "$QSY" SAVSECDTA 'DEV(*SAVF) SAVF(QGPL/SECBKP) CLEAR(*ALL)')
  best_save=999999 best_sha=999999 best_rst=999999
  for _ in $(seq "$RUNS"); do
    best_save=$(min "$best_save" "$(seconds "$QSY" SAVSECDTA 'DEV(*SAVF) SAVF(QGPL/SECBKP) CLEAR(*ALL)')")
    best_sha=$(min "$best_sha" "$(seconds sha256sum "$savf")")
  done
  BYTES[$n]=$(stat -c %s "$savf")
  # Each restore starts from a copy of the saved system, so every run does the same work
  # (all profiles replaced, one audit entry each).
  cp "$sys" "$dir/pristine.redb"
  for i in $(seq "$RUNS"); do
    cp "$dir/pristine.redb" "$sys"
    if [ "$i" = 1 ]; then
      RST_MB[$n]=$(peak_mb "$QSY" RSTUSRPRF 'DEV(*SAVF) SAVF(QGPL/SECBKP)')
      cp "$dir/pristine.redb" "$sys"
    fi
    best_rst=$(min "$best_rst" "$(seconds "$QSY" RSTUSRPRF 'DEV(*SAVF) SAVF(QGPL/SECBKP)')")
  done
  # The same save restored onto a new system (every profile created there): the
  # recovery case, and the save file copied into that system's tree.
  fresh=$dir/new/sys.redb
  mkdir -p "$dir/new"
  QSY_SYSTEM=$fresh "$QSY" DSPSECA >/dev/null
  mkdir -p "$fresh.ifs/QSYS.LIB/QGPL.LIB"
  cp "$savf" "$fresh.ifs/QSYS.LIB/QGPL.LIB/SECBKP.FILE"
  cp "$fresh" "$dir/new/pristine.redb"
  best_new=999999
  for _ in $(seq "$RUNS"); do
    cp "$dir/new/pristine.redb" "$fresh"
    best_new=$(min "$best_new" "$(QSY_SYSTEM=$fresh seconds "$QSY" RSTUSRPRF 'DEV(*SAVF) SAVF(QGPL/SECBKP)')")
  done
  SAVE_S[$n]=$best_save SHA_S[$n]=$best_sha RST_S[$n]=$best_rst NEW_S[$n]=$best_new
  rm -rf "$dir/pristine.redb" "$dir/new"
done

echo
echo "SAVSECDTA / RSTUSRPRF (DESIGN §9), best of $RUNS; save file of $LARGE profiles: $((BYTES[$LARGE] / 1024)) KiB"
for n in "$SMALL" "$LARGE"; do
  printf '  %7d profiles: SAVSECDTA %ss, sha256sum %ss, RSTUSRPRF %ss (onto a new system %ss); peak RSS SAVSECDTA %s MB, RSTUSRPRF %s MB\n' \
    "$n" "${SAVE_S[$n]}" "${SHA_S[$n]}" "${RST_S[$n]}" "${NEW_S[$n]}" "${SAVE_MB[$n]}" "${RST_MB[$n]}"
done
echo
printf '%-44s %12s %12s %10s\n' "measure" "figure" "reference" "ratio"
r=$(awk -v a="${SAVE_S[$LARGE]}" -v b="${SHA_S[$LARGE]}" 'BEGIN { printf "%.2f", a / b }')
verdict "SAVSECDTA $LARGE vs sha256sum of its output" "${SAVE_S[$LARGE]}s" "${SHA_S[$LARGE]}s" "$r" "<=" 3 "x"
r=$(awk -v a="${RST_S[$LARGE]}" -v b="${SAVE_S[$LARGE]}" 'BEGIN { printf "%.2f", a / b }')
verdict "RSTUSRPRF $LARGE (over the same system) vs SAVSECDTA" "${RST_S[$LARGE]}s" "${SAVE_S[$LARGE]}s" "$r" "<=" 2 "x"
r=$(awk -v a="${NEW_S[$LARGE]}" -v b="${SAVE_S[$LARGE]}" 'BEGIN { printf "%.2f", a / b }')
verdict "RSTUSRPRF $LARGE (onto a new system) vs SAVSECDTA" "${NEW_S[$LARGE]}s" "${SAVE_S[$LARGE]}s" "$r" "<=" 2 "x"
d=$(awk -v a="${SAVE_MB[$LARGE]}" -v b="${SAVE_MB[$SMALL]}" 'BEGIN { printf "%.1f", a - b }')
verdict "SAVSECDTA peak RSS $LARGE minus $SMALL" "${SAVE_MB[$LARGE]}MB" "${SAVE_MB[$SMALL]}MB" "$d" "<=" 20 " MB"
d=$(awk -v a="${RST_MB[$LARGE]}" -v b="${RST_MB[$SMALL]}" 'BEGIN { printf "%.1f", a - b }')
verdict "RSTUSRPRF peak RSS $LARGE minus $SMALL" "${RST_MB[$LARGE]}MB" "${RST_MB[$SMALL]}MB" "$d" "<=" 20 " MB"
