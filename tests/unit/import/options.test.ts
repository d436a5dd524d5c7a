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
    ]);
    expect(parsed.help).toBe(false);
    if (parsed.help) return;
    expect(parsed.options).toMatchObject({
      inputs: ['a.geojson', 'b.geojson'],
      out: 'tmp/layer',
      dateProperty: 'date',
      where: [
        { key: 'status', values: ['occupied', 'contested'] },
        { key: 'side', values: ['ru'] },
      ],
      tolerance: 250,
      source: { name: 'Analyst', licence: 'CC BY-NC', url: 'https://example.org' },
      onError: 'skip',
    });
    expect(parseImportArgs(['--help'])).toEqual({ help: true });
  });

  it('rejects bad values with the option named', () => {
    expect(() => parseImportArgs(['x', '--tolerance', '0'])).toThrow(
      '--tolerance "0": expected a positive number of metres',
    );
    expect(() => parseImportArgs(['x', '--on-error', 'ignore'])).toThrow(
      '--on-error "ignore": expected stop or skip',
    );
    expect(() => parseImportArgs(['x', '--where', 'status'])).toThrow('--where "status": expected key=value');
    expect(() => parseImportArgs(['x', '--colour', 'red'])).toThrow("Unknown option '--colour'");
  });
});
