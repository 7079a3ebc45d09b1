-- Like stats.lua (whose report it reuses), but every request asks for its own address
-- (the page's path with "fresh=<thread>-<n>" added), which the app ignores but which no
-- cache has seen: the cost of rendering the page, not of serving it again. Run from the
-- repository's root, as bench/pages.sh does.
dofile("bench/pages/stats.lua")

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local n = 0
request = function()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "fresh=" .. tid .. "-" .. n)
end
