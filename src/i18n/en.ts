import type { PluralForms } from './plural.ts';
import { plural } from './plural.ts';
import { enLayers } from './enLayers.ts';
import { enMap } from './enMap.ts';
import { enShare } from './enShare.ts';

/** A party's name in the forms a sentence needs (Locale.party): subject, short, after "of". */
export interface PartyWords {
  name: string;
  short: string;
  of: string;
}

const count = (n: number, forms: PluralForms) => `${n} ${plural('en', n, forms)}`;

/**
 * The interface's words in English: the type every other language's table must match key for key
 * (src/i18n/uk.ts, ru.ts; tsc refuses a missing or extra key, and tests/unit/i18n compares them).
 * This table is in the page's first load, so it holds only what the page shows; a key is one line.
 * Values are plain text, never markup. `{…}` arguments are already written in the page's language
 * (days through Locale.day, names through Locale.place and Locale.party).
 */
export const en = {
  /** The BCP 47 tag Intl writes days, numbers and plural forms with ("3 July 2022"). */
  tag: 'en-GB',
  page: {
    title: 'Claimline — who claims and who holds Luhansk and Donetsk',
    dek: 'Who claims and who holds Luhansk and Donetsk, day by day, and what was said.',
    map: 'Map of Luhansk and Donetsk oblasts',
    mapOn: (day: string) => `Map of Luhansk and Donetsk oblasts on ${day}`,
    side: 'Claims on the selected date',
    language: 'Language',
    couldNotStart: (reason: string) => `Claimline could not start: ${reason}`,
  },
  link: {
    problems: 'Part of this link could not be used, so the page shows its defaults instead:',
    notStory: (value: string) => `“${value}” is not a story here; the first story is shown.`,
    notPlace: (value: string) => `“${value}” is not a place in this story.`,
    notLanguage: (value: string) => `“${value}” is not a language of this page.`,
    dateOutside: (value: string, first: string, last: string) =>
      `The date ${value} is outside the timeline (${first} to ${last}).`,
    notDate: (value: string) => `“${value}” is not a date; dates look like 2022-07-03.`,
    manyDates: 'The link names more than one date; the first valid one is shown.',
    compareOutside: (value: string, first: string, last: string) =>
      `The comparison day ${value} is outside the timeline (${first} to ${last}).`,
    notCompare: (value: string) => `“${value}” is not a comparison day; dates look like 2022-07-03.`,
    manyCompares: 'The link names more than one comparison day; the first valid one is shown.',
  },
  copy: {
    button: 'Copy link to this view',
    fallback: 'Link to this view',
    notAllowed: 'Copying is not allowed here: the link is selected in the box below, copy it from there.',
    copied: 'Link copied.',
    share: 'Share…',
    embedCredit: 'Open the full Claimline page at this view',
  },
  notice: {
    dismiss: 'Dismiss',
    dismissAbout: (text: string) => `Dismiss: ${text}`,
    noWebgl:
      'This browser cannot draw the full map (it needs WebGL2, which is missing or turned off). ' +
      'A simpler map is shown instead; the claims on each date and everything that was said are also below as text.',
  },
  summary: {
    heading: 'What is claimed on this date',
    afterStory: 'After the story',
    storyEnds: (day: string) => `This story ends on ${day} and says nothing about later days.`,
    noClaim: 'No claim recorded.',
    heldBy: (party: string) => `Held by ${party}`,
    notKnown: 'Not known',
  },
  /** A claim in words; "it" is the place named before it. */
  claim: {
    all: 'all of it',
    most: 'most of it',
    part: 'part of it',
    controls: (party: string, extent: string) => `${party} says it controls ${extent}`,
    claims: (party: string) => `${party} claims it`,
    recognises: (party: string) => `${party} recognises a claim to it`,
    recognisesClaimOf: (party: string, of: string) => `${party} recognises the claim of the ${of}`,
    aimsToTakeFor: (party: string, of: string) => `${party} aims to take it for the ${of}`,
    willRetake: (party: string) => `${party} says it will take it back`,
    theArticle: 'The article',
    saysControls: (who: string, party: string, extent: string) => `${who} says ${party} controls ${extent}`,
    saysClaims: (who: string, party: string) => `${who} says ${party} claims it`,
    saysRecognises: (who: string, party: string) => `${who} says ${party} recognises a claim to it`,
    saysAimsToTake: (who: string, party: string) => `${who} says ${party} means to take it`,
  },
  legend: {
    heading: 'Key',
    controlsAll: (who: string) => `${who} says it controls all of an oblast`,
    controlsMost: (who: string) => `${who} says it controls most of one`,
    alsoClaimed: (who: string) => `Also claimed by ${who}`,
    cityHeld: (who: string) => `City held by ${who}`,
    cityUnknown: 'City: holder not known from the story',
  },
  timeline: {
    label: 'Timeline',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    slow: 'Slow',
    normal: 'Normal',
    fast: 'Fast',
    /** The step buttons' names begin with their visible words (previousNone, nextNone): WCAG 2.5.3. */
    previous: '‹ Previous',
    next: 'Next ›',
    compare: 'Compare',
    date: 'Date',
    previousNone: 'Previous',
    nextNone: 'Next',
    previousEvent: (titles: string, day: string) => `Previous event: ${titles} (${day})`,
    nextEvent: (titles: string, day: string) => `Next event: ${titles} (${day})`,
    previousDay: (day: string) => `Previous: ${day}`,
    nextDay: (day: string) => `Next: ${day}`,
  },
  search: {
    label: 'Find a place',
    placeholder: 'Find a place, e.g. Lisichansk',
    list: 'Places',
    oblast: 'Oblast',
    capital: 'Capital',
    city: 'City',
    cityIn: (oblast: string) => `City, ${oblast}`,
    found: (n: number) => `${count(n, { one: 'place', other: 'places' })} found`,
    none: 'No place found',
  },
  panel: {
    close: 'Close',
    closeLabel: 'Close place panel',
    said: 'What was said',
    held: 'Who held it',
    events: 'Events',
    theArticle: 'the article',
    via: (name: string, via: string) => `${name}, via ${via}`,
    byDay: (day: string) => `by ${day}`,
    saidOn: (day: string) => `Said ${day}`,
    reportedBy: (by: string) => `Reported by ${by}`,
    reportedOnBy: (day: string, by: string) => `Reported ${day} by ${by}`,
    reportedIn: (day: string, source: string) => `Reported ${day} in ${source}`,
    quotedIn: (source: string) => `Quoted in ${source}`,
    /** Said beside a quote in another language than the page's: the story's quotes are as reported. */
    quotedInEnglish: 'Quoted in English, as reported',
    notKnown: 'Not known',
    orEarlier: (day: string) => `${day} or earlier`,
    from: (day: string) => `From ${day}`,
    span: (from: string, to: string) => `${from} – ${to}`,
    source: (name: string) => `Source: ${name}`,
    oblastKind: 'Oblast (region) of Ukraine.',
    capitalKind: 'Capital of Ukraine.',
    cityIn: (oblast: string) => `City in ${oblast}.`,
    city: 'City.',
    storySilent: (day: string) => `The story says nothing about ${day}.`,
    heldOn: (day: string, holder: string) => `On ${day}: held by ${holder}.`,
    unknownOn: (day: string) => `On ${day}: who held it is not known.`,
    noQuotes: (name: string) => `The story quotes no one about ${name}.`,
    noHeld: (name: string) => `The story does not say who held ${name}.`,
    claimsOn: (day: string) => `Claims on ${day}`,
    storyEndsBefore: 'The story ends before this day.',
    noneRecorded: 'None recorded.',
    byEvent: (day: string) => `By ${day}`,
    documentHeading: 'Places and what was said',
  },
  /** The Share menu's entries and what it says around them (the exports' own words: enShare.ts). */
  share: {
    menu: 'Share',
    image1: 'Image (PNG), 1×',
    image2: 'Image (PNG), 2×',
    csv: 'Data (CSV)',
    area: 'Area (GeoJSON)',
    video: 'Animation (video)…',
    mp4: 'Animation (video, MP4)…',
    gif: 'Animation (GIF)…',
    animationHint: 'Animation: choose the days and the size below, then Start.',
    busy: 'An export is still being made: wait for it, or cancel it.',
    making: (entry: string) => `${entry}: making it…`,
    failed: (entry: string, reason: string) => `${entry} could not be made: ${reason}`,
  },
  /** The comparison of two days, as far as the story goes (the imported layers' lines are not here yet). */
  compare: {
    comparedWith: 'Compared with',
    stop: 'Stop comparing',
    heading: 'What changed',
    span: (from: string, to: string) => `From ${from} to ${to}:`,
    claimsBetween: 'Claims made between the two days:',
    noClaims: 'The story records no claim made between the two days.',
    heldBy: (party: string) => `held by ${party}`,
    notKnown: 'not known',
    same: 'the same on both days',
    changed: 'it changed hands',
    story: (before: string, from: string, after: string, to: string, verb: string) =>
      `The story: ${before} on ${from}, ${after} on ${to}: ${verb}.`,
    swipe: 'Swipe',
    swipeTitle: 'Show the two days’ maps together, split by a divider',
    divider: 'Divider between the two days’ maps',
    sides: (left: string, right: string, at: string) =>
      `${left} on the left, ${right} on the right; divider ${at}% across`,
    swipeNeedsWebgl:
      'The swipe needs WebGL2, which the map cannot use in this browser: the outlines on the map show the area gained and lost.',
    slivers: 'Leave out slivers narrower than',
    metres: 'm',
  },
  /** The site's other stories: the picker, a place's "Other stories" section. */
  stories: {
    picker: 'Stories',
    position: (n: number, of: number) => `Story ${n} of ${of}: `,
    heading: 'Other stories',
    notHeld: 'it does not say who held it',
    heldFrom: (party: string, day: string) => `held by ${party} from ${day}`,
    speaks: (day: string, title: string, name: string, held: string) =>
      `On ${day}, “${title}” speaks of ${name}: ${held}.`,
    silent: (name: string, since: string, day: string) =>
      `The stories are silent on ${name} after ${since}: none says what happened there on ${day}, and nothing is compared with that silence.`,
    noStory: (name: string, day: string) => `No story speaks of ${name} on ${day}.`,
    noOther: (name: string) => `No other story speaks of ${name}.`,
    notLoaded: 'Some of the other stories could not be loaded, so they are left out:',
  },
  ...enMap,
  ...enLayers,
  ...enShare,
  /**
   * The site's parties by id (an id names the same party in every story), where the language
   * writes them otherwise than the story, which is written in English: none here.
   */
  parties: {} as Readonly<Record<string, PartyWords>>,
};

export type Messages = typeof en;
