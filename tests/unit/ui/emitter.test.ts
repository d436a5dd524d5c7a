import { describe, expect, it } from 'vitest';
import { emitter } from '../../../src/ui/emitter';

type Events = { select: [id: string]; input: [day: string, phase: string] };

describe('emitter', () => {
  it('calls each listener of an event with its arguments, in the order they were added', () => {
    const out = emitter<Events>();
    const calls: string[] = [];
    out.on('input', (day, phase) => calls.push(`a ${day} ${phase}`));
    out.on('input', (day) => calls.push(`b ${day}`));
    out.on('select', (id) => calls.push(`select ${id}`));
    out.emit('input', '2022-07-03', 'end');
    expect(calls).toEqual(['a 2022-07-03 end', 'b 2022-07-03']);
  });

  it('stops calling a listener once its unsubscribe is called, and all of them after clear', () => {
    const out = emitter<Events>();
    const calls: string[] = [];
    const off = out.on('select', (id) => calls.push(`first ${id}`));
    out.on('select', (id) => calls.push(`second ${id}`));
    out.emit('select', 'a');
    off();
    out.emit('select', 'b');
    out.clear();
    out.emit('select', 'c');
    expect(calls).toEqual(['first a', 'second a', 'second b']);
  });

  it('emits to nobody without complaint', () => {
    expect(() => emitter<Events>().emit('select', 'x')).not.toThrow();
  });
});
