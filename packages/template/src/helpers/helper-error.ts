/** Why a helper refused its argument. */
export type HelperFailure =
  | "missing"
  | "not_a_number"
  | "bad_option"
  | "zero_base"
  | "bad_date"
  | "not_an_integer"
  | "too_many_arguments"
  | "not_a_list";

/**
 * Thrown by a helper when the data does not fit it: a missing value, text where a number is
 * needed, a base of zero. `argument` is the 0-based position of the offending argument, or the
 * name of the hash option; the renderer turns it into a located problem with the expression.
 */
export class HelperError extends Error {
  readonly failure: HelperFailure;
  readonly argument: number | string;
  readonly value: unknown;

  constructor(failure: HelperFailure, argument: number | string, value: unknown) {
    super(`${failure} (${String(argument)})`);
    this.name = "HelperError";
    this.failure = failure;
    this.argument = argument;
    this.value = value;
  }
}
