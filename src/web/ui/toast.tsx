// The page's message to the player: an error (announced at once) or a notice, until dismissed.
export function Toast({
  error,
  notice = null,
  onDismiss,
}: {
  error: string | null;
  notice?: string | null;
  onDismiss(): void;
}) {
  if (!error && !notice) return null;
  return (
    <div class={`toast ${error ? 'error' : 'notice'}`} role={error ? 'alert' : 'status'}>
      <p>{error ?? notice}</p>
      <button class="icon" onClick={onDismiss} aria-label="Dismiss message">
        ✕
      </button>
    </div>
  );
}
