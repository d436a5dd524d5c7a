import { utcFormat } from 'd3-time-format';
import { dayToUtcMs, type Day } from '../story/day';

const long = utcFormat('%-d %B %Y');
const short = utcFormat('%-d %b %Y');

/** "3 July 2022": the slider's aria-valuetext and the visible date. */
export const formatDayLong = (day: Day) => long(new Date(dayToUtcMs(day)));

/** "3 Jul 2022", for compact places. */
export const formatDayShort = (day: Day) => short(new Date(dayToUtcMs(day)));
