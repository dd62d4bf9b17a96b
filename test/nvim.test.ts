// Neovim, headless, as a real LSP client of the stdio server: diagnostics
// arrive, a quick fix is offered, and applying it clears the finding.
// Written for Neovim 0.7 (Debian 12's package): `vim.lsp.start_client` +
// `vim.lsp.buf_attach_client`; newer versions still have both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES, SERVER_BIN } from './lsp-harness.js';
import { requiredTool } from './required-tool.js';

/** The Lua script Neovim runs: it records what it saw as JSON and quits (non-zero on failure). */
function initLua(resultFile: string, rootDir: string): string {
  const lua = (value: string): string => JSON.stringify(value);
  return `
local result = { diagnostics = {}, actions = {}, after = {} }
local function finish(ok, err)
  result.ok = ok
  result.error = err
  local out = io.open(${lua(resultFile)}, 'w')
  out:write(vim.fn.json_encode(result))
  out:close()
  if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
end

local function codes(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(list, d.code) end
  return list
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'mldl',
    cmd = { ${lua(process.execPath)}, ${lua(SERVER_BIN)}, '--stdio' },
    root_dir = ${lua(rootDir)},
  })
  if not client_id then return finish(false, 'start_client failed') end
  vim.lsp.buf_attach_client(buf, client_id)

  if not vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
    return finish(false, 'no diagnostics within 15 s')
  end
  local target
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, {
      code = d.code, source = d.source, severity = d.severity, lnum = d.lnum, col = d.col,
      href = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription and d.user_data.lsp.codeDescription.href or vim.NIL,
    })
    if d.code == 'baseline-model' then target = d end
  end
  if not target then return finish(false, 'no baseline-model diagnostic') end

  local range = {
    start = { line = target.lnum, character = target.col },
    ['end'] = { line = target.end_lnum, character = target.end_col },
  }
  local lsp_diagnostic = {
    range = range, message = target.message, source = target.source, code = target.code, severity = 1,
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = range,
    context = { diagnostics = { lsp_diagnostic } },
  }, 10000)
  local fix
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.actions, action.title)
      if action.title == 'Add a baseline model' then fix = action end
    end
  end
  if not fix then return finish(false, 'no "Add a baseline model" code action') end

  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  local cleared = vim.wait(10000, function()
    for _, code in ipairs(codes(buf)) do if code == 'baseline-model' then return false end end
    return #vim.diagnostic.get(buf) > 0
  end, 50)
  result.after = codes(buf)
  result.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\\n')
  if not cleared then return finish(false, 'baseline-model still reported after the quick fix') end
  finish(true)
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(run)
    if not ok then finish(false, tostring(err)) end
  end,
})
`;
}

interface NvimResult {
  ok: boolean;
  error?: string;
  diagnostics: Array<{ code: string; source: string; severity: number; lnum: number; col: number; href: string | null }>;
  actions: string[];
  after: string[];
  text?: string;
}

test('Neovim (headless) gets diagnostics and a working quick fix from the stdio server', (t) => {
  const nvim = requiredTool(t, 'nvim', 'apt-get install -y neovim');
  if (!nvim) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-nvim-'));
  try {
    const doc = path.join(dir, 'design.md');
    fs.copyFileSync(path.join(FIXTURES, 'design-doc.md'), doc);
    const resultFile = path.join(dir, 'result.json');
    const init = path.join(dir, 'init.lua');
    fs.writeFileSync(init, initLua(resultFile, dir));
    const run = spawnSync(nvim, ['--headless', '-n', '-i', 'NONE', '-u', init, doc], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir },
    });
    assert.ok(fs.existsSync(resultFile), `Neovim wrote no result (exit ${run.status}, signal ${run.signal}).\n${run.stdout}\n${run.stderr}`);
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as NvimResult;
    assert.equal(result.error ?? null, null, `Neovim script failed: ${result.error}\nactions: ${result.actions.join(' | ')}`);
    assert.equal(run.status, 0);

    const baseline = result.diagnostics.find((d) => d.code === 'baseline-model');
    assert.ok(baseline);
    assert.equal(baseline.source, 'mldl');
    assert.equal(baseline.severity, 1, 'vim.diagnostic.severity.ERROR');
    assert.match(baseline.href ?? '', /rules\/baseline-model\/README\.md$/);
    const passage = result.diagnostics.find((d) => d.code === 'unquantified-requirement');
    assert.ok(passage);
    assert.equal(passage.severity, 2, 'WARN');
    assert.ok(result.actions.includes('Disable baseline-model for this file'));
    assert.ok(result.actions.includes('Show documentation for baseline-model'));
    assert.ok(!result.after.includes('baseline-model'));
    assert.ok(result.after.includes('drift-monitoring'), 'the other findings stay');
    assert.match(result.text ?? '', /\*\*Baseline:\*\*/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
