/**
 * Identifiers of the checks the model itself makes beyond plain types. Each custom issue carries
 * one in `params.rule`, so messages can be written per language (see messages.ts) and tools
 * can tell problems apart.
 */
export type ModelRule =
  | "forbidden_character"
  | "blank_line"
  | "empty_text"
  | "bad_date"
  | "too_deep"
  | "missing_part"
  | "unexpected_part"
  | "missing_sections"
  | "row_width"
  | "block_shape"
  | "empty_initiative";

/** The `params` a custom issue of the model carries. */
export interface RuleParams {
  rule: ModelRule;
  [key: string]: unknown;
}
