// Which screen the address opens: a seat link (`?match=…#seat=…`), an observer link
// (`#watch=…`), the online lobby (`?lobby`), a hot-seat game (`?hotseat`), or the game against
// the computer.
export type Route =
  | { readonly kind: 'single' }
  | { readonly kind: 'lobby' }
  | { readonly kind: 'hotseat' }
  | {
      readonly kind: 'seat';
      readonly match: string;
      readonly token: string;
      readonly watch: boolean;
    };

export function routeOf(search: string, hash: string): Route {
  const q = new URLSearchParams(search);
  const h = new URLSearchParams(hash.replace(/^#/, ''));
  const match = q.get('match');
  const token = h.get('seat') ?? h.get('watch');
  if (match && token) return { kind: 'seat', match, token, watch: !h.has('seat') };
  if (q.has('lobby') || match) return { kind: 'lobby' };
  if (q.has('hotseat')) return { kind: 'hotseat' };
  return { kind: 'single' };
}
