#!/usr/bin/env bash
# Times two versions of the code against each other, alternating, in one job under the bench lock:
#
#   setsid flock /tmp/portal-bench.lock bash tools/benchmark/alternate.sh BEFORE_TREE AFTER_TREE \
#       WORKDIR DATA_DIR REPEATS > runs.log
#   .venv/bin/python -m tools.benchmark.repeats runs.log
#
# BEFORE_TREE/AFTER_TREE: worktrees frozen at the two commits (a landing on main must not change
# what is measured); WORKDIR: a `--keep` run's work directory (its corpus.sqlite3, and fts5.sqlite3
# when FTS=1); DATA_DIR: PORTAL_DATA_DIR holding an index both versions read (check_index first).
# Order before, after, [FTS5 once], then after, before, ... REPEATS times each: a slower spell of
# the machine then falls on both. ROUNDS (default 5) is the measure stage's --rounds.
# The kernel shares the CPU between session groups (sched_autogroup) whatever the nice values:
# this job raises its own group for its duration (setsid gives it a group of its own).
set -u
before=$1 after=$2 work=$3 data=$4 repeats=$5
echo -10 > /proc/$$/autogroup
trap 'echo 0 > /proc/$$/autogroup' EXIT
measure() {  # LABEL TREE BACKEND
  echo "== $1 $(git -C "$2" rev-parse --short HEAD) $(date -u +%FT%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$2" && env DJANGO_DEBUG=0 DJANGO_SETTINGS_MODULE=portal.settings PORTAL_DATA_DIR="$data" \
     DJANGO_SECRET_KEY=bench-only-secret-key-not-used-for-anything-0123456789 \
     DATABASE_URL="sqlite:///$work/corpus.sqlite3" PORTAL_EXPORT_MAX_ROWS=1000000000 \
     SEARCH_BACKEND="$([ "$3" = fts5 ] && echo whoosh || echo "$3")" \
     .venv/bin/python manage.py benchmark --stage measure --backend "$3" --rounds "${ROUNDS:-5}" \
       --workdir "$work" 2>&1 | grep '^{')
}
for ((i = 0; i < repeats; i++)); do
  if ((i % 2 == 0)); then
    measure before "$before" "${BACKEND:-tantivy}"; measure after "$after" "${BACKEND:-tantivy}"
  else
    measure after "$after" "${BACKEND:-tantivy}"; measure before "$before" "${BACKEND:-tantivy}"
  fi
  if ((i == 0)) && [ "${FTS:-0}" = 1 ]; then measure fts5 "$after" fts5; fi
done
echo "== end $(date -u +%FT%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
