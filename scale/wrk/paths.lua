-- wrk script of the scale run: each request takes the next path of a file (one path a line, given after "--"),
-- with a stride so that consecutive requests hit different jurisdictions; done() prints one machine-readable line.
--   wrk -t1 -c4 -d15s -s scale/wrk/paths.lua http://localhost:8181 -- paths.txt
local paths = {}
local next_index = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  next_index = math.random(#paths) - 1
end

function request()
  next_index = (next_index + 7919) % #paths
  return wrk.format(nil, paths[next_index + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.1f errors=%d\n",
      summary.requests, summary.requests / summary.duration * 1e6, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, errors))
end
