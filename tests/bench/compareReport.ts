import type { ColdLoadRun } from './coldLoad';
import { ANSWER_LIMIT_MS, type KeyAnswerRun } from './keyAnswer';
import { summary } from './stats';

/** One build's samples from the interleaved rounds. */
export interface BuildFigures {
  /** How the report names it: `this`, a commit (`fb57848`, `HEAD~1 (af103f3)`) or a dist path. */
  label: string;
  loads: ColdLoadRun[];
  keys: KeyAnswerRun[];
  /** The story scrub's steps, every round's together, ms. */
  scrub: number[];
  /** Why the scrub could not run on this build (an earlier build's handle), or null. */
  scrubError: string | null;
  /** Claimline's own first load: gzip bytes of the files requested by the first idle, and their names. */
  firstLoad: { gzip: number; files: string[] };
  /**
   * With `--layer`: cold loads to the last idle on the layer's first day, without the layer and with
   * it (one each a round, in turns), the far-jump scrub's steps, and why a build could not read it.
   */
  layer: { none: number[]; with: number[]; jumps: number[]; error: string | null };
}

interface Measure {
  title: string;
  unit: 'ms' | 'KB' | 'x';
  /** One sample a cold load (else the samples are steps, or one figure a build). */
  perLoad: boolean;
  samples: (build: BuildFigures) => number[];
}

const known = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
const load = (key: keyof ColdLoadRun) => (b: BuildFigures) => known(b.loads.map((r) => r[key]));
const key = (name: 'firstAnswer' | 'firstWait' | 'worstWait') => (b: BuildFigures) =>
  known(b.keys.map((r) => r[name]));

const MEASURES: Measure[] = [
  {
    title: "first contentful paint (the browser's paint timing)",
    unit: 'ms',
    perLoad: true,
    samples: load('firstContentfulPaint'),
  },
  { title: 'first frame with the map box painted', unit: 'ms', perLoad: true, samples: load('onScreen') },
  { title: 'the `first-map` mark', unit: 'ms', perLoad: true, samples: load('firstMap') },
  { title: "MapLibre's start", unit: 'ms', perLoad: true, samples: load('mapStart') },
  { title: "MapLibre's first `idle`", unit: 'ms', perLoad: true, samples: load('firstIdle') },
  {
    title: 'the slider first answers a key with a redraw',
    unit: 'ms',
    perLoad: true,
    samples: key('firstAnswer'),
  },
  { title: "that answer's wait, key to frame", unit: 'ms', perLoad: true, samples: key('firstWait') },
  { title: 'longest wait of a key, to the first idle', unit: 'ms', perLoad: true, samples: key('worstWait') },
  { title: 'story scrub, 320x240, change to next idle', unit: 'ms', perLoad: false, samples: (b) => b.scrub },
  {
    title: 'streamed layer: load to the last idle, no layer',
    unit: 'ms',
    perLoad: true,
    samples: (b) => b.layer.none,
  },
  {
    title: 'the same, with the real-size layer',
    unit: 'ms',
    perLoad: true,
    samples: (b) => b.layer.with,
  },
  {
    title: "the layer's cost at load (with / without, each round)",
    unit: 'x',
    perLoad: false,
    samples: (b) => b.layer.with.map((ms, i) => ms / b.layer.none[i]!).filter(Number.isFinite),
  },
  {
    title: 'streamed layer scrub, far jumps (each a file not yet loaded)',
    unit: 'ms',
    perLoad: false,
    samples: (b) => b.layer.jumps,
  },
  {
    title: 'first load, own code + data, gzip',
    unit: 'KB',
    perLoad: false,
    samples: (b) => [b.firstLoad.gzip / 1024],
  },
];

const figure = (value: number, unit: Measure['unit']) =>
  unit === 'ms' ? Math.round(value).toLocaleString('en-US') : value.toFixed(unit === 'x' ? 2 : 1);

/** Median, with the middle half of the samples (p25–p75) where there is more than one. */
function cell(measure: Measure, build: BuildFigures, rounds: number): string {
  const samples = measure.samples(build);
  if (samples.length === 0) return 'none';
  const s = summary(samples);
  const { unit } = measure;
  const spread = samples.length > 1 ? ` (${figure(s.p25, unit)}–${figure(s.p75, unit)})` : '';
  const missing = measure.perLoad && samples.length < rounds ? `, ${samples.length} of ${rounds} loads` : '';
  return `${figure(s.p50, unit)}${unit === 'x' ? 'x' : ` ${unit}`}${spread}${missing}`;
}

function ratio(current: number[], other: number[]): string {
  if (current.length === 0 || other.length === 0) return '–';
  return `${(summary(current).p50 / summary(other).p50).toFixed(2)}x`;
}

/**
 * Prints the comparison: a line per measure, then the same figures as a markdown table the README
 * can quote. `current` is this checkout's build; every ratio is its median over the other's.
 */
export function printComparison(current: BuildFigures, others: BuildFigures[], rounds: number): void {
  const builds = [...others, current];
  // The layer's rows only where a layer was given.
  const measures = MEASURES.filter((m) => builds.some((b) => m.samples(b).length > 0));
  console.log(
    `\n## ${builds.map((b) => b.label).join(', ')}: ${rounds} interleaved rounds, cold loads at 1024x720`,
  );
  console.log('median (p25–p75); ratios are this build over the other, medians\n');
  for (const measure of measures) {
    const figures = builds.map((b) => `${b.label} ${cell(measure, b, rounds)}`);
    const ratios = others.map(
      (o) => `this/${o.label} ${ratio(measure.samples(current), measure.samples(o))}`,
    );
    console.log(`${measure.title}: ${figures.join(' | ')} | ${ratios.join(', ')}`);
  }
  for (const b of builds) {
    const unanswered = b.keys.reduce((n, r) => n + r.unanswered, 0);
    const answered = b.keys.reduce((n, r) => n + r.answered, 0);
    console.log(
      `${b.label}: keys that moved the day ${answered + unanswered}, unanswered in ${ANSWER_LIMIT_MS / 1000} s ${unanswered}`,
    );
    if (b.scrubError) console.log(`${b.label}: no story scrub (${b.scrubError})`);
    if (b.layer.error) console.log(`${b.label}: no streamed layer (${b.layer.error})`);
    console.log(`${b.label} first load: ${b.firstLoad.files.join(', ')}`);
  }

  const header = ['measure', ...builds.map((b) => b.label), ...others.map((o) => `this / ${o.label}`)];
  console.log(`\n| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const measure of measures) {
    const row = [
      measure.title,
      ...builds.map((b) => cell(measure, b, rounds)),
      ...others.map((o) => ratio(measure.samples(current), measure.samples(o))),
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
}
