import { addDays, type Day } from '../story';

/**
 * The days an animation starts with: while two days are compared, from the earlier to the later of
 * them (what changed, played); otherwise the story's last 30 days, within its period.
 */
export function animationSpan(
  period: { from: Day; to: Day },
  state: { day: Day; compare: Day | null },
): [Day, Day] {
  if (state.compare !== null && state.compare !== state.day)
    return state.compare < state.day ? [state.compare, state.day] : [state.day, state.compare];
  const start = addDays(period.to, -29);
  return [start < period.from ? period.from : start, period.to];
}
