-- wrk script: each request takes the next of the search URLs listed in the file named by SEARCH_MIX_FILE.
local paths = {}
for line in io.lines(os.getenv("SEARCH_MIX_FILE")) do paths[#paths + 1] = line end
local counter = 0
request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
