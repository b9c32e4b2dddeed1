-- Drives `pirlint lsp` from a real Neovim (0.7 or later), headless, on the review opened as the current buffer, and
-- writes what Neovim itself saw to $PIRLINT_OUT: its diagnostics (byte columns, as Neovim stores them), the buffer's
-- line after a PIR004 quick fix, and the completion labels after "severity: ".
local out = {}
local function emit(line) table.insert(out, line) end
local function finish()
  vim.fn.writefile(out, os.getenv("PIRLINT_OUT"))
  vim.cmd("qa!")
end

local cmd = vim.split(os.getenv("PIRLINT_CMD"), "\t", true)
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = "pirlint", cmd = cmd, root_dir = os.getenv("PIRLINT_ROOT") })
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(60000, function() return #vim.diagnostic.get(buf) >= 2 end, 50) then
  emit("timeout waiting for diagnostics")
  finish()
  return
end

local p1_line = nil
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  local code = lsp.code or d.code
  emit(string.format("diagnostic %s %d %d %d %d", code, d.lnum, d.col, d.end_lnum, d.end_col))
  if code == "PIR004" then p1_line = d.lnum end
end

-- The code actions of the PIR004's whole line (Neovim 0.7 keeps no LSP range with a diagnostic), in UTF-16.
local uri = vim.uri_from_bufnr(buf)
local line_text = vim.api.nvim_buf_get_lines(buf, p1_line, p1_line + 1, false)[1]
local _, line_utf16 = vim.str_utfindex(line_text)
local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
  textDocument = { uri = uri },
  range = { start = { line = p1_line, character = 0 }, ["end"] = { line = p1_line, character = line_utf16 } },
  context = { diagnostics = {} },
}, 20000) or {}
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    emit("action " .. action.title)
    if action.title == "Change 'P1' to 'p1_this_week'" then
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
      emit("fixed " .. vim.api.nvim_buf_get_lines(buf, p1_line, p1_line + 1, false)[1])
    end
  end
end

local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
for index, text in ipairs(lines) do
  local column = text:find("severity: ", 1, true)
  if column then
    local completion = vim.lsp.buf_request_sync(buf, "textDocument/completion", {
      textDocument = { uri = uri },
      position = { line = index - 1, character = column - 1 + #"severity: " },
    }, 20000) or {}
    for _, response in pairs(completion) do
      local items = response.result and (response.result.items or response.result) or {}
      local labels = {}
      for _, item in ipairs(items) do table.insert(labels, item.label) end
      emit("completion " .. table.concat(labels, ","))
    end
    break
  end
end

finish()
