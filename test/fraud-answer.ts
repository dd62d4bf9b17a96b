// Sections of a partial answer to the payment-fraud-detection interview
// problem, shared by the scorecard, hint and scorecard-request tests: each
// test puts its own front matter and title above the sections it needs.

export const FRAUD_REQUIREMENTS = `## Requirements

The business goal is to cut fraud losses by 30 % while declining fewer than 0.5 % of legitimate payments. Scoring must finish within 100 ms at p99 for 2,000 transactions per second.
`;

export const FRAUD_FRAMING = `## Problem framing

The model predicts P(fraud | transaction) as a binary classification with a decline threshold.
`;

export const FRAUD_DATA = `## Data

Labels come from chargebacks. Chargebacks arrive up to 60 days after the payment, so training only uses transactions older than a 60-day maturation window.
`;

/** Front matter and title, then the sections, one blank line apart. */
export function fraudAnswer(frontMatter: string, title: string, ...sections: string[]): string {
  return `---\n${frontMatter}---\n# ${title}\n\n${sections.join('\n')}`;
}
