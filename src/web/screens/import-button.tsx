// Load a save from a file. The text goes to the worker, which checks it before anything changes.
import { FileButton } from '../ui/file-button';

export function ImportButton({ onText }: { onText(text: string): void }) {
  return (
    <FileButton
      label="Load a save file"
      accept=".json,application/json,text/plain"
      testId="import-file"
      class="import"
      onFiles={(files) => void files[0]!.text().then(onText)}
    />
  );
}
