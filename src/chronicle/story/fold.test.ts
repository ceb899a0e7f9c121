import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../engine';
import { loadMini } from '../../../test/helpers';
import { entryOf } from './entries';
import { foldRepeats, repeatNote } from './fold';
import type { ChronicleEntry } from '../types';

const mini = loadMini();
const told = (log: LogEntry[]): ChronicleEntry[] =>
  log.flatMap((e) => entryOf(mini, e, 'en') ?? []);

describe('foldRepeats', () => {
  const log: LogEntry[] = [
    { kind: 'order', turn: 0, faction: 'red', order: 'rally', success: true },
    { kind: 'event', turn: 0, event: 'founding' },
    { kind: 'order', turn: 1, faction: 'red', order: 'rally', success: true },
    { kind: 'exposed', turn: 1, faction: 'blue', order: 'subvert', target: 'north' },
    { kind: 'order', turn: 3, faction: 'red', order: 'rally', success: true },
    { kind: 'exposed', turn: 4, faction: 'blue', order: 'subvert', target: 'capital' },
    { kind: 'exposed', turn: 5, faction: 'blue', order: 'subvert', target: 'north' },
  ];
  const folded = foldRepeats(mini, told(log), 'en');

  it('tells a repeated order once, where it first happened, with how often and until when', () => {
    expect(folded.map((e) => [e.kind, e.id, e.month - mini.start])).toEqual([
      ['order', 'rally', 0],
      ['event', 'founding', 0],
      ['exposed', 'subvert', 1],
    ]);
    const rally = folded[0]!;
    expect(rally).toMatchObject({ title: 'Red: Rally', text: 'Crowds rallied.' });
    expect(rally.repeat).toEqual({
      times: 3,
      untilMonth: mini.start + 3,
      until: 'April 1900',
      targets: [],
    });
    expect(repeatNote(rally.repeat!)).toBe('3 times, until April 1900');
  });

  it('names every place a folded order was aimed at, once each', () => {
    const exposed = folded[2]!;
    expect(exposed.repeat).toMatchObject({
      times: 3,
      until: 'June 1900',
      targets: ['north', 'capital'],
    });
    expect(exposed.title).toBe('Blue: Subvert (The North and The Capital)');
    expect(exposed.text).toBe(
      'Exposed: Subvert, a covert order of Blue in The North and The Capital.',
    );
  });

  it('leaves alone what happened once, and skips failed orders and orders without a sentence', () => {
    const once = told(log.slice(0, 2));
    expect(foldRepeats(mini, once, 'en')).toEqual(once);
    expect(once[0]!.repeat).toBeNull();
    expect(
      entryOf(
        mini,
        { kind: 'order', turn: 0, faction: 'red', order: 'rally', success: false },
        'en',
      ),
    ).toBeNull();
    expect(
      entryOf(
        mini,
        { kind: 'order', turn: 0, faction: 'red', order: 'police', target: 'north', success: true },
        'en',
      ),
    ).toBeNull();
  });
});
