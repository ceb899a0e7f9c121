// Randomness is part of the game state: a xoroshiro128+ generator whose state is four numbers.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

export type Generator = ReturnType<typeof xoroshiro128plus>;

/** The generator's state for a seed. The first draws of a fresh generator are discarded:
 *  small seeds otherwise begin with correlated values. */
export function seedRng(seed: number): number[] {
  const gen = xoroshiro128plus(seed | 0);
  for (let i = 0; i < 4; i++) uniformFloat64(gen);
  return [...gen.getState()];
}

export function generatorFrom(state: readonly number[]): Generator {
  return xoroshiro128plusFromState(state);
}

/** A float in [0, 1). */
export function nextFloat(gen: Generator): number {
  return uniformFloat64(gen);
}

/** An integer in [from, to]. */
export function nextInt(gen: Generator, from: number, to: number): number {
  return uniformInt(gen, from, to);
}
