import type { Locale } from '../i18n/locale';
import { oblastClaimants, type Story } from '../story';
import { HATCH_ANGLES, partyColour, SHADING, UNKNOWN_COLOUR } from '../ui/palette';
import { el } from '../ui/el';

/** A swatch as the key draws it: a `swatch-*` class with its colour and strength. */
export interface LegendSwatch {
  className: string;
  colour: string;
  opacity?: number;
}

/**
 * Explains every colour and pattern the map uses for claims and holders. Imported layers, added
 * later, add their own row with `addRow`.
 */
export function legend(container: HTMLElement, story: Story, locale: Locale) {
  const { t } = locale;
  const root = el('section', 'legend');
  root.setAttribute('aria-labelledby', 'legend-heading');
  const title = el('h2');
  title.id = 'legend-heading';
  title.textContent = t.legend.heading;
  const list = el('ul');
  const row = (swatch: HTMLElement, text: string): HTMLLIElement => {
    const item = el('li');
    swatch.setAttribute('aria-hidden', 'true');
    const label = el('span');
    label.textContent = text;
    item.append(swatch, label);
    list.append(item);
    return item;
  };
  const swatch = (className: string, colour: string, opacity = 1) => {
    const node = el('span', `swatch ${className}`);
    node.style.setProperty('--swatch', colour);
    node.style.setProperty('--swatch-opacity', String(opacity));
    return node;
  };
  // Parties that share a colour (the two republics) share the fill and dot rows; each party has a
  // hatch of its own angle.
  const byColour = new Map<string, string[]>();
  for (const party of story.parties) {
    const colour = partyColour(party.id);
    byColour.set(colour, [...(byColour.get(colour) ?? []), locale.party(story, party.id, 'short')]);
  }
  for (const [colour, names] of byColour) {
    const who = names.join(' / ');
    row(swatch('swatch-fill', colour, SHADING.all), t.legend.controlsAll(who));
    row(swatch('swatch-fill', colour, SHADING.most), t.legend.controlsMost(who));
  }
  // Hatches in the order and angles of the map's claim layers.
  oblastClaimants(story).forEach(({ party: id }, index) => {
    const hatch = swatch('swatch-hatch', partyColour(id));
    hatch.dataset.angle = HATCH_ANGLES[index % HATCH_ANGLES.length];
    row(hatch, t.legend.alsoClaimed(locale.party(story, id, 'short')));
  });
  for (const [colour, names] of byColour)
    row(swatch('swatch-dot', colour), t.legend.cityHeld(names.join(' / ')));
  row(swatch('swatch-dot swatch-unknown', UNKNOWN_COLOUR), t.legend.cityUnknown);
  root.append(title, list);
  container.append(root);
  return {
    element: root,
    /** Adds a row at the end of the key; returns what removes it. */
    addRow(text: string, { className, colour, opacity }: LegendSwatch): () => void {
      const item = row(swatch(className, colour, opacity), text);
      return () => item.remove();
    },
    /** The key's rows as colour and words, in order, for a key drawn elsewhere (an exported picture). */
    entries: () =>
      [...list.children].map((item) => ({
        colour: (item.firstChild as HTMLElement).style.getPropertyValue('--swatch'),
        text: item.textContent,
      })),
    destroy: () => root.remove(),
  };
}

export type Legend = ReturnType<typeof legend>;
