/**
 * The parties an article names, by any of their names (Russia, Moscow, the Kremlin, Russian forces;
 * Ukraine, Kyiv, the General Staff; the separatist republics; Wagner, which fought for Russia), in
 * English, Ukrainian and Russian, mapped to the story's party ids.
 */
import type { RawParty } from '../story/types.ts';
import type { Span } from './types.ts';

export type PartyId = 'ru' | 'ua' | 'lpr' | 'dpr';

export const PARTIES: Record<PartyId, RawParty> = {
  ru: { id: 'ru', name: 'Russia', status: 'state', description: 'The Russian Federation.' },
  ua: { id: 'ua', name: 'Ukraine', status: 'state', description: 'Ukraine.' },
  lpr: {
    id: 'lpr',
    name: "Luhansk People's Republic",
    shortName: 'LPR',
    status: 'self-proclaimed',
    description: 'Self-proclaimed, Moscow-backed separatist entity in Luhansk Oblast.',
  },
  dpr: {
    id: 'dpr',
    name: "Donetsk People's Republic",
    shortName: 'DPR',
    status: 'self-proclaimed',
    description: 'Self-proclaimed, Moscow-backed separatist entity in Donetsk Oblast.',
  },
};

// Order matters: the republics before the plain oblast names and countries they contain.
const NAMES: [PartyId, RegExp][] = [
  [
    'lpr',
    /\b(?:Luhansk|Lugansk) People['’]s Republic\b|\bL[PN]R\b|(?<!\p{L})ЛНР(?!\p{L})|Луганськ\p{L}* народн\p{L}* республік\p{L}*|Луганск\p{L}* народн\p{L}* республик\p{L}*/gu,
  ],
  [
    'dpr',
    /\bDonetsk People['’]s Republic\b|\bD[PN]R\b|(?<!\p{L})ДНР(?!\p{L})|Донецьк\p{L}* народн\p{L}* республік\p{L}*|Донецк\p{L}* народн\p{L}* республик\p{L}*/gu,
  ],
  [
    'ru',
    /\b(?:Russia(?:['’]s)?|Russians?|Moscow|the Kremlin|Kremlin|Putin|Shoigu|Peskov|Wagner|Prigozhin)\b|Росси\p{L}*|Росі\p{L}*|Москв\p{L}*|Кремл\p{L}*|Путин\p{L}*|Путін\p{L}*|росси\p{L}+|російськ\p{L}*|Вагнер\p{L}*/gu,
  ],
  [
    'ua',
    /\b(?:Ukraine(?:['’]s)?|Ukrainians?|Kyiv|Kiev|Zelensky[iy]?|Zelenskyy|General Staff)\b|Україн\p{L}*|Украин\p{L}*|Киев\p{L}*|Київ\p{L}*|Зеленськ\p{L}*|Зеленск\p{L}*|ЗСУ|ВСУ|Генштаб\p{L}*|українськ\p{L}*|украинск\p{L}*/gu,
  ],
];

export interface PartyMention {
  party: PartyId;
  span: Span;
  surface: string;
}

export function findParties(text: string): PartyMention[] {
  const found: PartyMention[] = [];
  const covered = (s: number, e: number) => found.some((f) => s < f.span[1] && e > f.span[0]);
  for (const [party, re] of NAMES) {
    for (const m of text.matchAll(re)) {
      const span: Span = [m.index, m.index + m[0].length];
      if (!covered(...span)) found.push({ party, span, surface: m[0] });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** The party a phrase (a speaker, a role, a subject) speaks for, if it names one. */
export function partyOf(phrase: string): PartyId | undefined {
  return findParties(phrase)[0]?.party;
}
