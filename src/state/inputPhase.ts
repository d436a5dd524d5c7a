/**
 * How a date change came about, so history can keep the dates a reader settled on: a drag is
 * start, moves, end; a key, button or tick is one step; play is a run of steps.
 */
export type InputPhase = 'start' | 'move' | 'end' | 'step' | 'play';
