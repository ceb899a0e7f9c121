// Load a save from a file. The text goes to the worker, which checks it before anything changes.
interface Props {
  onText(text: string): void;
}

export function ImportButton({ onText }: Props) {
  const pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) onText(await file.text());
  };
  return (
    <label class="button import">
      Load a save file…
      <input
        type="file"
        accept=".json,application/json,text/plain"
        onChange={pick}
        class="visually-hidden"
        aria-label="Load a save file"
        data-testid="import-file"
      />
    </label>
  );
}
