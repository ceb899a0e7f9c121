// The title screen's way into games with other people.
export function PlayWithOthers() {
  return (
    <section class="card with-others" aria-label="Play with others">
      <h2>Play with others</h2>
      <a class="button primary" href="?lobby">
        New online game · Your games
      </a>
      <a class="button" href="?hotseat">
        Hot-seat on this device
      </a>
    </section>
  );
}
