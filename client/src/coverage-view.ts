// The "ML Design Review" tree: for the active Markdown doc, the seven framework
// steps, each with its rules marked covered or missing by their icon (the one
// status mark: the text beside it is the rule's description, in full in the
// tooltip, since a side bar cuts it). Clicking a rule jumps to the passage that
// covers it, or to where its finding sits.
import * as vscode from 'vscode';
import type { CoverageResult, RuleCoverage as CoverageRule, StepCoverage as CoverageStep } from '../../server/lsp/protocol.js';

export const REVEAL_COMMAND = 'mldl.revealCoverageRange';

type Node = { kind: 'step'; step: CoverageStep } | { kind: 'rule'; step: CoverageStep; rule: CoverageRule };

const STATUS_TEXT: Record<CoverageRule['status'], string> = {
  covered: 'covered',
  missing: 'missing',
  off: 'turned off',
  'not-applicable': 'not applicable',
};

/** "covered at L12", "weakly addressed at L40": where, and how sure the review is. */
export function statusText(rule: CoverageRule): string {
  if (rule.status !== 'covered') return STATUS_TEXT[rule.status];
  const at = rule.range ? ` at L${rule.range.start.line + 1}` : '';
  return rule.confidence === 'weak' ? `weakly addressed${at}` : `covered${at}`;
}

function ruleIcon(rule: CoverageRule): vscode.ThemeIcon {
  switch (rule.status) {
    case 'covered':
      // Weakly addressed: covered, but a reviewer would hesitate.
      return rule.confidence === 'weak'
        ? new vscode.ThemeIcon('check', new vscode.ThemeColor('testing.iconQueued'))
        : new vscode.ThemeIcon('check', new vscode.ThemeColor('testing.iconPassed'));
    case 'missing':
      return new vscode.ThemeIcon('close', new vscode.ThemeColor('testing.iconFailed'));
    default:
      return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
  }
}

function stepIcon(step: CoverageStep): vscode.ThemeIcon {
  if (step.total === 0) return new vscode.ThemeIcon('circle-outline');
  return step.covered === step.total
    ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
    : new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
}

/** A plain snapshot of what the tree shows, for tests and for the status bar. */
export interface CoverageSnapshot {
  uri: string;
  covered: number;
  total: number;
  steps: Array<{
    label: string;
    description: string;
    rules: Array<{ label: string; status: string; description: string; tooltip: string; command?: { command: string; arguments: unknown[] } }>;
  }>;
}

export class CoverageTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: CoverageResult | undefined;

  get current(): CoverageResult | undefined {
    return this.result;
  }

  update(result: CoverageResult | undefined): void {
    this.result = result;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!this.result) return [];
    if (!node) return this.result.steps.map((step) => ({ kind: 'step', step }));
    if (node.kind === 'rule') return [];
    // Rules that do not apply to this kind of system are noise in a review list.
    return node.step.rules.filter((r) => r.status !== 'not-applicable').map((rule) => ({ kind: 'rule', step: node.step, rule }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'step') {
      const missing = node.step.rules.some((r) => r.status === 'missing');
      const item = new vscode.TreeItem(
        node.step.title,
        missing ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `step:${node.step.step}`;
      item.description = `${node.step.covered}/${node.step.total}`;
      item.iconPath = stepIcon(node.step);
      item.contextValue = 'mldlStep';
      return item;
    }
    const { rule } = node;
    const item = new vscode.TreeItem(rule.ruleId, vscode.TreeItemCollapsibleState.None);
    item.id = `rule:${node.step.step}:${rule.ruleId}`;
    item.description = rule.description;
    const action = rule.range ? (rule.status === 'covered' ? '\n\nClick to go to the passage that covers it.' : '\n\nClick to go to its finding.') : '';
    item.tooltip = new vscode.MarkdownString(`**${rule.ruleId}** — ${statusText(rule)} (${rule.severity})\n\n${rule.description}${action}`);
    item.iconPath = ruleIcon(rule);
    item.contextValue = `mldlRule.${rule.status}`;
    if (rule.range && this.result) {
      item.command = { title: 'Go to', command: REVEAL_COMMAND, arguments: [this.result.uri, rule.range] };
    }
    return item;
  }

  snapshot(): CoverageSnapshot | undefined {
    if (!this.result) return undefined;
    return {
      uri: this.result.uri,
      covered: this.result.covered,
      total: this.result.total,
      steps: this.getChildren().map((stepNode) => {
        const item = this.getTreeItem(stepNode);
        return {
          label: String(item.label),
          description: String(item.description),
          rules: this.getChildren(stepNode).map((n) => {
            const ruleItem = this.getTreeItem(n);
            return {
              label: String(ruleItem.label),
              status: n.kind === 'rule' ? n.rule.status : '',
              description: String(ruleItem.description),
              tooltip: ruleItem.tooltip instanceof vscode.MarkdownString ? ruleItem.tooltip.value : String(ruleItem.tooltip ?? ''),
              command: ruleItem.command ? { command: ruleItem.command.command, arguments: ruleItem.command.arguments ?? [] } : undefined,
            };
          }),
        };
      }),
    };
  }
}
