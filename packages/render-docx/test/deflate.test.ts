import { deflateRawSync, crc32 as zlibCrc32 } from "node:zlib";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx as renderDocxCore, renderDocxSync as renderDocxCoreSync } from "../src/core.js";
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

describe("@gongwen/render-docx/core", () => {
  it("requires deflateRaw, and names it when it is missing", async () => {
    const report = fullReport();
    expect(() => renderDocxCoreSync(report, {} as never)).toThrow(TypeError);
    expect(() => renderDocxCoreSync(report, undefined as never)).toThrow(/deflateRaw/);
    await expect(renderDocxCore(report, { deflateRaw: "zlib" } as never)).rejects.toThrow(/deflateRaw/);
  });

  it("writes what the main entry writes with the same compressor", async () => {
    const report = fullReport();
    expect(renderDocxCoreSync(report, { deflateRaw })).toEqual(renderDocxSync(report, { deflateRaw }));
    expect(await renderDocxCore(report, { deflateRaw })).toEqual(renderDocxSync(report, { deflateRaw }));
  });
});

describe("renderDocx with an injected CRC-32 (crc32)", () => {
  it("records what it gives for each part, the same numbers as the writer's own", () => {
    const report = fullReport();
    const checked: number[] = [];
    const counted = (data: Uint8Array) => {
      checked.push(data.length);
      return zlibCrc32(data);
    };
    const bytes = renderDocxSync(report, { deflateRaw, crc32: counted });
    expect(checked.length).toBeGreaterThan(0);
    expect(bytes).toEqual(renderDocxSync(report, { deflateRaw }));
  });
});
