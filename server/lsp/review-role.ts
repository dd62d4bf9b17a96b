// How a review worker thread knows it is one: review-thread.ts starts it with
// this workerData, and review-worker.ts, its entry module, starts serving when
// it sees it. A module of its own so that neither imports the other.

export const REVIEW_WORKER_DATA = { mldlRole: 'review-worker' } as const;

export function isReviewWorker(workerData: unknown): boolean {
  return (workerData as { mldlRole?: unknown } | null | undefined)?.mldlRole === REVIEW_WORKER_DATA.mldlRole;
}
