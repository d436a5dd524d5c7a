import { describe, expect, it } from 'vitest';
import { parseImportArgs } from '../../../scripts/import/options.ts';

describe('parseImportArgs', () => {
  it('has the documented defaults', () => {
    expect(parseImportArgs(['snapshots/'])).toEqual({
      help: false,
      options: {
        inputs: ['snapshots/'],
        out: 'public/control',
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
    ]);
    expect(parsed.help).toBe(false);
    if (parsed.help) return;
    expect(parsed.options).toMatchObject({
      inputs: ['a.geojson', 'b.geojson'],
      out: 'tmp/layer',
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
});
