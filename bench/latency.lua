-- wrk script: optional session cookies to rotate through (one per line, file given after --),
-- so that concurrent connections act as different logged-in users, as they would in use;
-- and one machine-readable line with throughput and latency percentiles (ms).
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("offset", threads * 17)
end

local cookies = {}
local i = 0
init = function(args)
  if args[1] then
    for line in io.lines(args[1]) do
      if line ~= "" then cookies[#cookies + 1] = line end
    end
  end
  i = offset or 0
end

request = function()
  if #cookies == 0 then
    return wrk.format()
  end
  i = (i % #cookies) + 1
  -- wrk.format takes these headers instead of wrk.headers (-H): keep both
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Cookie"] = cookies[i]
  return wrk.format(nil, nil, headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("BENCH rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
