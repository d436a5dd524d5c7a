import { describe, expect, it } from 'vitest';
import { readExportArgs, unknownLayers } from '../../../scripts/exportArgs';

const read = (line: string) => readExportArgs(line.split(' ').filter(Boolean));

describe('npm run export options', () => {
  it('reads a span, size and format, with defaults for the rest', () => {
    expect(read('--from 2022-07-01 --to 2022-07-30 --size 1920x1080 --format gif --out a.gif')).toEqual({
      from: '2022-07-01',
      to: '2022-07-30',
      size: '1920x1080',
      format: 'gif',
      out: 'a.gif',
      fps: '4',
      step: '1',
      story: null,
      layers: null,
    });
    expect(read('--from 2022-07-03 --out a.webm --story luhansk-july-2022').story).toBe('luhansk-july-2022');
    expect(read('--from 2022-07-01 --to 2022-07-02 --format mp4 --out a.mp4').format).toBe('mp4');
    expect(read('--from 2022-07-03 --out a.webm --layers deepstate,isw-claimed').layers).toEqual([
      'deepstate',
      'isw-claimed',
    ]);
    expect(read('--from 2022-07-03 --format png --out a.png')).toMatchObject({
      to: '2022-07-03',
      size: '1080x1080',
    });
  });

  it('names the option and the reason for a bad day, size, format, rate or a missing option', () => {
    const cases: [string, string][] = [
      ['--from 2022-02-30 --out a', '--from: "2022-02-30" is not a calendar day'],
      ['--from 2022-07-05 --to 2022-07-01 --out a', '--to: 2022-07-01 is before from (2022-07-05)'],
      ['--from 2022-07-01 --size 1080 --out a', '--size: "1080" is not WIDTHxHEIGHT'],
      ['--from 2022-07-01 --format avi --out a', '--format: "avi" is not one of webm, mp4, gif, png'],
      ['--from 2022-07-01 --out a --layers a,B', '--layers: "B" is not a layer id'],
      ['--from 2022-07-01 --out a --layers a,,b', '--layers: "" is not a layer id'],
      ['--from 2022-07-01 --to 2022-07-02 --format png --out a', '--format: a PNG holds one day'],
      ['--from 2022-07-01 --fps 0 --out a', '--fps: "0" is not a whole number from 1 to 30'],
      ['--from 2022-07-01 --out a --story ../x', '--story: "../x" is not a story id'],
      ['--from 2022-07-01 --step 0 --out a', '--step: 0 is not a whole number of days'],
      ['--to 2022-07-01 --out a', '--from: missing'],
      ['--from 2022-07-01', '--out: missing'],
    ];
    for (const [line, message] of cases) expect(() => read(line), line).toThrow(message);
  });

  it('names the layers a build does not have, and the ones it has', () => {
    expect(unknownLayers(['a', 'b'], ['a', 'b', 'c'])).toBeNull();
    expect(unknownLayers(['a', 'x', 'y'], ['a', 'b'])).toBe(
      '--layers: "x", "y" not in this build (its layers are a, b)',
    );
    expect(unknownLayers(['x'], [])).toBe('--layers: "x" not in this build (it has no imported layer)');
  });
});
