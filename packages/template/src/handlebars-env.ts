import Handlebars from "handlebars";
import { callGenreHelper, GENRE_HELPERS, HelperError } from "./helpers/index.js";

/** The block helpers Handlebars brings, made strict here: a missing field is an error, not false. */
export const BUILTIN_HELPERS = ["if", "unless", "each", "with", "lookup"] as const;

/**
 * The Handlebars options of every template text: `strict` (a missing field is an error),
 * `knownHelpersOnly` (only the genre helpers and the strict built-ins can be called), no
 * escaping (each writer escapes for its own format), and no access to prototypes (the runtime's
 * default since 4.6, kept by never passing the allow-prototype options). Handlebars ≥ 4.7.9 holds
 * the 2026 security fixes.
 */
export const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  noEscape: true,
  knownHelpers: Object.fromEntries([...Object.keys(GENRE_HELPERS), ...BUILTIN_HELPERS].map((n) => [n, true])),
};

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

/** A helper's failure together with the call it happened in (Handlebars' `options.loc`). */
export class LocatedHelperError extends Error {
  override readonly cause: HelperError;
  readonly helper: string;
  readonly loc: hbs.AST.SourceLocation | undefined;

  constructor(cause: HelperError, helper: string, loc: hbs.AST.SourceLocation | undefined) {
    super(cause.message);
    this.name = "LocatedHelperError";
    this.cause = cause;
    this.helper = helper;
    this.loc = loc;
  }
}

interface HelperOptions {
  loc?: hbs.AST.SourceLocation;
  name?: string;
}

/** A helper as registered: `fn` gets the context (`this`) and the arguments as one list, not spread again. */
function locate(name: string, fn: (self: unknown, args: unknown[]) => unknown) {
  return function (this: unknown, ...args: unknown[]): unknown {
    try {
      return fn(this, args);
    } catch (error) {
      if (!(error instanceof HelperError)) throw error;
      throw new LocatedHelperError(error, name, (args.at(-1) as HelperOptions | undefined)?.loc);
    }
  };
}

/** The one Handlebars environment of gongwen templates, apart from the global one others may use. */
function createEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  for (const name of ["log", "blockHelperMissing"]) env.unregisterHelper(name);
  for (const name of ["if", "unless", "each", "with"] as const) {
    const builtin = env.helpers[name] as (...args: unknown[]) => unknown;
    env.registerHelper(
      name,
      locate(name, (self, args) => {
        const value = args[0];
        if (args.length > 1 && value === undefined) throw new HelperError("missing", 0, value);
        if (name === "each" && value !== null && typeof value !== "object") {
          throw new HelperError("not_a_list", 0, value);
        }
        return builtin.apply(self, args);
      }),
    );
  }
  for (const [name, spec] of Object.entries(GENRE_HELPERS)) {
    env.registerHelper(
      name,
      locate(name, (_self, args) => callGenreHelper(spec, args)),
    );
  }
  return env;
}

/** The environment every template text is compiled in. */
export const handlebars: typeof Handlebars = createEnvironment();

/** A compiled template text: call it with the context and the runtime options. */
export type TextRenderer = (context: unknown, options: TextRuntimeOptions) => string;

/** The runtime options a text is called with: its data frame (`@root`, `@index`) and `../` depths. */
export interface TextRuntimeOptions {
  data: unknown;
  depths: unknown[];
}

/** How many compiled texts a process keeps (a long-running service loads many templates). */
export const TEXT_CACHE_SIZE = 20_000;

const cache = new Map<string, TextRenderer>();

/**
 * Compiles one template text (already parsed, so syntax errors were reported with their
 * positions), once per process: texts equal in several templates or loads share the function.
 */
export function compileText(source: string, ast: hbs.AST.Program): TextRenderer {
  let fn = cache.get(source);
  if (!fn) {
    fn = handlebars.compile(ast, COMPILE_OPTIONS) as unknown as TextRenderer;
    if (cache.size >= TEXT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(source, fn);
  }
  return fn;
}
