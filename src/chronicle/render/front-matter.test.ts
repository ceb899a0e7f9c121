import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { loadMini } from '../../../test/helpers';
import { playGame } from '../../../test/chronicle-games';
import { buildChronicle } from '../story/build';
import {
  frontMatterOf,
  makeChronicleFrontMatter,
  parseChronicleFrontMatter,
  type ChronicleFrontMatter,
} from './front-matter';
import { chronicleMarkdown } from './markdown';

const mini = loadMini();

const frontMatter = fc.record({
  scenario: fc.string(),
  title: fc.string({ unit: 'binary' }),
  seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  viewer: fc.option(fc.string()),
  ending: fc.option(
    fc.oneof(fc.string(), fc.constantFrom('null', 'true', '~', 'seed_junta', '12')),
  ),
  canon: fc.boolean(),
}) satisfies fc.Arbitrary<ChronicleFrontMatter>;

describe('chronicle front matter', () => {
  it('starts the Markdown and reads back what it was made from', () => {
    const ch = buildChronicle(mini, playGame(mini, 7, { reform_debate: 'refuse' }));
    const md = chronicleMarkdown(ch);
    expect(
      md.startsWith(
        '---\nscenario: mini\ntitle: Mini\nseed: 7\nending: blue_strikes\ncanon: false\n---\n',
      ),
    ).toBe(true);
    const r = parseChronicleFrontMatter(md);
    expect(r.ok && r.value).toEqual(frontMatterOf(ch));
    expect(r.ok && r.body.trimStart().startsWith('# Mini')).toBe(true);
  });

  it('round-trips any values (property)', () => {
    fc.assert(
      fc.property(frontMatter, (fm) => {
        const r = parseChronicleFrontMatter(`${makeChronicleFrontMatter(fm)}body`);
        expect(r.ok && r.value).toEqual(fm);
        expect(r.ok && r.body).toBe('body');
      }),
    );
  });

  it('is YAML that a YAML reader reads the same way (property)', () => {
    fc.assert(
      fc.property(frontMatter, (fm) => {
        const text = makeChronicleFrontMatter(fm).split('\n').slice(1, -2).join('\n');
        const { viewer, ...rest } = fm;
        expect(parseYaml(text)).toEqual(viewer === null ? rest : fm);
      }),
    );
  });

  it('reads Windows line ends, comments and a game that goes on', () => {
    const r = parseChronicleFrontMatter(
      '---\r\n# a note\r\nscenario: mini\r\ntitle: "A \\"quoted\\" title"\r\nseed: -3\r\nending: null\r\ncanon: true\r\n---\r\n',
    );
    expect(r.ok && r.value).toEqual({
      scenario: 'mini',
      title: 'A "quoted" title',
      seed: -3,
      viewer: null,
      ending: null,
      canon: true,
    });
  });

  it('collects every error, with its line and code', () => {
    const r = parseChronicleFrontMatter(
      '---\nscenario: mini\nseed: 1.5\nseed: 2\nendng: x\ncanon: maybe\nnot a line\ntitle: "unclosed\n---\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'E_BAD_VALUE'],
      [4, 'E_DUPLICATE_KEY'],
      [5, 'E_UNKNOWN_KEY'],
      [6, 'E_BAD_VALUE'],
      [7, 'E_BAD_LINE'],
      [8, 'E_BAD_VALUE'],
      [9, 'E_MISSING_KEY'],
    ]);
    expect(r.errors[6]!.message).toBe('no `ending`');
  });

  it('refuses a document without front matter, or with an unclosed one', () => {
    const none = parseChronicleFrontMatter('# Mini\n');
    expect(!none.ok && none.errors.map((e) => e.code)).toEqual(['E_NO_FRONT_MATTER']);
    const open = parseChronicleFrontMatter('---\nscenario: mini\n');
    expect(!open.ok && open.errors.map((e) => e.code)).toEqual(['E_UNCLOSED_FRONT_MATTER']);
  });
});
