import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAllOrNothing } from '../../../geo/lib/writeAtomically.ts';

describe('writeAllOrNothing', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimline-write-'));
    writeFileSync(join(dir, 'a.txt'), 'old a');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every file and leaves no temporary folder', async () => {
    await writeAllOrNothing(dir, { 'a.txt': 'new a', 'b.txt': 'new b' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('new b');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('changes nothing when one file cannot be written', async () => {
    await expect(writeAllOrNothing(dir, { 'a.txt': 'new a', 'no/such/dir.txt': 'x' })).rejects.toThrow();
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a');
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});
