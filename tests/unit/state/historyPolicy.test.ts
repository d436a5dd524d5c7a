import { describe, expect, it } from 'vitest';
import { historyPolicy } from '../../../src/state/historyPolicy';
import type { InputPhase } from '../../../src/state/inputPhase';

describe('historyPolicy', () => {
  it('makes one history entry per drag, at its first real change', () => {
    const policy = historyPolicy();
    const steps: [InputPhase, boolean][] = [
      ['start', false],
      ['move', false],
      ['move', true],
      ['move', true],
      ['end', true],
    ];
    expect(steps.map(([phase, changed]) => policy(phase, 0, changed))).toEqual([
      null,
      null,
      'push',
      'replace',
      'replace',
    ]);
  });

  it('makes one entry per quick run of key presses, a new one after a pause', () => {
    const policy = historyPolicy(1000);
    expect(policy('step', 0, true)).toBe('push');
    expect(policy('step', 300, true)).toBe('replace');
    expect(policy('step', 900, true)).toBe('replace');
    expect(policy('step', 2500, true)).toBe('push');
  });

  it('makes one entry per play run', () => {
    const policy = historyPolicy();
    expect(policy('play', 0, true)).toBe('push');
    expect(policy('play', 16, true)).toBe('replace');
    expect(policy('end', 5000, false)).toBeNull();
    expect(policy('play', 9000, true)).toBe('push');
  });

  it('starts a new entry for a drag right after key presses', () => {
    const policy = historyPolicy();
    expect(policy('step', 0, true)).toBe('push');
    expect(policy('start', 100, true)).toBe('push');
  });
});
