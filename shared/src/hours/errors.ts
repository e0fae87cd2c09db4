/** The engine was asked about an instant that is not one: an invalid `Date`, `NaN` or an infinity. */
export class InvalidInstantError extends RangeError {
  override name = "InvalidInstantError";

  constructor(at: unknown) {
    super(`not a valid instant: ${String(at)}`);
  }
}
