/**
 * The sliver threshold field's words, as plain strings (no DOM), so they can be rendered as text
 * only and moved into the message files with the rest of the interface.
 */

/** Before the field: "Leave out slivers narrower than [200] m". */
export const SLIVER_FIELD_BEFORE = 'Leave out slivers narrower than';
/** After the field: the unit. */
export const SLIVER_FIELD_UNIT = 'm';
