import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callGenreHelper, GENRE_HELPERS, HelperError, runGenreHelper } from "../src/helpers/index.js";
import { callKey } from "../src/helpers/result-cache.js";

/** What a helper call gives: its text, or its HelperError's facts. */
function outcome(call: () => string): unknown {
  try {
    return { text: call() };
  } catch (error) {
    if (!(error instanceof HelperError)) throw error;
    return { failure: error.failure, argument: error.argument, value: error.value };
  }
}

const primitive = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double(),
  fc.constantFrom(0, -0, 1, "1", "1,234.5", "12.3%", "-4.5", "", " 7 ", "2024-01-09", 45300, 1.005, 2.5e-7, 1e21),
  fc.constantFrom(true, false, null, undefined),
  fc.string({ maxLength: 5 }),
);
const hash = fc.record(
  {
    digits: fc.oneof(fc.integer({ min: -1, max: 21 }), primitive),
    trim: fc.oneof(fc.boolean(), primitive),
    sep: fc.boolean(),
    from: fc.constantFrom("yuan", "wan", "yi", "jiao"),
    prefix: fc.constantFrom("", "比上年"),
    goal: fc.constantFrom("计划"),
    scope: fc.constantFrom("全省", 3),
  },
  { requiredKeys: [] },
);
const call = fc.record({
  helper: fc.constantFrom(...Object.keys(GENRE_HELPERS)),
  args: fc.array(primitive, { maxLength: 3 }),
  hash,
});

describe("helper results kept while a row is filled", () => {
  it("are what the helper gives without them, for every call and again for the same call", () => {
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 8 }), (calls) => {
        const data = { root: {} };
        for (const { helper, args, hash } of [...calls, ...calls]) {
          const spec = GENRE_HELPERS[helper];
          if (!spec) throw new Error(helper);
          const kept = outcome(() => callGenreHelper(spec, [...args, { hash, data }]));
          expect(kept).toEqual(outcome(() => runGenreHelper(spec, [...args, { hash }])));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('are found by a key that tells apart every call that differs (-0 and 0, 1 and "1", text boundaries)', () => {
    const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
    fc.assert(
      fc.property(
        fc.array(primitive, { maxLength: 3 }),
        fc.array(primitive, { maxLength: 3 }),
        hash,
        hash,
        (a, b, h, k) => {
          const keyA = callKey([...a, {}], a.length, h);
          const keyB = callKey([...b, {}], b.length, k);
          if (keyA === keyB) {
            expect(same(a, b)).toBe(true);
            expect(Object.keys(h)).toEqual(Object.keys(k));
            expect(same(Object.values(h), Object.values(k))).toBe(true);
          }
        },
      ),
    );
    expect(callKey([-0, {}], 1, {})).not.toBe(callKey([0, {}], 1, {}));
    expect(callKey([1, {}], 1, {})).not.toBe(callKey(["1", {}], 1, {}));
    expect(callKey(["a", "b", {}], 2, {})).not.toBe(callKey(["ab", "", {}], 2, {}));
  });

  it("are not kept for a call with an object among its arguments, nor across rows", () => {
    expect(callKey([new Date(0), {}], 1, {})).toBeUndefined();
    expect(callKey([1, {}], 1, { digits: [2] })).toBeUndefined();
    const spec = GENRE_HELPERS.wan;
    if (!spec) throw new Error("wan");
    expect(callGenreHelper(spec, [10000, { hash: {}, data: { root: {} } }])).toBe("1.00");
    expect(callGenreHelper(spec, [10000, { hash: { digits: 0 }, data: { root: {} } }])).toBe("1");
  });
});
