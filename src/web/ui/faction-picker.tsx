// The player's choice of faction: a card per playable faction, as radio buttons in a group.
import type { FactionInfo } from '../protocol';

interface Props {
  factions: readonly FactionInfo[];
  /** The radio group's name: unique on the page. */
  name: string;
  value: string;
  onChange(id: string): void;
  /** Each card also tells what the faction is and how many orders it gives a month. */
  details?: boolean;
}

export function FactionPicker({ factions, name, value, onChange, details = false }: Props) {
  return (
    <fieldset>
      <legend>Your faction</legend>
      <div class="factions">
        {factions.map((f) => (
          <label
            key={f.id}
            class={`faction-card${value === f.id ? ' chosen' : ''}`}
            style={{ '--fc': f.color }}
          >
            <input
              type="radio"
              name={name}
              value={f.id}
              checked={value === f.id}
              onChange={() => onChange(f.id)}
            />
            <span class="faction-name">{f.name}</span>
            {details && (
              <>
                <span class="faction-desc">{f.description}</span>
                <span class="faction-meta">{f.ordersPerTurn} orders a month</span>
              </>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
