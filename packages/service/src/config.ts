import { availableParallelism } from "node:os";

/** How the service runs: where it listens and the limits that hold under abuse. */
export interface ServiceConfig {
  /** Address to listen on; loopback unless the operator opens it on purpose. */
  host: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** The largest request body accepted, in bytes; more is refused with 413. */
  bodyLimit: number;
  /** How long one piece of work (reading, checking, rendering) may take, queue wait included, in ms; then its worker is stopped and 504 is returned. */
  timeoutMs: number;
  /** Worker threads rendering at once. */
  workers: number;
  /** Requests waiting for a worker; one more is refused with 503 and Retry-After. */
  queue: number;
  /** Seconds a client is told to wait (Retry-After) when the queue is full. */
  retryAfter: number;
  /** pino log level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
}

/** The defaults: loopback, port 8080, 2 MiB bodies, 10 s per request, a worker per core, 64 waiting. */
export const DEFAULT_CONFIG: Readonly<ServiceConfig> = Object.freeze({
  host: "127.0.0.1",
  port: 8080,
  bodyLimit: 2 * 1024 * 1024,
  timeoutMs: 10_000,
  workers: Math.max(1, availableParallelism()),
  queue: 64,
  retryAfter: 1,
  logLevel: "info",
});

/** The environment variable of each setting: `GONGWEN_HOST`, `GONGWEN_PORT` … (flags win over them). */
export const CONFIG_ENV: Readonly<Record<keyof ServiceConfig, string>> = Object.freeze({
  host: "GONGWEN_HOST",
  port: "GONGWEN_PORT",
  bodyLimit: "GONGWEN_BODY_LIMIT",
  timeoutMs: "GONGWEN_TIMEOUT_MS",
  workers: "GONGWEN_WORKERS",
  queue: "GONGWEN_QUEUE",
  retryAfter: "GONGWEN_RETRY_AFTER",
  logLevel: "GONGWEN_LOG_LEVEL",
});

/** A setting that is not a valid value: its name (flag or variable) and what was given. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    readonly value: string,
    readonly expected: { zh: string; en: string },
  ) {
    super(`${setting}: ${expected.en}, got "${value}"`);
    this.name = "ConfigError";
  }
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** Limits of each numeric setting: the smallest value and the largest. */
const RANGES: Partial<Record<keyof ServiceConfig, [number, number]>> = {
  port: [0, 65535],
  bodyLimit: [1024, 256 * 1024 * 1024],
  timeoutMs: [10, 10 * 60 * 1000],
  workers: [1, 256],
  queue: [0, 100_000],
  retryAfter: [0, 3600],
};

/**
 * Builds a configuration from named values (flags, or variables read through CONFIG_ENV) over
 * DEFAULT_CONFIG. Numbers must be whole and within their range; `bodyLimit` may say `2mb` or `512kb`.
 * @throws ConfigError naming the first setting that is wrong.
 */
export function resolveConfig(
  values: Partial<Record<keyof ServiceConfig, string | number | undefined>>,
  names: Partial<Record<keyof ServiceConfig, string>> = {},
): ServiceConfig {
  const out: ServiceConfig = { ...DEFAULT_CONFIG };
  for (const key of Object.keys(DEFAULT_CONFIG) as (keyof ServiceConfig)[]) {
    const raw = values[key];
    if (raw === undefined || raw === "") continue;
    const name = names[key] ?? key;
    const text = String(raw).trim();
    if (key === "host") out.host = text;
    else if (key === "logLevel") {
      if (!LOG_LEVELS.includes(text)) {
        throw new ConfigError(name, text, {
          zh: `应为 ${LOG_LEVELS.join("、")} 之一`,
          en: `expected one of ${LOG_LEVELS.join(", ")}`,
        });
      }
      out.logLevel = text;
    } else {
      const [min, max] = RANGES[key] as [number, number];
      const number = key === "bodyLimit" ? bytes(text) : /^\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isSafeInteger(number) || number < min || number > max) {
        throw new ConfigError(name, text, {
          zh: `应为 ${min} 到 ${max} 之间的整数`,
          en: `expected a whole number from ${min} to ${max}`,
        });
      }
      out[key] = number;
    }
  }
  return out;
}

/** `2mb`, `512kb`, `1048576` → bytes; NaN when it is none of those. */
function bytes(text: string): number {
  const match = /^(\d+)\s*(b|kb|k|mb|m)?$/i.exec(text);
  if (!match) return Number.NaN;
  const unit = (match[2] ?? "b").toLowerCase();
  return Number(match[1]) * (unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k") ? 1024 : 1);
}

/** The configuration the environment gives (CONFIG_ENV), over the defaults. @throws ConfigError */
export function configFromEnv(env: Record<string, string | undefined>): ServiceConfig {
  const values: Partial<Record<keyof ServiceConfig, string | undefined>> = {};
  for (const [key, name] of Object.entries(CONFIG_ENV) as [keyof ServiceConfig, string][]) values[key] = env[name];
  return resolveConfig(values, CONFIG_ENV);
}
