// The schemas `uchronia schema <dir> --out` writes, read by yaml-language-server (the server
// behind VS Code's YAML extension) over the Language Server Protocol, as an editor reads them.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioNames, writeSchemas } from './schema';

const ROOT = resolve(import.meta.dirname, '../../..');
const SERVER = join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

describe('the editor, through yaml-language-server', () => {
  const work = mkdtempSync(join(tmpdir(), 'uchronia-lsp-'));
  const scenario = join(work, 'mini');
  mkdirSync(join(scenario, 'events'), { recursive: true });
  const settings = writeSchemas(
    join(work, '.schemas'),
    scenarioNames(join(ROOT, 'test/fixtures/mini')),
    scenario,
    work,
  );
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const rpc = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const diagnostics = new Map<string, (d: Diagnostic[]) => void>();
  rpc.onNotification(
    'textDocument/publishDiagnostics',
    (p: { uri: string; diagnostics: Diagnostic[] }) => {
      if (p.diagnostics.length) diagnostics.get(p.uri)?.(p.diagnostics);
    },
  );
  // The server pulls its settings (`yaml`, then `http`, `[yaml]`, `editor`) when told they changed.
  const yaml = {
    // The settings as documented for .vscode/settings.json, the schema paths made absolute.
    schemas: Object.fromEntries(
      Object.entries(settings).map(([file, globs]) => [
        pathToFileURL(join(work, file)).href,
        globs,
      ]),
    ),
    validate: true,
    completion: true,
    hover: true,
  };
  let configured!: () => void;
  const pulled = new Promise<void>((done) => (configured = done));
  rpc.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
    setTimeout(configured, 200); // once the server has taken the answer in
    return p.items.map((i) => (i.section === 'yaml' ? yaml : {}));
  });
  rpc.listen();
  afterAll(() => {
    rpc.dispose();
    child.kill();
  });

  const started = (async () => {
    await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(work).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { completion: { completionItem: { snippetSupport: false } } },
      },
      workspaceFolders: [{ uri: pathToFileURL(work).href, name: 'work' }],
    });
    await rpc.sendNotification('initialized', {});
    await rpc.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await pulled;
  })();

  const open = async (path: string, text: string) => {
    await started;
    const uri = pathToFileURL(join(scenario, path)).href;
    const got = new Promise<Diagnostic[]>((done) => diagnostics.set(uri, done));
    await rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
    return { uri, diagnostics: got };
  };

  it('completes a faction of the scenario after `decider:`', async () => {
    const text = 'events:\n  - id: a_test\n    decider: \n';
    const { uri, diagnostics: checked } = await open('events/complete.yaml', text);
    await checked; // the document has been read against its schema
    const result = (await rpc.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 13 },
    })) as { items: { label: string }[] } | { label: string }[];
    const items = Array.isArray(result) ? result : result.items;
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['red', 'blue', 'rebels']));
  });

  it('flags a misspelt track in an effect, on its line', async () => {
    const text = 'events:\n  - id: a_test\n    effects:\n      - add: { suport: 1 }\n';
    const { diagnostics: got } = await open('events/misspelt.yaml', text);
    const found = await got;
    const onAdd = found.filter((d) => d.range.start.line === 3);
    expect(onAdd.length).toBeGreaterThan(0);
    expect(onAdd.map((d) => d.message).join('\n')).toMatch(/suport|support/);
  });
});
