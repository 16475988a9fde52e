/**
 * How much longer work takes on an input ten times larger: the best of three runs at each size
 * (the machine is shared), the small one counted as at least `floorMs` so that timer noise on a
 * fast small run cannot fail a linear reader. Linear work gives about 10; quadratic about 100.
 */
export async function growthFactor<T>(
  build: (n: number) => T,
  work: (input: T) => unknown,
  n: number,
  floorMs = 20,
): Promise<number> {
  const best = async (input: T) => {
    let fastest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await work(input);
      fastest = Math.min(fastest, performance.now() - start);
    }
    return fastest;
  };
  const small = build(n);
  const large = build(n * 10);
  await work(small);
  return (await best(large)) / Math.max(await best(small), floorMs);
}

/** Runs work that is expected to end in an error, and gives the error back (or undefined). */
export async function caught(work: () => unknown): Promise<unknown> {
  try {
    await work();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Runs synchronous work that is expected to throw, and gives the error back (or undefined). */
export function thrown(work: () => unknown): unknown {
  try {
    work();
    return undefined;
  } catch (error) {
    return error;
  }
}
