-- Headless Neovim (0.7.x) check of the ogi-report language server over stdio: diagnostics
-- arrive for the planted wrong total, hover explains the row label, the preferred quick fix
-- applies and the diagnostic clears.
-- Run: nvim --headless -u NONE -i NONE -n -c 'luafile lsp-test.lua'   (env SERVER=dist/server.js, FILE=report)
local server = assert(os.getenv('SERVER'), 'SERVER not set')
local file = vim.fn.fnamemodify(assert(os.getenv('FILE'), 'FILE not set'), ':p')
local failures, passes = 0, 0
local function out(s) io.stdout:write(s .. '\n') end -- print() in --headless goes to stderr without newlines
local function check(cond, msg)
  if cond then passes = passes + 1; out('ok   ' .. msg) else failures = failures + 1; out('FAIL ' .. msg) end
end
local function finish()
  out(string.format('nvim: %d checks passed, %d failed', passes, failures))
  out(failures == 0 and '1 passed, 0 failed' or '0 passed, 1 failed')
  vim.cmd(failures == 0 and 'qa!' or 'cq!')
end
local function now() return vim.loop.hrtime() / 1e6 end
local function rowsum(bufnr)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'T3-ROWSUM' then return d end
  end
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'ogi-report'
local bufnr = vim.api.nvim_get_current_buf()
local t0 = now()
local client_id = vim.lsp.start_client({
  name = 'ogi-report',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  flags = { debounce_text_changes = 0 }, -- 0.7 default is 150 ms
  init_options = { locale = 'zh-CN' },
  settings = { ogiReport = { locale = 'zh-CN' } },
})
check(client_id ~= nil, 'start_client')
vim.lsp.buf_attach_client(bufnr, client_id)

-- 1) diagnostics pushed after didOpen: the planted 21 in （七）总计
local got = vim.wait(15000, function() return rowsum(bufnr) ~= nil end, 20)
local d = rowsum(bufnr)
check(got and d.severity == vim.diagnostic.severity.ERROR and d.message:find('21', 1, true) ~= nil,
  string.format('T3-ROWSUM error %s (%.0f ms after start_client)', vim.inspect(d and { d.lnum, d.col, d.message }), now() - t0))
if not d then return finish() end
local line = d.lnum

-- 2) hover on the row label at the start of that line
local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = 2 } }
local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000) or {}
local hover = res[client_id] and res[client_id].result
local text = hover and hover.contents and hover.contents.value or ''
check(text:find('（七）总计', 1, true) ~= nil and text:find('总件数', 1, true) ~= nil, 'hover explains the row: ' .. (text:match('^[^\n]*') or ''))

-- 3) code action at the diagnostic -> preferred quick fix -> buffer text changes, diagnostic clears
-- d.col is a byte column; ask for the whole line (LSP wants UTF-16 characters)
local range = { start = { line = line, character = 0 }, ['end'] = { line = line + 1, character = 0 } }
local ca = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
  textDocument = params.textDocument,
  range = range,
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, line) },
}, 5000) or {}
local actions = ca[client_id] and ca[client_id].result or {}
local preferred
for _, a in ipairs(actions) do if a.isPreferred then preferred = a end end
check(preferred ~= nil and preferred.kind == 'quickfix', 'preferred quick fix: ' .. vim.inspect(preferred and preferred.title))
if preferred then vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16') end
local fixed_line = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
check(fixed_line:match('\t4\t20\t?$') ~= nil, 'line after fix: ' .. vim.inspect(fixed_line))
local t1 = now()
local cleared = vim.wait(5000, function() return rowsum(bufnr) == nil end, 10)
check(cleared, string.format('T3-ROWSUM cleared after didChange (%.0f ms)', now() - t1))
local errors = vim.diagnostic.get(bufnr, { severity = vim.diagnostic.severity.ERROR })
check(#errors == 0, 'no error diagnostics left: ' .. #errors)

vim.lsp.stop_client(client_id)
finish()
