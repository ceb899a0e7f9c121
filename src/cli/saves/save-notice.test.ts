// What the command says of a save it loads: a note when the scenario changed since, so the saved
// state could not be checked; a clear refusal when the save's own record is wrong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli/run-cli';
import { loadMini, MINI_DIR } from '../../../test/helpers';
import { gameFromReplay, saveGame } from '../../engine';
import { runCampaign } from '../../analysis/campaign';
import { randomPolicy } from '../../ai';

const tmp = mkdtempSync(join(tmpdir(), 'uchronia-save-notice-'));
const mini = loadMini();

function saveText(): string {
  const all = Object.fromEntries(mini.index.playable.map((f) => [f, randomPolicy]));
  const { actions } = runCampaign(mini, 5, all);
  const r = gameFromReplay(mini, 5, actions.slice(0, 20));
  if (!r.ok) throw new Error('replay failed');
  return saveGame(r.value, { red: 'human', blue: 'random' });
}

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe.concurrent('loading a save', () => {
  it('notes on stderr that a changed scenario left the saved state unchecked', async () => {
    const text = saveText().replace(
      /"contentHash":"[0-9a-f]+"/,
      '"contentHash":"0123456789abcdef"',
    );
    const save = file('changed.json', text);
    const r = await runCli(['chronicle', save, '--scenario', MINI_DIR]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^uchronia: note: .*changed\.json: the scenario has changed since this game was saved: .*could not be checked$/m,
    );
  });

  it('refuses a save whose turn its actions do not reach', async () => {
    const text = saveText();
    const turn = Number(/"turn":(\d+)/.exec(text)![1]);
    const save = file('turn.json', text.replace(/"turn":\d+/, `"turn":${turn + 4}`));
    const r = await runCli(['chronicle', save, '--scenario', MINI_DIR]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `cannot load .*turn\\.json: the save records turn ${turn + 4}, but its actions reach turn ${turn}: it is damaged`,
      ),
    );
  });
});
