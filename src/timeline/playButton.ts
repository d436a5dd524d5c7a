import type { Day } from '../story/day';
import type { InputPhase } from '../state/inputPhase';
import type { Messages } from '../i18n/en';
import { player, type PlayerTrack } from './player';

const SPEEDS = { slow: 25, normal: 70, fast: 200 } as const; // track pixels per second

/**
 * Play and pause: the player at the speed chosen, its days sent as input (play, with the days it
 * lands on next; end, where it stopped), and the button saying which it does.
 */
export function playButton(
  play: HTMLButtonElement,
  speed: HTMLSelectElement,
  options: {
    range: readonly [Day, Day];
    track: () => PlayerTrack;
    day: () => Day;
    input: (day: Day, phase: InputPhase, ahead?: readonly Day[]) => void;
    t: Messages;
  },
) {
  const playback = player({
    range: options.range,
    track: options.track,
    speed: () => SPEEDS[speed.value as keyof typeof SPEEDS],
  });
  const showPlaying = (playing: boolean) => {
    play.textContent = playing ? options.t.timeline.pause : options.t.timeline.play;
    play.setAttribute('aria-pressed', String(playing));
  };
  playback.on('lead', (d, ahead) => options.input(d, 'play', ahead));
  playback.on('step', (d, ahead) => options.input(d, 'play', ahead));
  playback.on('stop', (d) => {
    showPlaying(false);
    options.input(d, 'end');
  });
  play.addEventListener('click', () => {
    if (playback.playing) return playback.stop();
    showPlaying(true);
    playback.start(options.day());
  });
  return playback;
}
