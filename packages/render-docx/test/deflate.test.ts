import { deflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFLATE_LEVEL, renderDocxSync } from "../src/index.js";
import { fullReport } from "./helpers/reports.js";

const deflateRaw = deflateRawSync;

describe("renderDocx with an injected compressor (deflateRaw)", () => {
  it("writes the package with it, and it unzips to the same parts as with the default", () => {
    const report = fullReport();
    let calls = 0;
    const levels = new Set<number>();
    const counted: typeof deflateRaw = (data, options) => {
      calls++;
      levels.add(options?.level ?? -1);
      return deflateRaw(data, options);
    };
    const native = renderDocxSync(report, { deflateRaw: counted });
    const portable = renderDocxSync(report);
    expect(calls).toBeGreaterThan(0);
    expect([...levels]).toEqual([DEFLATE_LEVEL]);
    expect(native).not.toEqual(portable);
    const nativeParts = unzipSync(native);
    const portableParts = unzipSync(portable);
    expect(Object.keys(nativeParts)).toEqual(Object.keys(portableParts));
    for (const [path, data] of Object.entries(portableParts)) expect(nativeParts[path], path).toEqual(data);
  });

  it("gives the same bytes for the same report with the same compressor", () => {
    const report = fullReport();
    expect(renderDocxSync(report, { deflateRaw })).toEqual(renderDocxSync(report, { deflateRaw }));
  });
});
