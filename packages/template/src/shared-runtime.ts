import type Handlebars from "handlebars";
import { COMPILE_OPTIONS, handlebars, type TextRenderer, type TextRuntimeOptions } from "./handlebars-env.js";

/**
 * What Handlebars hands a partial it invokes: the caller's helpers (already wrapped with the
 * caller's `lookupProperty`), hooks (`helperMissing`), partials, decorators and prototype-access
 * control, with `partial: true` so the called template takes them as they are.
 */
interface SharedRuntime {
  partial: true;
  helpers: object;
  hooks: object;
  protoAccessControl: object;
  partials: object;
  decorators: object;
}

/**
 * Obtains the runtime state of a gongwen text from one real call: a probe template in this
 * environment invokes a partial, and Handlebars passes the partial what it set up for the call —
 * its own merged helpers, hooks and `createProtoAccessControl` object, never re-implemented here.
 * Calling a text with these and `partial: true` is how Handlebars itself calls a partial: the
 * text then skips the setup a top-level call repeats every time (every helper wrapped in a new
 * closure, a new proto-access object), ~40 times per report. Undefined when the shape differs
 * (another Handlebars version): texts are then called the ordinary way.
 */
function captureSharedRuntime(env: typeof Handlebars): SharedRuntime | undefined {
  let given: Partial<SharedRuntime> | undefined;
  const probe = env.compile("{{> probe}}", COMPILE_OPTIONS);
  const partial = (_context: unknown, options?: unknown) => {
    given = options as Partial<SharedRuntime> | undefined;
    return "";
  };
  probe({}, { partials: { probe: partial } });
  if (given?.partial !== true) return undefined;
  const { helpers, hooks, protoAccessControl, partials, decorators } = given;
  const isObject = (value: unknown): value is object => value !== null && typeof value === "object";
  if (!isObject(helpers) || !isObject(hooks) || !isObject(protoAccessControl)) return undefined;
  if (!isObject(partials) || !isObject(decorators)) return undefined;
  return { partial: true, helpers, hooks, protoAccessControl, partials, decorators };
}

/** The shared runtime, captured at the first text called (null: not yet; undefined: not available). */
let shared: SharedRuntime | undefined | null = null;

/** Whether texts are called with the shared runtime (false: this Handlebars version hands over something else). */
export function usesSharedRuntime(): boolean {
  return sharedRuntime() !== undefined;
}

function sharedRuntime(): SharedRuntime | undefined {
  if (shared === null) shared = captureSharedRuntime(handlebars);
  return shared;
}

/**
 * Calls a compiled text (or one statement of it) with a data frame and `../` depths, with the
 * helpers, hooks and prototype-access control Handlebars set up once for this environment
 * (captureSharedRuntime); `standard` calls it the ordinary way, setting them up again (the
 * tests compare both).
 */
export function runText(
  render: TextRenderer,
  context: unknown,
  data: unknown,
  depths: unknown[],
  standard = false,
): string {
  const runtime = standard ? undefined : sharedRuntime();
  if (!runtime) return render(context, { data, depths });
  const options: SharedRuntime & TextRuntimeOptions = {
    partial: true,
    helpers: runtime.helpers,
    hooks: runtime.hooks,
    protoAccessControl: runtime.protoAccessControl,
    partials: runtime.partials,
    decorators: runtime.decorators,
    data,
    depths,
  };
  return render(context, options);
}
