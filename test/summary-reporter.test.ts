import { afterEach, describe, expect, it, vi } from "vitest";
import type { TestModule } from "vitest/node";
import SummaryReporter from "./support/summary-reporter.js";

function fakeModule(states: string[], moduleState = "passed"): TestModule {
  const tests = states.map((state) => ({ result: () => ({ state }) }));
  return {
    state: () => moduleState,
    children: { size: tests.length, allTests: () => tests[Symbol.iterator]() },
  } as unknown as TestModule;
}

describe("SummaryReporter", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("prints one plain closing line counting passed, failed and skipped tests", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    new SummaryReporter().onTestRunEnd([fakeModule(["passed", "passed", "failed"]), fakeModule(["skipped", "passed"])]);
    expect(write).toHaveBeenCalledWith("\nTests: 3 passed, 1 failed, 1 skipped\n");
  });

  it("counts a test file that failed to load as a failure", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    new SummaryReporter().onTestRunEnd([fakeModule(["passed"]), fakeModule([], "failed")]);
    expect(write).toHaveBeenCalledWith("\nTests: 1 passed, 1 failed\n");
  });
});
