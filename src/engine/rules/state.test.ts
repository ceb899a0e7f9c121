import { describe, expect, it } from 'vitest';
import { cloneState, hashedRecord, initialState } from './state';
import { loadMini } from '../../../test/helpers';

const scenario = loadMini();

describe('hashedRecord', () => {
  it('is an empty plain object that keeps its keys in the order they were added', () => {
    const record = hashedRecord<number[]>();
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(record).toEqual({});
    expect(JSON.stringify(record)).toBe('{}');
    record.zeta = [3];
    record.alpha = [1];
    record.zeta = [3, 4];
    expect(Object.keys(record)).toEqual(['zeta', 'alpha']);
    expect(JSON.stringify(record)).toBe('{"zeta":[3,4],"alpha":[1]}');
    expect(Object.hasOwn(record, 'first') || Object.hasOwn(record, 'second')).toBe(false);
  });
});

describe('cloneState', () => {
  it('copies what fired and what was chosen, in order, without sharing the records', () => {
    const s = initialState(scenario, 3);
    s.fired.b = [0];
    s.fired.a = [1];
    s.chosen.b = 'x';
    const copy = cloneState(s);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(s));
    copy.fired.c = [2];
    copy.chosen.a = 'y';
    expect(Object.keys(s.fired)).toEqual(['b', 'a']);
    expect(s.chosen).toEqual({ b: 'x' });
  });
});
