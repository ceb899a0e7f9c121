// What the game's screens may do in a game played with other people (hot-seat or online): give
// the seat's orders and choices, and leave; the record is kept elsewhere, so no undo, no saves
// and no other scenario.
import type { OrderChoice } from '../../engine';
import type { GameActions } from '../use-game';

interface Seat {
  /** "An online game", "A hot-seat game". */
  what: string;
  /** Tells the player something cannot be done here. */
  refuse(message: string): void;
  endMonth(orders: readonly OrderChoice[]): Promise<void>;
  choose(event: string, option: string): Promise<void>;
  quit(): void;
  dismiss(): void;
}

export function seatActions(seat: Seat): GameActions {
  const notHere = async () => seat.refuse(`${seat.what} cannot be undone or saved here.`);
  return {
    start: notHere,
    load: async () => false,
    open: async () => ({
      message: `${seat.what} plays the scenario it was started with.`,
      details: [],
    }),
    loadStored: notHere,
    endMonth: seat.endMonth,
    choose: seat.choose,
    undo: notHere,
    fork: notHere,
    saveAs: async () => false,
    removeSave: async () => undefined,
    quit: seat.quit,
    dismiss: seat.dismiss,
  };
}
