-- wrk script: GET /v1/screen with a different name on every request, taken round-robin from a CSV whose
-- first column is the name (e.g. ../shared/eval/negatives_global.csv, people on no list, so every request
-- does the full candidate search). Usage:
--   NAMES=../shared/eval/negatives_global.csv wrk -t2 -c32 -d60s --latency -s bench/wrk/screen.lua http://127.0.0.1:8080
local names = {}
local counter = 0

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function load(path)
  local list = {}
  local first = true
  for line in io.lines(path) do
    if first then
      first = false
    else
      local name = line:match('^"([^"]*)"') or line:match("^([^,]*)")
      if name and #name > 0 then
        list[#list + 1] = "/v1/screen?name=" .. urlencode(name)
      end
    end
  end
  return list
end

function init(args)
  local path = os.getenv("NAMES") or "../shared/eval/negatives_global.csv"
  names = load(path)
  -- Each wrk thread starts at a different place so the threads do not ask the same names in step.
  counter = math.random(#names)
end

function request()
  counter = counter % #names + 1
  return wrk.format("GET", names[counter])
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
end
