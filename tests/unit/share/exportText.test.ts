/** The words the frames' own map, the choice of layers and the MP4 added, and the choice itself. */
import { describe, expect, it } from 'vitest';
import type { ControlIndex } from '../../../src/control/layerFormat';
import { chosenLayers } from '../../../src/share/chosenLayers';
import { VIDEO_CODECS } from '../../../src/share/encoders';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { ru } from '../../../src/i18n/ru';
import { uk } from '../../../src/i18n/uk';
import { frameLayerFailed, frameLayerLate, noVideoCodec, videoLabel } from '../../../src/share/exportText';

const english = localeOf('en', en);
const ukrainian = localeOf('uk', uk);

describe('export words', () => {
  it('name a video by its container and codec, H.264 by its usual name', () => {
    expect(videoLabel('webm', 'vp9')).toBe('WebM (VP9)');
    expect(videoLabel('mp4', 'avc')).toBe('MP4 (H.264)');
    expect(videoLabel('mp4', 'av1')).toBe('MP4 (AV1)');
    expect(noVideoCodec('mp4', VIDEO_CODECS.mp4, english)).toBe(
      'This browser cannot encode MP4 video (H.264, VP9, AV1): making a GIF instead.',
    );
    expect(noVideoCodec('webm', VIDEO_CODECS.webm, english)).toBe(
      'This browser cannot encode WebM video (VP9, VP8, AV1): making a GIF instead.',
    );
  });

  it("say which layer's area a frame cannot draw, on which day and why", () => {
    expect(
      frameLayerFailed(
        'Assessed control: X',
        '2022-07-03',
        'control/x/intervals/a.geojson: HTTP 404',
        english,
      ),
    ).toBe('Assessed control: X has no map for 3 July 2022: control/x/intervals/a.geojson: HTTP 404');
    expect(en.exports.gifFailed('out of memory')).toBe('the GIF encoder failed: out of memory');
    expect(en.exports.gifFailed(null)).toBe('the GIF encoder could not run');
    expect(frameLayerLate('Assessed control: X', '2022-07-03', 20, english)).toBe(
      'Assessed control: X: the area for 3 July 2022 did not arrive within 20 s',
    );
  });

  it("are the page's language's: the day written by Intl, the codecs named alike", () => {
    expect(noVideoCodec('mp4', VIDEO_CODECS.mp4, ukrainian)).toBe(
      'Цей браузер не може закодувати відео MP4 (H.264, VP9, AV1): натомість створюємо GIF.',
    );
    expect(frameLayerLate('Оцінений контроль: X', '2022-07-03', 20, ukrainian)).toBe(
      'Оцінений контроль: X: територія на 3 липня 2022 р. не надійшла за 20 с',
    );
    expect(frameLayerFailed('X', '2022-07-03', 'HTTP 404', localeOf('ru', ru))).toBe(
      'X: нет карты на 3 июля 2022 г.: HTTP 404',
    );
    expect(uk.exports.savedAnimation('a.gif', 5, '640×480', 'GIF', '1,2 МБ')).toBe(
      'Збережено a.gif: 5 кадрів, 640×480, GIF, 1,2 МБ.',
    );
    expect(en.exports.savedCsv('d.csv', 1, 12)).toBe(
      "Saved d.csv: 1 imported layer's days and the story's 12 claims.",
    );
  });

  it('try H.264 first in an MP4 (where the browser has it), and WebM’s own codecs in a WebM', () => {
    expect(VIDEO_CODECS.mp4).toEqual(['avc', 'vp9', 'av1']);
    expect(VIDEO_CODECS.webm).toEqual(['vp9', 'vp8', 'av1']);
  });
});

describe('the layers an animation draws', () => {
  const layer = (id: string, name: string) => ({
    index: { id, kind: 'assessed', source: { name, licence: 'x' }, intervals: [] } as unknown as ControlIndex,
  });
  const listed = [layer('one', 'One'), layer('two', 'Two'), layer('three', 'Three')];
  const key = [
    { colour: '#111', text: 'City held by Russia' },
    { colour: '#222', text: 'Assessed control: One' },
    { colour: '#333', text: 'Assessed control: Two' },
    { colour: '#444', text: 'Assessed control: Three' },
  ];

  it('are every layer, in its place, while none is left out', () => {
    const { chosen, key: rows } = chosenLayers(listed, null, key, en.layers);
    expect(chosen.map((c) => [c.loaded.index.id, c.position])).toEqual([
      ['one', 0],
      ['two', 1],
      ['three', 2],
    ]);
    expect(rows).toEqual(key);
  });

  it('keep their place in the list (their style), and the key loses the rows of those left out', () => {
    const { chosen, key: rows } = chosenLayers(listed, ['three', 'one'], key, en.layers);
    expect(chosen.map((c) => [c.loaded.index.id, c.position])).toEqual([
      ['one', 0],
      ['three', 2],
    ]);
    expect(rows.map((row) => row.text)).toEqual([
      'City held by Russia',
      'Assessed control: One',
      'Assessed control: Three',
    ]);
    expect(chosenLayers(listed, [], key, en.layers).chosen).toEqual([]);
  });
});
