/**
 * Runs `works` at once and waits for every one to end before telling the first failure, so
 * none outlives its caller (a connection still writing while the caller reports it failed).
 */
export async function allOrFirstFailure(works: ReadonlyArray<Promise<unknown>>): Promise<void> {
  const failed = (await Promise.allSettled(works)).find(
    (r): r is PromiseRejectedResult => r.status === 'rejected',
  );
  if (failed) throw failed.reason;
}
