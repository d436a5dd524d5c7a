import { el, textEl } from '../ui/el';
import { animationSpan } from './animationSpan';
import type { AnimationOptions } from './exportAnimation';
import { frameDays } from './frameDays';
import {
  ANIMATION_FORMATS,
  estimateBytes,
  FRAME_SIZES,
  bytesText,
  parseSize,
  type AnimationFormat,
} from './frameSizes';
import { LayerChoice } from './LayerChoice';
import type { ShareSource } from './shareSource';

/** A labelled field of the panel. */
function field<T extends HTMLInputElement | HTMLSelectElement>(
  label: string,
  input: T,
): [HTMLLabelElement, T] {
  const node = textEl('label', 'share-field', label);
  node.append(input);
  return [node, input];
}

function input(type: string, value: string, extra: Partial<HTMLInputElement> = {}): HTMLInputElement {
  const node = el('input');
  Object.assign(node, { type, value, required: true, ...extra });
  return node;
}

/**
 * The animation's settings (span, step, frame rate, size, format) with the size it will about
 * take, a Start button, then a progress bar with the frames done and the time left and a Cancel
 * that stops at once, in the page's language. The export's code and the encoders are fetched on
 * Start.
 */
export class AnimationPanel {
  readonly element: HTMLElement;
  private readonly estimate = el('p', 'share-estimate');
  private readonly progress = el('progress', 'share-progress');
  private readonly progressText = el('p', 'share-progress-text');
  private readonly start: HTMLButtonElement;
  private readonly cancel: HTMLButtonElement;
  /** The page's language's words for the panel. */
  private readonly words;
  private readonly inputs;
  /** The imported layers drawn: a choice only MapLibre's frames offer (the SVG map draws the page's). */
  private readonly layers: LayerChoice | null;
  private controller: AbortController | null = null;

  constructor(
    container: HTMLElement,
    private readonly source: ShareSource,
    format: AnimationFormat,
    private readonly say: (text: string) => void,
  ) {
    const words = (this.words = source.locale.t.animation);
    this.start = textEl('button', 'copy-link-button', words.start);
    this.cancel = textEl('button', 'copy-link-button', words.cancel);
    const [from, to] = animationSpan(source.story.period, source.store.get());
    const size = el('select');
    size.append(
      ...FRAME_SIZES.map((s) =>
        Object.assign(el('option'), { value: s, textContent: s.replace('x', ' × ') }),
      ),
    );
    const kind = el('select');
    kind.append(
      Object.assign(el('option'), { value: 'webm', textContent: words.webm }),
      Object.assign(el('option'), { value: 'mp4', textContent: words.mp4 }),
      Object.assign(el('option'), { value: 'gif', textContent: 'GIF' }),
      Object.assign(el('option'), { value: 'png', textContent: words.png }),
    );
    kind.value = format;
    const fields = [
      field(words.from, input('date', from)),
      field(words.to, input('date', to)),
      field(words.every, input('number', '1', { min: '1', max: '365' })),
      field(words.fps, input('number', '4', { min: '1', max: '30' })),
      field(words.size, size),
      field(words.format, kind),
    ] as const;
    this.inputs = { from: fields[0][1], to: fields[1][1], step: fields[2][1], fps: fields[3][1], size, kind };
    this.element = el('section', 'share-animation');
    this.element.setAttribute('aria-label', words.heading);
    const form = el('form', 'share-animation-form');
    this.progress.hidden = this.cancel.hidden = true;
    this.progress.setAttribute('aria-label', words.framesDone);
    this.cancel.type = 'button';
    this.layers = source.map ? new LayerChoice(source.loaded, () => this.update(), source.locale) : null;
    form.append(
      ...fields.map(([label]) => label),
      ...(this.layers ? [this.layers.element] : []),
      this.estimate,
      this.start,
      this.cancel,
      this.progress,
      this.progressText,
    );
    this.element.append(textEl('h2', 'share-heading', words.heading), form);
    container.append(this.element);
    form.addEventListener('input', () => this.update());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    this.cancel.addEventListener('click', () => this.controller?.abort());
    this.update();
    this.inputs.from.focus();
  }

  /** Shows the settings for `format`, keeping the span, step, rate and size entered. */
  show(format: AnimationFormat): void {
    this.inputs.kind.value = format;
    this.update();
    this.inputs.from.focus();
  }

  /** The settings as entered; a RangeError names the field and why it cannot be used. */
  options(): AnimationOptions {
    const { from, to, step, fps, size, kind } = this.inputs;
    const rate = Number(fps.value);
    if (!Number.isInteger(rate) || rate < 1 || rate > 30) throw new RangeError(this.words.badFps(fps.value));
    return {
      from: from.value,
      to: to.value,
      step: Number(step.value),
      fps: rate,
      ...parseSize(size.value),
      format: ANIMATION_FORMATS.find((f) => f === kind.value) ?? 'webm',
      layers: this.layers?.chosen() ?? null,
    };
  }

  /** Says how many frames and about how large, or what is wrong with the settings. */
  private update(): number {
    try {
      const options = this.options();
      const frames = frameDays(options.from, options.to, options.step).length;
      if (options.format === 'png' && frames > 1) throw new RangeError(this.words.pngOneDay);
      const { format, fps, width, height } = options;
      const { locale } = this.source;
      const bytes = bytesText(estimateBytes(format, frames, fps, width, height), locale);
      const estimate =
        format === 'webm' || format === 'mp4' ? this.words.estimateAtMost : this.words.estimate;
      this.estimate.textContent = estimate(frames, locale.number(frames / fps, 1), bytes);
      this.start.disabled = this.controller !== null;
      return frames;
    } catch (error) {
      this.estimate.textContent = error instanceof Error ? error.message : String(error);
      this.start.disabled = true;
      return 0;
    }
  }

  private async run(): Promise<void> {
    if (this.controller || !this.update()) return;
    const options = this.options();
    const controller = (this.controller = new AbortController());
    this.start.disabled = true;
    this.progress.hidden = this.cancel.hidden = false;
    this.progress.value = 0;
    this.progressText.textContent = this.words.starting;
    this.cancel.focus();
    try {
      const { exportAnimation } = await import('./exportAnimation');
      this.say(
        await exportAnimation(this.source, options, {
          signal: controller.signal,
          progress: (done, total, msLeft) => this.showProgress(done, total, msLeft),
          notice: (text) => this.say(text),
        }),
      );
    } catch (error) {
      this.say(this.words.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      this.controller = null;
      this.cancel.hidden = true;
      this.progress.hidden = true;
      this.progressText.textContent = '';
      this.update();
      this.start.focus();
    }
  }

  private showProgress(done: number, total: number, msLeft: number | null): void {
    this.progress.max = total;
    this.progress.value = done;
    const { locale } = this.source;
    const [of, all] = [locale.number(done), locale.number(total)];
    this.progressText.textContent =
      msLeft === null
        ? this.words.progress(of, all)
        : this.words.progressLeft(of, all, locale.number(Math.ceil(msLeft / 1000)));
  }

  destroy(): void {
    this.controller?.abort();
    this.element.remove();
  }
}
