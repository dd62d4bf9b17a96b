// Emacs, headless (--batch), with eglot as a real LSP client of the stdio
// server, as docs/editors.md configures it: diagnostics arrive in Flymake with
// the rule id as code, a quick fix is offered, and applying it clears the
// finding. Debian 12 has Emacs 28.2, which has no built-in eglot: scripts/provision-test-editors.sh (npm run test:all, .ci/run)
// installs `emacs-nox elpa-eglot elpa-markdown-mode` (eglot 1.9 and its newer
// project/xref under /usr/share/emacs/site-lisp/elpa); Emacs 29+ has eglot
// built in and the same script works there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES, SERVER_BIN } from './lsp-harness.js';
import { requiredTool } from './required-tool.js';

/** The Emacs Lisp the test runs: it records what eglot saw as JSON and exits (1 on failure). */
function testScript(resultFile: string, doc: string): string {
  const lisp = (value: string): string => JSON.stringify(value);
  return `
;; Debian's elpa packages (eglot 1.9 and the project/xref it needs) are not
;; activated under -Q: put them on the load path first.
(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'json)
(require 'eglot)
(unless (require 'markdown-mode nil t)
  (define-derived-mode markdown-mode text-mode "Markdown"))

;; The configuration docs/editors.md documents, with this checkout's server.
(add-to-list 'eglot-server-programs
             '(markdown-mode . (${lisp(process.execPath)} ${lisp(SERVER_BIN)} "--stdio")))
(setq eglot-workspace-configuration '(:mldl (:preset "recommended" :run "onType")))

(defvar mldl-result (list :ok :json-false))

(defun mldl-finish (ok &optional error)
  (setq mldl-result (plist-put mldl-result :ok (if ok t :json-false)))
  (when error (setq mldl-result (plist-put mldl-result :error error)))
  (with-temp-file ${lisp(resultFile)} (insert (json-encode mldl-result)))
  (kill-emacs (if ok 0 1)))

(defun mldl-lsp-diagnostics ()
  "The LSP diagnostics eglot handed to Flymake for the current buffer."
  (delq nil (mapcar (lambda (d) (cdr (assoc 'eglot-lsp-diag (eglot--diag-data d))))
                    (flymake-diagnostics))))

(defun mldl-codes ()
  (mapcar (lambda (d) (plist-get d :code)) (mldl-lsp-diagnostics)))

(defun mldl-wait (predicate seconds)
  "Run timers and process output until PREDICATE holds or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)) (tick 0))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      ;; eglot sends edits and Flymake asks for diagnostics on idle timers,
      ;; which --batch never reaches: do both by hand, as an idle editor would.
      (when (bound-and-true-p eglot--managed-mode) (eglot--signal-textDocument/didChange))
      (when (and (bound-and-true-p flymake-mode) (zerop (% tick 5))) (flymake-start))
      (setq tick (1+ tick))
      (accept-process-output nil 0.1))
    (funcall predicate)))

(condition-case err
    (progn
      (find-file ${lisp(doc)})
      (markdown-mode)
      (apply #'eglot (eglot--guess-contact))
      (unless (mldl-wait (lambda () (member "baseline-model" (mldl-codes))) 30)
        (mldl-finish nil "no baseline-model diagnostic within 30 s"))
      (setq mldl-result
            (plist-put mldl-result :diagnostics
                       (vconcat (mapcar (lambda (d) (list :code (plist-get d :code)
                                                          :source (plist-get d :source)
                                                          :severity (plist-get d :severity)))
                                        (mldl-lsp-diagnostics)))))
      (let* ((target (seq-find (lambda (d) (equal (plist-get (cdr (assoc 'eglot-lsp-diag (eglot--diag-data d))) :code)
                                                  "baseline-model"))
                               (flymake-diagnostics)))
             (actions (eglot-code-actions (flymake-diagnostic-beg target) (flymake-diagnostic-end target)))
             (fix (seq-find (lambda (a) (equal (plist-get a :title) "Add a baseline model")) actions)))
        (setq mldl-result (plist-put mldl-result :actions (vconcat (mapcar (lambda (a) (plist-get a :title)) actions))))
        (unless fix (mldl-finish nil "no \\"Add a baseline model\\" code action"))
        (eglot--apply-workspace-edit (plist-get fix :edit)))
      (let ((cleared (mldl-wait (lambda () (and (mldl-codes) (not (member "baseline-model" (mldl-codes))))) 30)))
        (setq mldl-result (plist-put mldl-result :after (vconcat (mldl-codes))))
        (setq mldl-result (plist-put mldl-result :text (buffer-substring-no-properties (point-min) (point-max))))
        (mldl-finish cleared (unless cleared "baseline-model still reported after the quick fix"))))
  (error (mldl-finish nil (format "%S" err))))
`;
}

interface EmacsResult {
  ok: boolean;
  error?: string;
  diagnostics?: Array<{ code: string; source: string; severity: number }>;
  actions?: string[];
  after?: string[];
  text?: string;
}

test('Emacs (eglot, headless) gets diagnostics and a working quick fix from the stdio server', (t) => {
  const emacs = requiredTool(t, 'emacs', 'apt-get install -y emacs-nox elpa-eglot elpa-markdown-mode');
  if (!emacs) return;
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mldl-emacs-')));
  try {
    // eglot needs a project: a git repository is the one project.el always knows.
    spawnSync('git', ['init', '-q', dir]);
    const doc = path.join(dir, 'design.md');
    fs.copyFileSync(path.join(FIXTURES, 'design-doc.md'), doc);
    const resultFile = path.join(dir, 'result.json');
    const script = path.join(dir, 'test.el');
    fs.writeFileSync(script, testScript(resultFile, doc));
    const run = spawnSync(emacs, ['-Q', '--batch', '-l', script], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    assert.ok(fs.existsSync(resultFile), `Emacs wrote no result (exit ${run.status}, signal ${run.signal}).\n${run.stdout}\n${run.stderr.slice(-3000)}`);
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as EmacsResult;
    assert.equal(result.error ?? null, null, `Emacs script failed: ${result.error}\nactions: ${(result.actions ?? []).join(' | ')}\n${run.stderr.slice(-3000)}`);
    assert.equal(run.status, 0);

    const baseline = result.diagnostics?.find((d) => d.code === 'baseline-model');
    assert.ok(baseline);
    assert.equal(baseline.source, 'mldl');
    assert.equal(baseline.severity, 1, 'error');
    assert.ok(result.diagnostics?.some((d) => d.code === 'unquantified-requirement' && d.severity === 2), 'a passage warning too');
    assert.ok(result.actions?.includes('Disable baseline-model for this file'));
    assert.ok(!result.after?.includes('baseline-model'));
    assert.ok(result.after?.includes('drift-monitoring'), 'the other findings stay');
    assert.match(result.text ?? '', /\*\*Baseline:\*\*/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
