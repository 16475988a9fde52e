import type { FastifyInstance } from "fastify";
import type { ServiceConfig } from "./config.js";
import { RenderPool } from "./pool.js";
import { buildApp } from "./server.js";

/** A running service: its address, the application, and how to stop it gracefully. */
export interface RunningService {
  /** `http://127.0.0.1:8080`. */
  url: string;
  app: FastifyInstance;
  pool: RenderPool;
  /** Stops taking requests, lets those in flight finish, then stops the workers. */
  close(): Promise<void>;
}

/**
 * Starts the service: the worker pool (warmed up, so the first request is as fast as the others),
 * then the HTTP server on `config.host:config.port`. With `signals` (the default), SIGTERM and
 * SIGINT close it gracefully: new requests get 503, requests in flight finish, then the process
 * exits on its own.
 */
export async function startService(
  config: ServiceConfig,
  options: { signals?: boolean } = {},
): Promise<RunningService> {
  const pool = new RenderPool(config.workers, config.queue, config.timeoutMs);
  await pool.warm();
  const app = buildApp(config, pool);
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      await app.close();
      await pool.close();
    })();
    return closed;
  };
  let url: string;
  try {
    url = await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    // A port taken or refused: nothing may keep the process alive after the caller reports it.
    await close();
    throw error;
  }
  if (options.signals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      app.log.info({ signal }, "shutting down: finishing requests in flight");
      void close().then(() => app.log.info("stopped"));
    };
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
  return { url, app, pool, close };
}
