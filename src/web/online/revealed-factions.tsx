// Every faction's own figures, secrets included, as shown to all once a game with others is over.
import type { RevealedFaction, ScenarioInfo } from '../protocol';

export function RevealedFactions({
  info,
  revealed,
}: {
  info: ScenarioInfo;
  revealed: readonly RevealedFaction[];
}) {
  const nameOf = (id: string) => info.factions.find((f) => f.id === id)?.name ?? id;
  return (
    <>
      {revealed.map((r) => (
        <div key={r.faction} class="revealed-faction" data-faction={r.faction}>
          <h3>{nameOf(r.faction)}</h3>
          <ul>
            {r.tracks.map((t) => (
              <li key={t.id}>
                {t.name}: <strong>{Math.round(t.value)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
