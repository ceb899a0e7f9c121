// The first month, guided: what the figures are and what to do now. Shown until the player
// closes it or the month ends.
interface Props {
  faction: string;
  orders: number;
  aims: string | null;
  onBriefing(): void;
  onClose(): void;
}

export function FirstMonthGuide({ faction, orders, aims, onBriefing, onClose }: Props) {
  return (
    <section class="panel guide" aria-labelledby="guide-title">
      <div class="menu-head">
        <h2 id="guide-title">Your first month as {faction}</h2>
        <button class="icon" onClick={onClose} aria-label="Close the guide">
          ✕
        </button>
      </div>
      {aims && <p class="story">{aims}</p>}
      <ol>
        <li>
          <strong>The figures</strong> (on the left, and the threat clock at the top) are the state
          of the world as you know it. Hover or focus one for <em>why</em>: what moved it last
          month, cause by cause, and what will move it this month. The one marked <em>funds</em>{' '}
          pays for your orders.
        </li>
        <li>
          <strong>Give up to {orders} orders</strong> from the list on the right (or click a place
          on the map): each shows its cost and what it will do before you give it.
        </li>
        <li>
          <strong>End the month</strong> (E). The others move at the same time; then events happen,
          and some ask you to decide: every option shows its effects first.
        </li>
        <li>
          The <strong>Report</strong> (R) tells what happened; <strong>Undo</strong> (U) takes back
          your last action until the dice have rolled.
        </li>
      </ol>
      <p>
        <button class="primary" onClick={onBriefing} aria-keyshortcuts="B">
          Read your briefing (B)
        </button>{' '}
        <span class="muted">the endings you want, those you fear, and what ends the game.</span>
      </p>
    </section>
  );
}
