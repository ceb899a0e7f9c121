import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../types';
import { reportStart } from './report';

const ev = (turn: number, event: string): LogEntry => ({ kind: 'event', turn, event });
const log = [ev(0, 'a'), ev(0, 'b'), ev(1, 'c'), ev(2, 'd'), ev(2, 'e')];

describe('reportStart', () => {
  it('starts at the month just ended while orders are awaited', () => {
    expect(reportStart({ turn: 3, phase: 'orders', log })).toBe(3);
    expect(reportStart({ turn: 2, phase: 'orders', log })).toBe(2);
  });
  it('starts at the month under way while a decision is pending or at the end', () => {
    expect(reportStart({ turn: 2, phase: 'choices', log })).toBe(3);
    expect(reportStart({ turn: 1, phase: 'ended', log: log.slice(0, 3) })).toBe(2);
  });
  it('is empty when nothing was logged that month, and whole before the first month', () => {
    expect(reportStart({ turn: 4, phase: 'orders', log })).toBe(5);
    expect(reportStart({ turn: 0, phase: 'orders', log: [] })).toBe(0);
  });
});
