// One row per faction: a person or one of the scenario's bots. The lobby's person is someone
// with an invite link; hot-seat's is someone at this device.
import type { ScenarioInfo } from '../../protocol';

/** `person`, or the name of the bot's policy. */
export type Who = 'person' | string;

interface Props {
  factions: readonly { readonly id: string; readonly name: string }[];
  policies: ScenarioInfo['policies'];
  who: Readonly<Record<string, Who>>;
  onChange: (who: Record<string, Who>) => void;
  /** What "a person" means here. */
  person: string;
}

export function WhoPlays({ factions, policies, who, onChange, person }: Props) {
  return (
    <>
      {factions.map((f) => (
        <label key={f.id} class="row">
          <span>{f.name}</span>
          <select
            aria-label={`Who plays ${f.name}`}
            value={who[f.id] ?? 'person'}
            onChange={(e) => onChange({ ...who, [f.id]: (e.target as HTMLSelectElement).value })}
          >
            <option value="person">{person}</option>
            {policies.map((p) => (
              <option key={p.name} value={p.name}>
                A bot: {p.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </>
  );
}
