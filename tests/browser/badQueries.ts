import { mulberry32 } from '../../scripts/mulberry32';
/**
 * Bad query strings for the page, generated from a fixed seed so every run tries the same ones:
 * a hand-picked list of known troublemakers, then random mixes of them. None is longer than about
 * 10,000 characters: beyond 16 KB of headers the preview server (Node) answers 431 itself, before
 * the page is ever involved.
 */

const enc = encodeURIComponent;

/** Values that must never be taken for a date, a place or a flag. */
const NASTY_VALUES = [
  '2022-13-45',
  '2022-02-30',
  '2022-00-10',
  '2023-02-29',
  '2014-04-06',
  '2099-01-01',
  '0000-00-00',
  '2022-7-3',
  '2022-07-03T12:00:00Z',
  '+002022-07-03',
  '２０２２-０７-０３',
  '2022-07-03\u0000',
  ' 2022-07-03 ',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '"><img src=x onerror=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '<svg onload=window.__pwned=1>',
  '{{7*7}}',
  '${window.__pwned=1}',
  '../../../../etc/passwd',
  'LYSYCHANSK',
  'Lysychansk',
  'lysychansk ',
  'Лисичанськ',
  '\u202eksnahcysyl',
  '\u200b',
  '💣🔥',
  'a'.repeat(10_000),
  '9'.repeat(10_000),
  '<'.repeat(3_000),
];

/** Raw (already encoded, or deliberately badly encoded) values. */
const RAW_VALUES = [
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%C0%AE%C0%AE',
  '%ED%A0%80',
  '%FF%FE',
  '%00',
  '%0A%0D',
  '%3Cscript%3E',
  '2022-07-03%',
  '&',
  '==',
  '=',
  '',
];

const KEYS = [
  'date',
  'city',
  'embed',
  'Date',
  'DATE',
  'date[]',
  'city[0]',
  '__proto__',
  'constructor',
  'x',
  '',
];

export interface BadQuery {
  query: string;
  /** The page must tell the reader about it (a bad date); for others it may stay quiet. */
  complains: boolean;
}

export function badQueries(count = 120, seed = 20220703): BadQuery[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const complaining = NASTY_VALUES.map((v) => `?date=${enc(v)}`);
  const fixed = [
    ...complaining,
    ...NASTY_VALUES.filter((_, i) => i % 3 === 0).map((v) => `?city=${enc(v)}`),
    ...RAW_VALUES.map((v) => `?date=${v}`),
    '?city=__proto__',
    '?city=constructor&date=2022-02-30',
    '?date=2022-13-45&city=lysychansk',
    `?${'date=nope&'.repeat(400)}date=2022-07-03`,
    `?${'city=atlantis&'.repeat(400)}`,
    '?date=2022-07-03&date=2022-07-04&date=2022-07-05',
    '?embed=1&embed=0&embed=<b>',
    '?%%%',
    '?&&&===&&&',
    '?date',
    '?date=&city=&embed=',
    '?=2022-07-03',
    `?${'x'.repeat(10_000)}`,
    '?date=2022-07-03#<script>alert(1)</script>',
  ];
  const randomValue = (): string => {
    switch (Math.floor(random() * 5)) {
      case 0:
        return enc(pick(NASTY_VALUES));
      case 1:
        return pick(RAW_VALUES);
      case 2: {
        // Date-shaped, mostly impossible.
        const n = (max: number, width: number) => String(Math.floor(random() * max)).padStart(width, '0');
        return `${n(3000, 4)}-${n(20, 2)}-${n(40, 2)}`;
      }
      case 3:
        // Random code points, some of them lone surrogates, encoded as UTF-8 where possible.
        return enc(
          Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
            String.fromCodePoint(0x20 + Math.floor(random() * 0x2ffff)),
          )
            .join('')
            .replace(/[\ud800-\udfff]/g, '?'),
        );
      default:
        // Random percent escapes, often invalid UTF-8.
        return Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
          random() < 0.8
            ? `%${Math.floor(random() * 256)
                .toString(16)
                .padStart(2, '0')}`
            : pick(['%', '%G', 'a']),
        ).join('');
    }
  };
  const all = new Set(fixed);
  while (all.size < count) {
    const parts = Array.from(
      { length: 1 + Math.floor(random() * 4) },
      () => `${pick(KEYS)}=${randomValue()}`,
    );
    all.add(`?${parts.join('&')}`);
  }
  return [...all].map((query) => ({ query, complains: complaining.includes(query) }));
}
