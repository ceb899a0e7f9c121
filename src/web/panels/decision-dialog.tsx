// An event that asks the player to decide: its story, and each option with its effects shown
// before it is taken. A modal dialog; keys 1–9 pick an option.
import { useRef } from 'preact/hooks';
import { Linked } from '../onboarding/linked';
import type { DecisionModel, GlossaryEntry } from '../protocol';
import { useFocusTrap } from '../ui/focus-trap';

interface Props {
  decision: DecisionModel;
  busy: boolean;
  onChoose(event: string, option: string): void;
  glossary?: readonly GlossaryEntry[];
  onTerm?(id: string): void;
}

export function DecisionDialog({ decision, busy, onChoose, glossary = [], onTerm }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  // Focus again once the buttons are enabled: a disabled button cannot take it.
  useFocusTrap(dialog, `${decision.event}:${busy}`, first);
  return (
    <div class="modal-backdrop">
      <div
        ref={dialog}
        class="modal decision"
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-labelledby="decision-title"
        aria-describedby="decision-body"
      >
        <p class="kicker">A decision</p>
        <h2 id="decision-title">{decision.title}</h2>
        <p id="decision-body" class="story">
          {onTerm ? (
            <Linked text={decision.body} glossary={glossary} onTerm={onTerm} />
          ) : (
            decision.body
          )}
        </p>
        <ol class="options">
          {decision.options.map((o, i) => (
            <li key={o.id}>
              <button
                ref={i === 0 ? first : undefined}
                class="option"
                disabled={busy}
                onClick={() => onChoose(decision.event, o.id)}
                aria-keyshortcuts={String(i + 1)}
              >
                <span class="option-key">{i + 1}</span>
                <span class="option-label">{o.label}</span>
                <span class="option-effects">
                  {o.effects.length
                    ? o.effects.map((e, j) => (
                        <span key={j} class="option-effect">
                          {e}
                        </span>
                      ))
                    : 'No immediate effect.'}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
