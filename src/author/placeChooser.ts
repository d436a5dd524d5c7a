import type { Story } from '../story';
import { el, textEl } from '../ui/el';
import { emitter } from '../ui/emitter';

/** A labelled select of the story's places, for the preview's place panel. */
export function placeChooser() {
  const out = emitter<{ choose: [city: string | null] }>();
  const box = el('div', 'author-row');
  const label = textEl('label', '', 'Place shown in the panel');
  label.htmlFor = 'author-preview-place';
  const select = el('select');
  select.id = 'author-preview-place';
  box.append(label, select);
  select.addEventListener('change', () => out.emit('choose', select.value || null));

  return {
    element: box,
    /** Lists the story's places by name, after "(none)". */
    list(story: Story): void {
      const none = textEl('option', '', '(none)');
      none.value = '';
      const places = [...story.places].sort((a, b) => a.names.en.localeCompare(b.names.en));
      select.replaceChildren(
        none,
        ...places.map((place) => {
          const option = textEl('option', '', place.names.en);
          option.value = place.id;
          return option;
        }),
      );
    },
    update(city: string | null): void {
      select.value = city ?? '';
    },
    on: out.on,
  };
}
