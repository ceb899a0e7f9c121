// Tabs for the centre of the screen, with their shortcut keys.
export interface Tab<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly key: string;
  readonly badge?: number;
}

export function Tabs<T extends string>({
  tabs,
  current,
  onPick,
  label,
}: {
  tabs: readonly Tab<T>[];
  current: T;
  onPick: (id: T) => void;
  label: string;
}) {
  return (
    <div class="tabs" role="tablist" aria-label={label}>
      {tabs.map((t) => (
        <button
          key={t.id}
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={current === t.id}
          aria-controls={`pane-${t.id}`}
          aria-keyshortcuts={t.key}
          onClick={() => onPick(t.id)}
        >
          {t.label}
          {t.badge ? <span class="count">{t.badge}</span> : null}
          <kbd>{t.key}</kbd>
        </button>
      ))}
    </div>
  );
}
