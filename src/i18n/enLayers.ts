/**
 * The English words of the imported layers' views: the layers control, a layer's name, figures and
 * credit, the chart's summary and the disagreements' marks (part of the English table, en.ts).
 */
import { plural } from './plural.ts';

export const enLayers = {
  layers: {
    heading: 'Imported layers',
    assessed: 'Assessed control',
    claimed: 'Claimed area',
    /** A layer's name in the key, the control, the credits and the SVG map: "Assessed control: DeepState". */
    label: (kind: string, name: string) => `${kind}: ${name}`,
    figuresHeading: (kind: string, name: string) => `${kind} (${name})`,
    noAssessment: 'No assessment for this day.',
    covers: (from: string, to: string) => `It covers ${from} to ${to}.`,
    oblastShare: (oblast: string, pct: string, km2: string) => `${oblast}: ${pct}% (${km2} km²)`,
    asOf: (day: string) => `As of the source’s snapshot of ${day}.`,
    asOfAt: (day: string, time: string) => `As of the source’s snapshot of ${day}, ${time} UTC.`,
    unchanged: (from: string, to: string) => `Unchanged ${from} to ${to}.`,
    suspect:
      'Suspect: on this day the area jumps and comes back within two days, which is probably an error in the source.',
    loading: 'Loading this day’s map: the faded area drawn is another day’s.',
    failed: 'This day’s map could not be loaded, so none is drawn; these figures are from the layer’s index.',
    credit: (name: string, licence: string, metres: string) =>
      `Imported layer, not part of the story. Source: ${name}; licence: ${licence}. Simplified to ${metres} m.`,
    chart: (day: string, figures: string) =>
      `Share of Luhansk and Donetsk oblasts inside each imported layer on ${day}: ${figures}`,
    chartFigure: (name: string, pct: string) => `${name} ${pct}%`,
    chartNone: (name: string) => `${name} no assessment`,
    disagree: (place: string, days: number) =>
      `${place}: the sources disagree on ${days} ${plural('en', days, { one: 'day', other: 'days' })}, marked on the timeline.`,
    previous: '‹ Previous disagreement',
    next: 'Next disagreement ›',
    previousNone: 'Previous disagreement',
    nextNone: 'Next disagreement',
    previousOn: (day: string) => `Previous disagreement: ${day}`,
    nextOn: (day: string) => `Next disagreement: ${day}`,
    notShown: (reason: string) => `An imported control layer was not shown: ${reason}`,
    noMap: (label: string, day: string, reason: string) => `${label} has no map for ${day}: ${reason}`,
    failures: (reasons: string) => `${reasons}. The rest of the page works as before.`,
  },
  /** A place's Sources: the stories' word beside each imported layer's; a clause ends without its full stop. */
  sources: {
    heading: 'Sources',
    row: (name: string, kind: string) => `${name} (${kind})`,
    inside: (day: string) => `Inside since ${day}`,
    outside: (day: string) => `Outside since ${day}`,
    suspect: 'Suspect: the area jumps and comes back within two days here, probably an error in the source.',
    share: (pct: string, km2: string) => `${pct}% of it (${km2} km²)`,
    story: (text: string) => `The story: ${text}`,
    theStory: 'the story',
    theStoryNamed: (title: string) => `the story “${title}”`,
    silentAfter: (place: string, day: string) => `the stories are silent on ${place} after ${day}`,
    noStory: (place: string) => `no story speaks of ${place} on this day`,
    saysNothing: (named: string, place: string) => `${named} says nothing of ${place} on this day`,
    saidTook: (party: string, place: string, day: string) => `${party} said it took ${place} on ${day}`,
    heldFrom: (named: string, place: string, party: string, from: string) =>
      `${named} has ${place} held by ${party} from ${from}`,
    heldFromTo: (named: string, place: string, party: string, from: string, to: string) =>
      `${named} has ${place} held by ${party} from ${from} to ${to}`,
    nobodyControls: 'nobody says they control it on this day',
    claimedArea: (name: string) => `${name}'s claimed area`,
    layerNone: (who: string) => `${who} has no assessment for this day`,
    insideWord: 'inside',
    outsideWord: 'outside',
    hasFrom: (who: string, side: string, from: string) => `${who} has it ${side} from ${from}`,
    hasUntil: (who: string, side: string, until: string, other: string, from: string) =>
      `${who} has it ${side} until ${until}, ${other} from ${from}`,
    agree: (side: string) => `They agree on this day: ${side}.`,
    tooLittle: 'Too little is known on this day to compare.',
  },
  /** A layer's change between two days, in the comparison; a sentence ending with an argument gets its full stop from the builder. */
  change: {
    span: (from: string, to: string) => `From ${from} to ${to}`,
    km2: (value: string) => `${value} km²`,
    area: (span: string, source: string, regions: string) => `${span}, ${source}'s area ${regions}`,
    firstRegion: (region: string, change: string) => `in ${region} ${change}`,
    nextRegion: (region: string, change: string) => `in ${region} it ${change}`,
    unchanged: 'did not change',
    grew: (km2: string) => `grew by ${km2}`,
    lost: (km2: string) => `lost ${km2}`,
    grewLost: (gained: string, lost: string, net: string) =>
      `grew by ${gained} and lost ${lost} (net ${net})`,
    unknown: (source: string, day: string) =>
      `No comparison for this source: ${source} has no assessment for ${day}`,
    and: 'and',
    suspect: (source: string, days: string) =>
      `Suspect: ${source}'s map for ${days} jumps and comes back within two days, probably an error in the source, so this change may be too.`,
    slivers: (km2: string, metres: string) =>
      `Not counted: ${km2} of slivers under ${metres} m wide along an unchanged line (digitising noise).`,
    outline: (layer: string, what: string) => `${layer}: ${what}`,
    areaGained: 'area gained',
    areaLost: 'area lost',
    measuring: (source: string) => `${source}: measuring the change…`,
    failed: (source: string, reason: string) => `${source}: the change could not be measured: ${reason}`,
    sideUnknown: (source: string, day: string) =>
      `${source}: no comparison for this source: no assessment for ${day}`,
    sameSide: (source: string, side: string) =>
      `${source}: ${side} its area on both days; no change of side.`,
    changedSides: (source: string, was: string, first: string, is: string, second: string) =>
      `${source}: ${was} its area on ${first}, ${is} on ${second}: it changed sides.`,
  },
};
