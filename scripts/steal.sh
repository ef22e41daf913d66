# Sourced by the benchmark scripts: the share of the machine's CPU time the virtual machine's host
# took (steal, from /proc/stat) between two readings. On a shared virtual machine timings are
# unreliable when it is more than a few per cent.
#   read -r s0 a0 < <(steal_ticks); ...; read -r s1 a1 < <(steal_ticks); steal "$s0" "$a0" "$s1" "$a1"

# Steal and all CPU time of the machine so far, in clock ticks.
steal_ticks() { awk '/^cpu / { print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

# "host steal N%" between two readings (no newline).
steal() { awk -v s0="$1" -v a0="$2" -v s1="$3" -v a1="$4" 'BEGIN {
  printf "host steal %.0f%%", (a1 > a0 ? 100 * (s1 - s0) / (a1 - a0) : 0) }'; }
