-- wrk reports p50/p95/p99 in microseconds, requests per second and non-2xx counts as
-- one machine-readable line for bench/pages.sh.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("STATS p50=%d p95=%d p99=%d rps=%.2f requests=%d errors=%d\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
