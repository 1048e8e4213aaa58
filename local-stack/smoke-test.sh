#!/usr/bin/env bash
# Keeps the README honest: starts the local stack as "Run it" does (from the jars the build made), runs the README's
# walk-through exactly as printed, checks what it must show, stops the stack with Ctrl-C's signal, and fails if any
# process is left behind. Uses a data directory of its own and starts empty. Arguments go to the stack, e.g.
# `--instances 2`: then the walk-through runs through the round-robin fronts.
set -euo pipefail
cd "$(dirname "$0")/.."
set -m  # job control: the stack runs in its own process group and receives SIGINT as from a terminal's Ctrl-C

home=$(mktemp -d)
out=$(mktemp)
LOCAL_STACK_HOME="$home" java -jar local-stack/target/local-stack.jar --reset "$@" > "$out" 2>&1 &
stack=$!
trap 'kill -TERM "$stack" 2>/dev/null || true' EXIT

for _ in $(seq 1 300); do
  grep -q "All healthy" "$out" && break
  kill -0 "$stack" 2>/dev/null || { cat "$out"; echo "smoke test: the local stack did not start"; exit 1; }
  sleep 1
done
grep -q "All healthy" "$out" || { cat "$out"; echo "smoke test: not healthy within 300 s"; exit 1; }
grep "All healthy" "$out"
echo "smoke test: $(grep -c -- '-service\(-[0-9]\)\? is healthy$' "$out") service processes healthy"

# The walk-through: every ```bash block of the README's "Walk-through" section, in order.
awk '/^## Walk-through/{in_section=1; next} /^## /{in_section=0} in_section' README.md \
  | awk '/^```bash/{in_code=1; next} /^```/{in_code=0} in_code' > "$home/walk-through.sh"
timeout 120 bash -euo pipefail "$home/walk-through.sh" > "$home/walk-through.out"
expect() { grep -q -- "$1" "$home/walk-through.out" || { cat "$home/walk-through.out"; echo "smoke test: walk-through did not show $1"; exit 1; }; }
expect '"status":"COMPLETED"'
expect '"balance":20000'
expect '"status":"CANCELLED","failureReason":"INSUFFICIENT_POINTS","failedStep":"POINTS"'
expect '"type":"PointsDeductionFailed"'
expect '"type":"ReservationRestored"'
expect '"type":"QueueTokenRestored"'
expect '"balance":30000'
expect '"type":"CardCharged"'
expect '"status":"SUCCEEDED"'
expect '"status":"CANCELLED","failureReason":"CARD_DECLINED","failedStep":"CARD"'
expect '"type":"CardDeclined"'
# The compensated payment as one trace in Zipkin: spans from all four services, fetched by the timeline's traceId.
for service in payment-service queue-service concert-service user-service; do expect "\"serviceName\":\"$service\""; done
spans=$(grep '"localEndpoint":{"serviceName"' "$home/walk-through.out" | awk '{sum += $1} END {print sum}')
echo "smoke test: the compensated payment's trace has $spans spans from all four services"
echo "smoke test: the walk-through works as printed"

# The web app (README "The booking page and the saga explorer"): served on 8088, with the API on the same origin.
curl -sf localhost:8088/ | grep -q "Book a seat" || { echo "smoke test: no booking page on 8088"; exit 1; }
curl -sf "localhost:8088/api/v1/payments?limit=1" | grep -q '"payments"' || { echo "smoke test: the web app does not reach the payment list"; exit 1; }
echo "smoke test: the web app serves the booking page and the API on 8088"

# The consistency check against the running stack: OK once the compensations have settled.
for attempt in $(seq 1 20); do
  java -jar local-stack/target/local-stack.jar --check > "$home/check.out" 2>&1 && break
  [ "$attempt" = 20 ] && { cat "$home/check.out"; echo "smoke test: the consistency check failed"; exit 1; }
  sleep 1
done
tail -1 "$home/check.out"

kill -INT "$stack"
for _ in $(seq 1 90); do kill -0 "$stack" 2>/dev/null || break; sleep 1; done
if kill -0 "$stack" 2>/dev/null; then echo "smoke test: the local stack did not stop on Ctrl-C"; exit 1; fi
left=$(pgrep -f -- "$home|-exec.jar --server.port=1?808|zipkin-server.jar --QUERY_PORT" || true)
if [ -n "$left" ]; then ps -fp $left; echo "smoke test: processes left behind after Ctrl-C"; exit 1; fi
echo "smoke test: Ctrl-C stopped everything"
rm -rf "$home" "$out"
