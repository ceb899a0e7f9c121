// A button that picks files (or a folder) from the player's device: a label over a hidden file
// input, emptied after each pick so that the same file may be picked again.
interface Props {
  label: string;
  accept?: string;
  /** Picks a folder: every file below it. */
  folder?: boolean;
  testId: string;
  class?: string;
  onFiles(files: File[]): void;
}

export function FileButton({ label, accept, folder = false, testId, class: cls, onFiles }: Props) {
  const pick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) onFiles(files);
  };
  return (
    <label class={cls ? `button ${cls}` : 'button'}>
      {label}…
      <input
        type="file"
        {...(accept ? { accept } : {})}
        {...(folder ? { webkitdirectory: true, multiple: true } : {})}
        onChange={pick}
        class="visually-hidden"
        aria-label={label}
        data-testid={testId}
      />
    </label>
  );
}
