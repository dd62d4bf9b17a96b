// The engine (rules, unified/remark, the interview scorer), loaded on first
// use: `initialize` is answered before any of it is evaluated, and a session
// that never opens a Markdown file never loads it. In the esbuild bundle the
// dynamic import becomes a lazily initialised module of the same file.
export type Engine = typeof import('./engine-entry.js');

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine-entry.js');
  return loading;
}
