import { describe, expect, it } from 'vitest';
import { parseImportArgs } from '../../../scripts/import/options.ts';

describe('parseImportArgs', () => {
  it('has the documented defaults', () => {
    expect(parseImportArgs(['snapshots/'])).toEqual({
      help: false,
      options: {
        inputs: ['snapshots/'],
        out: 'public/control',
        layer: 'imported',
        kind: 'assessed',
        dateProperty: undefined,
        where: [],
        tolerance: 100,
        source: { name: 'Imported control data', licence: 'see source', url: undefined },
        onError: 'stop',
        oblastsFile: undefined,
        placesFile: undefined,
        reading: { timezone: 'UTC', datePattern: undefined },
        allowEmpty: false,
        maxGap: 7,
        suspectJump: 5,
        dropSuspect: false,
      },
    });
  });

  it('reads every option', () => {
    const parsed = parseImportArgs([
      'a.geojson',
      'b.geojson',
      '--out',
      'tmp/layer',
      '--date-property',
      'date',
      '--where',
      'status=occupied,contested',
      '--where',
      'side=ru',
      '--tolerance',
      '250',
      '--source-name',
      'Analyst',
      '--source-licence',
      'CC BY-NC',
      '--source-url',
      'https://example.org',
      '--on-error',
      'skip',
      '--where',
      'name~occupied|ordlo',
      '--timezone',
      'Europe/Kyiv',
      '--max-gap',
      '3',
      '--suspect-jump',
      '2.5',
      '--drop-suspect',
      '--allow-empty',
      '--layer',
      'isw-claimed',
      '--kind',
      'claimed',
    ]);
    if (!('options' in parsed)) throw new Error('expected import options');
    expect(parsed.options).toMatchObject({
      inputs: ['a.geojson', 'b.geojson'],
      out: 'tmp/layer',
      layer: 'isw-claimed',
      kind: 'claimed',
      dateProperty: 'date',
      where: [
        { key: 'status', op: '=', values: ['occupied', 'contested'] },
        { key: 'side', op: '=', values: ['ru'] },
        { key: 'name', op: '~', pattern: /occupied|ordlo/iu },
      ],
      reading: { timezone: 'Europe/Kyiv', datePattern: undefined },
      maxGap: 3,
      suspectJump: 2.5,
      dropSuspect: true,
      allowEmpty: true,
      tolerance: 250,
      source: { name: 'Analyst', licence: 'CC BY-NC', url: 'https://example.org' },
      onError: 'skip',
    });
    expect(parseImportArgs(['--help'])).toEqual({ help: true });
    for (const url of [
      'javascript:alert(document.domain)',
      'data:text/html,x',
      'example.org',
      'file:///etc/passwd',
    ])
      expect(() => parseImportArgs(['a', '--source-url', url])).toThrow(
        `--source-url ${JSON.stringify(url)}: expected an http: or https: address`,
      );
    expect(
      parseImportArgs(['a', '--date-pattern', '(?<year>\\d{4})_(?<month>\\d{2})_(?<day>\\d{2})']),
    ).toMatchObject({
      options: { reading: { timezone: 'UTC', datePattern: /(?<year>\d{4})_(?<month>\d{2})_(?<day>\d{2})/u } },
    });
    expect(() => parseImportArgs(['a', '--date-pattern', 'x', '--date-property', 'day'])).toThrow(
      '--date-property and --date-pattern: use one or the other',
    );
    expect(parseImportArgs(['a', '--list-values', 'name'])).toMatchObject({
      help: false,
      listValues: 'name',
    });
  });

  it('rejects bad values with the option named', () => {
    expect(() => parseImportArgs(['x', '--tolerance', '0'])).toThrow(
      '--tolerance "0": expected a positive number of metres',
    );
    expect(() => parseImportArgs(['x', '--on-error', 'ignore'])).toThrow(
      '--on-error "ignore": expected stop or skip',
    );
    expect(() => parseImportArgs(['x', '--where', 'status'])).toThrow(
      '--where "status": expected KEY=VALUE[,VALUE] or KEY~PATTERN',
    );
    expect(() => parseImportArgs(['x', '--where', 'name~(occupied'])).toThrow(
      '--where "name~(occupied": not a regular expression',
    );
    expect(() => parseImportArgs(['x', '--timezone', 'Mars/Olympus'])).toThrow(
      '--timezone: unknown time zone "Mars/Olympus" (expected an IANA name such as UTC or Europe/Kyiv)',
    );
    expect(() => parseImportArgs(['x', '--max-gap=-1'])).toThrow(
      '--max-gap "-1": expected a whole number of days',
    );
    expect(() => parseImportArgs(['x', '--suspect-jump', 'lots'])).toThrow(
      '--suspect-jump "lots": expected percentage points',
    );
    expect(() => parseImportArgs(['x', '--date-pattern', '(['])).toThrow(
      '--date-pattern "([": not a regular expression',
    );
    expect(() => parseImportArgs(['x', '--colour', 'red'])).toThrow("Unknown option '--colour'");
  });

  it('checks the layer id and kind, naming the option, the value and the rule', () => {
    const rule = 'expected a layer id (lower-case letters, digits and inner hyphens, 1 to 32 characters';
    for (const id of ['Deep State', 'DeepState', '-isw', 'isw-', '../x', 'a'.repeat(33), ''])
      expect(() => parseImportArgs(['x', `--layer=${id}`]), id).toThrow(`--layer "${id}": ${rule}`);
    for (const id of ['a', 'isw-2022', 'a'.repeat(32)])
      expect(parseImportArgs(['x', '--layer', id])).toMatchObject({ options: { layer: id } });
    expect(() => parseImportArgs(['x', '--kind', 'occupied'])).toThrow(
      '--kind "occupied": expected assessed or claimed',
    );
  });

  it('reads --remove-layer as a command of its own, with --out only', () => {
    expect(parseImportArgs(['--remove-layer', 'isw'])).toEqual({
      help: false,
      removeLayer: 'isw',
      out: 'public/control',
    });
    expect(parseImportArgs(['--remove-layer', 'isw', '--out', '/tmp/two'])).toMatchObject({
      out: '/tmp/two',
    });
    expect(() => parseImportArgs(['--remove-layer', 'ISW'])).toThrow(
      '--remove-layer "ISW": expected a layer id',
    );
    expect(() => parseImportArgs(['snapshots/', '--remove-layer', 'isw'])).toThrow(
      '--remove-layer goes with --out only (found snapshots/)',
    );
    expect(() => parseImportArgs(['--remove-layer', 'isw', '--layer', 'isw'])).toThrow(
      '--remove-layer goes with --out only (found --layer)',
    );
  });
});
