-- PirLint for Neovim: paste into your init.lua (or save as ~/.config/nvim/plugin/pirlint.lua).
-- Starts `pirlint lsp` (the pirlint dotnet tool) for review files and attaches it to each one: diagnostics as you
-- type (:lua vim.diagnostic.setloclist()), quick fixes (:lua vim.lsp.buf.code_action()), hover (K with the mapping
-- below), completion (<C-x><C-o> with omnifunc), outline (:lua vim.lsp.buf.document_symbol()).
-- Works on Neovim 0.7 and later.
local pirlint_cmd = { "pirlint", "lsp" } -- or { "dotnet", "/path/to/pirlint.dll", "lsp" }

local function root_of(file)
  local markers = vim.fs and vim.fs.find({ ".git", "pir.schema.yaml", ".editorconfig" }, { upward = true, path = vim.fs.dirname(file) })
  if markers and markers[1] then return vim.fs.dirname(markers[1]) end
  return vim.fn.fnamemodify(file, ":p:h")
end

local client_id = nil
vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
  pattern = { "*.pir.yaml", "*.pir.yml", "*.pir.md" },
  callback = function(args)
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      client_id = vim.lsp.start_client({
        name = "pirlint",
        cmd = pirlint_cmd,
        root_dir = root_of(vim.api.nvim_buf_get_name(args.buf)),
        init_options = { debounceMilliseconds = 150 },
      })
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
    vim.bo[args.buf].omnifunc = "v:lua.vim.lsp.omnifunc"
    vim.keymap.set("n", "K", vim.lsp.buf.hover, { buffer = args.buf })
    vim.keymap.set("n", "<leader>ca", vim.lsp.buf.code_action, { buffer = args.buf })
  end,
})
