// The engine of commit 35a1e76f370deab95699faab8eef9ecdcb4de6e1, frozen by bench/freeze.mjs for the benchmarks. Generated: do not edit.
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/types.ts
var SCENARIO_FORMAT_VERSION = 1;

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/load.ts
import { Value } from "@sinclair/typebox/value";
import { ValueErrorType } from "@sinclair/typebox/errors";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/errors.ts
function compareErrors(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/schema.ts
import { Kind, Type, TypeRegistry } from "@sinclair/typebox";

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/suggest.ts
import { distance } from "fastest-levenshtein";
function didYouMean(name, candidates2) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates2) {
    const d = distance(name, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.floor(name.length / 3));
  return bestDistance <= limit ? `did you mean \`${best}\`?` : void 0;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/calendar.ts
var MONTHLY = { unit: "month", length: 1 };
var MAX_TURN_LENGTH = 12;
var TURN = /^(?:(\d+) +)?(day|week|month)s?$/;
function parseTurn(text2) {
  const m = TURN.exec(text2.trim());
  if (!m) return null;
  const length = m[1] === void 0 ? 1 : Number(m[1]);
  if (length < 1 || length > MAX_TURN_LENGTH) return null;
  return { unit: m[2], length };
}
function turnStep(c) {
  return c.unit === "week" ? 7 * c.length : c.length;
}
var countsDays = (c) => c.unit !== "month";
function tickOf(c, month, day) {
  if (!countsDays(c)) return month;
  return daysFromCivil(Math.floor(month / 12), month % 12 + 1, day ?? 1);
}
function partsOf(c, tick2) {
  if (!countsDays(c)) return { year: Math.floor(tick2 / 12), month: tick2 % 12 + 1, day: null };
  return civilFromDays(tick2);
}
function turnTick(s, turn) {
  return s.start + turn * turnStep(s.calendar);
}
function turnOfTick(s, tick2) {
  return Math.floor((tick2 - s.start) / turnStep(s.calendar));
}
function turnCount(s) {
  return turnOfTick(s, s.end) + 1;
}
function turnStartOf(s, tick2) {
  return turnTick(s, turnOfTick(s, tick2));
}
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(days) {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/expr/numbers.ts
var MAX_MAGNITUDE = 1e9;
var MAGNITUDE_TEXT = "\xB11,000,000,000";
function saturate(x) {
  return x > MAX_MAGNITUDE ? MAX_MAGNITUDE : x >= -MAX_MAGNITUDE ? x : x < 0 ? -MAX_MAGNITUDE : 0;
}
var inRange = (x) => x >= -MAX_MAGNITUDE && x <= MAX_MAGNITUDE;
function clampTo(x, lo, hi) {
  return x > hi ? hi : x >= lo ? x : lo;
}
var FULL = [-MAX_MAGNITUDE, MAX_MAGNITUDE];
var point = (x) => [saturate(x), saturate(x)];
var span = (lo, hi) => [saturate(lo), saturate(hi)];
function combine(op, a, b) {
  switch (op) {
    case "+":
      return span(a[0] + b[0], a[1] + b[1]);
    case "-":
      return span(a[0] - b[1], a[1] - b[0]);
    case "*": {
      const c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
      return span(Math.min(...c), Math.max(...c));
    }
    case "/": {
      if (b[0] <= 0 && b[1] >= 0) return b[0] === 0 && b[1] === 0 ? point(0) : FULL;
      const c = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]];
      return span(Math.min(...c), Math.max(...c));
    }
  }
}
var negate = (a) => [-a[1], -a[0]];
function compareIntervals(op, a, b) {
  const [lo1, hi1] = a;
  const [lo2, hi2] = b;
  const disjoint = hi1 < lo2 || lo1 > hi2;
  const samePoint = lo1 === hi1 && lo2 === hi2 && lo1 === lo2;
  switch (op) {
    case "<":
      return hi1 < lo2 ? true : lo1 >= hi2 ? false : null;
    case "<=":
      return hi1 <= lo2 ? true : lo1 > hi2 ? false : null;
    case ">":
      return lo1 > hi2 ? true : hi1 <= lo2 ? false : null;
    case ">=":
      return lo1 >= hi2 ? true : hi1 < lo2 ? false : null;
    case "==":
      return disjoint ? false : samePoint ? true : null;
    case "!=":
      return disjoint ? true : samePoint ? false : null;
  }
  return null;
}
function showNumber(x) {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}
var showInterval = (a) => `${showNumber(a[0])}..${showNumber(a[1])}`;

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/expr/functions.ts
var PERCENT = span(0, 100);
var arg = (ranges, i) => ranges[i] ?? FULL;
var num = (a) => a?.kind === "num" ? a.fn : () => 0;
var ref = (a) => a?.kind === "ref" ? a.id : "";
var tick = (a) => a?.kind === "date" ? a.tick : 0;
var currentTick = (ctx) => turnTick(ctx.scenario, ctx.state.turn);
var lastTick = (ctx) => currentTick(ctx) + turnStep(ctx.scenario.calendar) - 1;
function yearsBetween(ctx, from, to) {
  const c = ctx.scenario.calendar;
  if (!countsDays(c)) return Math.floor((to - from) / 12);
  const a = partsOf(c, from);
  const b = partsOf(c, to);
  const before = b.month < a.month || b.month === a.month && (b.day ?? 1) < (a.day ?? 1);
  return b.year - a.year - (before ? 1 : 0);
}
var turnsSince = (id) => (ctx) => {
  const turns = ctx.state.fired[id];
  const last = turns?.[turns.length - 1];
  return last === void 0 ? NEVER : ctx.state.turn - last;
};
var NEVER = 999;
var FUNCTIONS = [
  {
    name: "fired",
    params: [{ name: "event", kind: "event" }],
    returns: "bool",
    doc: "Whether the event has fired at least once.",
    example: "fired(october_coup)",
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) => ctx.state.fired[id] !== void 0;
    }
  },
  {
    name: "chose",
    params: [
      { name: "event", kind: "event" },
      { name: "option", kind: "option" }
    ],
    returns: "bool",
    doc: "Whether the event's decider took this option (the last time the event fired).",
    example: "chose(border_orders, allow_pursuit)",
    make: (args) => {
      const event = ref(args[0]);
      const option = ref(args[1]);
      return (ctx) => ctx.state.chosen[event] === option;
    }
  },
  {
    name: "months_since",
    params: [{ name: "event", kind: "event" }],
    returns: "num",
    doc: `Months since the event last fired (0 in the month it fires), or ${NEVER} if it never did. Only in a scenario played by the month: elsewhere write \`turns_since\`.`,
    example: "months_since(texas_incident) < 6",
    range: () => span(0, 1200),
    make: (args) => turnsSince(ref(args[0]))
  },
  {
    name: "turns_since",
    params: [{ name: "event", kind: "event" }],
    returns: "num",
    doc: `Turns since the event last fired (0 in the turn it fires), or ${NEVER} if it never did.`,
    example: "turns_since(blockade_declared) >= 3",
    range: () => span(0, 1200),
    make: (args) => turnsSince(ref(args[0]))
  },
  {
    name: "controls",
    params: [
      { name: "faction", kind: "faction" },
      { name: "region", kind: "region" }
    ],
    returns: "bool",
    doc: "Whether the faction controls the region.",
    example: "controls(mexico, chihuahua)",
    make: (args) => {
      const faction = ref(args[0]);
      const region = ref(args[1]);
      if (region === TARGET)
        return (ctx) => ctx.state.regions[ctx.target ?? ""]?.control === faction;
      return (ctx) => ctx.state.regions[region]?.control === faction;
    }
  },
  {
    name: "controlled",
    params: [{ name: "faction", kind: "faction" }],
    returns: "num",
    doc: "How many regions the faction controls.",
    example: "controlled(mexico) >= 8",
    range: () => span(0, FULL[1]),
    make: (args) => {
      const faction = ref(args[0]);
      return (ctx) => {
        let n = 0;
        for (const r of ctx.scenario.regions) if (ctx.state.regions[r.id]?.control === faction) n++;
        return n;
      };
    }
  },
  {
    name: "unrest",
    params: [{ name: "region", kind: "region" }],
    returns: "num",
    doc: "The region's unrest, 0 to 100.",
    example: "unrest(chihuahua) > 60",
    range: () => PERCENT,
    make: (args) => {
      const region = ref(args[0]);
      if (region === TARGET) return (ctx) => ctx.state.regions[ctx.target ?? ""]?.unrest ?? 0;
      return (ctx) => ctx.state.regions[region]?.unrest ?? 0;
    }
  },
  {
    name: "tagged_unrest",
    params: [{ name: "tag", kind: "tag" }],
    returns: "num",
    doc: "The average unrest of the regions with this tag.",
    example: "tagged_unrest(oil) > 50",
    range: () => PERCENT,
    make: (args) => {
      const tag = ref(args[0]);
      return (ctx) => {
        let sum = 0;
        let n = 0;
        for (const r of ctx.scenario.regions)
          if (r.tags.includes(tag)) {
            sum += ctx.state.regions[r.id]?.unrest ?? 0;
            n++;
          }
        return n === 0 ? 0 : sum / n;
      };
    }
  },
  {
    name: "has_tag",
    params: [
      { name: "region", kind: "region" },
      { name: "tag", kind: "tag" }
    ],
    returns: "bool",
    doc: "Whether the region carries the tag. In an order aimed at a region, `has_tag(target, border)` limits its targets by their tags.",
    example: "has_tag(target, border)",
    make: (args) => {
      const region = ref(args[0]);
      const tag = ref(args[1]);
      if (region === TARGET)
        return (ctx) => ctx.scenario.index.region.get(ctx.target ?? "")?.tags.includes(tag) === true;
      return (ctx) => ctx.scenario.index.region.get(region)?.tags.includes(tag) === true;
    }
  },
  {
    name: "alive",
    params: [{ name: "character", kind: "character" }],
    returns: "bool",
    doc: "Whether the character is alive.",
    example: "alive(trotsky)",
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) => ctx.state.characters[id]?.alive === true;
    }
  },
  {
    name: "health",
    params: [{ name: "character", kind: "character" }],
    returns: "num",
    doc: "The character's health, 0 to 100 (0 once dead).",
    example: "health(trotsky) < 30",
    range: () => PERCENT,
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) => ctx.state.characters[id]?.health ?? 0;
    }
  },
  {
    name: "age",
    params: [{ name: "character", kind: "character" }],
    returns: "num",
    doc: "The character's age in whole years this turn.",
    example: "age(trotsky) >= 70",
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) => yearsBetween(ctx, ctx.scenario.index.character.get(id)?.born ?? 0, currentTick(ctx));
    }
  },
  {
    name: "after",
    params: [{ name: "date", kind: "date" }],
    returns: "bool",
    doc: "Whether the current turn has reached this date: this month or later, or (by the day or the week) a turn that holds this day or a later one.",
    example: "after(1946-03)",
    make: (args) => {
      const m = tick(args[0]);
      return (ctx) => lastTick(ctx) >= m;
    }
  },
  {
    name: "before",
    params: [{ name: "date", kind: "date" }],
    returns: "bool",
    doc: "Whether the current turn begins before this date: an earlier month, or an earlier day.",
    example: "before(1948-06)",
    make: (args) => {
      const m = tick(args[0]);
      return (ctx) => currentTick(ctx) < m;
    }
  },
  {
    name: "stage",
    params: [{ name: "clock", kind: "clock" }],
    returns: "num",
    doc: "A threat clock's stage: 0 for its first stage, 1 for the next, and so on.",
    example: "stage(us_hostility) >= 2",
    range: () => span(0, FULL[1]),
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) => stageIndex(ctx, id);
    }
  },
  {
    name: "min",
    params: [
      { name: "a", kind: "num" },
      { name: "b", kind: "num" }
    ],
    returns: "num",
    doc: "The smaller of two numbers.",
    example: "min(support, economy)",
    range: (r) => [Math.min(arg(r, 0)[0], arg(r, 1)[0]), Math.min(arg(r, 0)[1], arg(r, 1)[1])],
    make: (args) => {
      const a = num(args[0]);
      const b = num(args[1]);
      return (ctx) => Math.min(a(ctx), b(ctx));
    }
  },
  {
    name: "max",
    params: [
      { name: "a", kind: "num" },
      { name: "b", kind: "num" }
    ],
    returns: "num",
    doc: "The larger of two numbers.",
    example: "max(0, 50 - support)",
    range: (r) => [Math.max(arg(r, 0)[0], arg(r, 1)[0]), Math.max(arg(r, 0)[1], arg(r, 1)[1])],
    make: (args) => {
      const a = num(args[0]);
      const b = num(args[1]);
      return (ctx) => Math.max(a(ctx), b(ctx));
    }
  },
  {
    name: "abs",
    params: [{ name: "x", kind: "num" }],
    returns: "num",
    doc: "The absolute value of a number.",
    example: "abs(support - 50)",
    range: (r) => {
      const [lo, hi] = arg(r, 0);
      return lo >= 0 ? [lo, hi] : hi <= 0 ? [-hi, -lo] : [0, Math.max(-lo, hi)];
    },
    make: (args) => {
      const a = num(args[0]);
      return (ctx) => Math.abs(a(ctx));
    }
  },
  {
    name: "clamp",
    params: [
      { name: "x", kind: "num" },
      { name: "lo", kind: "num" },
      { name: "hi", kind: "num" }
    ],
    returns: "num",
    doc: "The number, kept between a lower and an upper bound.",
    example: "clamp(support / 10, 0, 5)",
    range: (r) => {
      const [x, lo, hi] = [arg(r, 0), arg(r, 1), arg(r, 2)];
      return [Math.min(Math.max(x[0], lo[0]), hi[0]), Math.min(Math.max(x[1], lo[1]), hi[1])];
    },
    make: (args) => {
      const x = num(args[0]);
      const lo = num(args[1]);
      const hi = num(args[2]);
      return (ctx) => Math.min(Math.max(x(ctx), lo(ctx)), hi(ctx));
    }
  }
];
var FUNCTION_INDEX = new Map(
  FUNCTIONS.map((f) => [f.name, f])
);
var TARGET = "target";
function stageIndex(ctx, clock) {
  const def = ctx.scenario.index.track.get(clock);
  const value = ctx.state.tracks[clock] ?? 0;
  let stage = 0;
  if (def) {
    for (let i = 0; i < def.stages.length; i++) if (value >= def.stages[i].at) stage = i;
  }
  return stage;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/expr/effects.ts
var NUM_OR_EXPR = { oneOf: [{ type: "number" }, { type: "string" }] };
var ID = { type: "string", pattern: "^[a-z][a-z0-9_]*$" };
var mapOf = (values) => ({
  type: "object",
  additionalProperties: values,
  minProperties: 1
});
var EFFECT_LIST = { $ref: "#/definitions/effect_list" };
function isMap(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkMap(value, path, env, what, known2, allowTarget, each) {
  if (!isMap(value) || Object.keys(value).length === 0) {
    env.report(
      path,
      "E_EFFECT_SHAPE",
      `expected a mapping of ${what} ids to values`,
      `as in { ${[...known2][0] ?? "id"}: 5 }`
    );
    return null;
  }
  const out = [];
  let ok = true;
  for (const [key, v] of Object.entries(value)) {
    const p = [...path, key];
    if (!(known2.has(key) || allowTarget && key === TARGET && env.names.target)) {
      const hint = key === TARGET ? "`target` is only known inside an order aimed at a region" : didYouMean(key, known2);
      env.report(p, "E_UNKNOWN_REF", `unknown ${what} \`${key}\``, hint);
      ok = false;
      continue;
    }
    const compiled = each(v, p, key);
    if (compiled === null) ok = false;
    else out.push([key, compiled]);
  }
  return ok ? out : null;
}
function checkRef(value, path, env, what, known2) {
  if (typeof value !== "string") {
    env.report(path, "E_EFFECT_SHAPE", `expected the id of a ${what}`);
    return null;
  }
  if (!known2.has(value)) {
    env.report(
      path,
      "E_UNKNOWN_REF",
      `unknown ${what} \`${value}\``,
      didYouMean(value, known2.keys())
    );
    return null;
  }
  return value;
}
function checkBranches(value, path, env, allowed) {
  for (const key of Object.keys(value))
    if (!allowed.includes(key))
      env.report(
        [...path, key],
        "E_UNKNOWN_KEY",
        `unexpected key \`${key}\``,
        didYouMean(key, allowed) ?? `expected ${allowed.join(", ")}`
      );
  const then = compileEffectList(value.then ?? [], [...path, "then"], env);
  const otherwise = compileEffectList(value.else ?? [], [...path, "else"], env);
  return then && otherwise ? { then, else: otherwise } : null;
}
var EFFECTS = [
  {
    op: "add",
    doc: "Adds to tracks; the result is kept within the track\u2019s bounds.",
    example: 'add: { support: -5, economy: "-oil / 10" }',
    schema: mapOf(NUM_OR_EXPR),
    check: (value, path, env) => {
      const entries = checkMap(
        value,
        path,
        env,
        "track",
        env.names.tracks,
        false,
        (v, p) => env.num(v, p)
      );
      return entries && { op: "add", entries };
    }
  },
  {
    op: "set",
    doc: "Sets flags to true/false and tracks to a value.",
    example: "set: { martial_law: true, press_freedom: 10 }",
    schema: mapOf({ oneOf: [{ type: "boolean" }, ...NUM_OR_EXPR.oneOf] }),
    check: (value, path, env) => {
      const known2 = /* @__PURE__ */ new Set([...env.names.tracks, ...env.names.flags]);
      const tracks = [];
      const flags = [];
      const entries = checkMap(value, path, env, "track or flag", known2, false, (v, p, key) => {
        if (env.names.flags.has(key)) {
          if (typeof v !== "boolean") {
            env.report(p, "E_TYPE", `flag \`${key}\` is set to true or false`);
            return null;
          }
          flags.push([key, v]);
          return v;
        }
        const n = env.num(v, p);
        if (n) tracks.push([key, n]);
        return n;
      });
      return entries && { op: "set", tracks, flags };
    }
  },
  {
    op: "unrest",
    doc: "Adds to regions\u2019 unrest (kept within 0..100). In an order aimed at a region, `target` names it.",
    example: "unrest: { chihuahua: 15, target: -10 }",
    schema: mapOf(NUM_OR_EXPR),
    check: (value, path, env) => {
      const entries = checkMap(
        value,
        path,
        env,
        "region",
        env.names.regions,
        true,
        (v, p) => env.num(v, p)
      );
      return entries && { op: "unrest", entries };
    }
  },
  {
    op: "control",
    doc: "Hands regions to a faction, or to `none`.",
    example: "control: { chihuahua: insurgents }",
    schema: mapOf(ID),
    check: (value, path, env) => {
      const factions = /* @__PURE__ */ new Set([...env.names.factions, "none"]);
      const entries = checkMap(
        value,
        path,
        env,
        "region",
        env.names.regions,
        true,
        (v, p) => checkRef(v, p, env, "faction", factions)
      );
      return entries && { op: "control", entries };
    }
  },
  {
    op: "health",
    doc: "Adds to characters\u2019 health (0..100); a character whose health reaches 0 dies.",
    example: "health: { trotsky: -10 }",
    schema: mapOf(NUM_OR_EXPR),
    check: (value, path, env) => {
      const entries = checkMap(
        value,
        path,
        env,
        "character",
        env.names.characters,
        false,
        (v, p) => env.num(v, p)
      );
      return entries && { op: "health", entries };
    }
  },
  {
    op: "kill",
    doc: "A character dies.",
    example: "kill: trotsky",
    schema: ID,
    check: (value, path, env) => {
      const character = checkRef(value, path, env, "character", env.names.characters);
      return character === null ? null : { op: "kill", character };
    }
  },
  {
    op: "trigger",
    doc: "Schedules a follow-up event `delay` months later (default 1; 0 means later this same month). It fires then if its `when` holds.",
    example: "trigger: { event: palace_assault, delay: 1 }",
    schema: {
      oneOf: [
        ID,
        {
          type: "object",
          properties: {
            event: { ...ID, description: "The event to schedule." },
            delay: {
              type: "integer",
              minimum: 0,
              maximum: 120,
              description: "Months from now (default 1; 0: later this same month)."
            }
          },
          required: ["event"],
          additionalProperties: false
        }
      ]
    },
    check: (value, path, env) => {
      const form = isMap(value) ? value : { event: value };
      const eventPath = isMap(value) ? [...path, "event"] : path;
      for (const key of Object.keys(form))
        if (key !== "event" && key !== "delay")
          env.report(
            [...path, key],
            "E_UNKNOWN_KEY",
            `unexpected key \`${key}\``,
            "expected event, delay"
          );
      const event = checkRef(form.event, eventPath, env, "event", env.names.events);
      const delay = form.delay ?? 1;
      if (typeof delay !== "number" || !Number.isInteger(delay) || delay < 0 || delay > 120) {
        env.report(
          [...path, "delay"],
          "E_TYPE",
          "`delay` is a whole number of months from 0 to 120"
        );
        return null;
      }
      if (event === null) return null;
      env.onTrigger(event, eventPath);
      return { op: "trigger", event, delay };
    }
  },
  {
    op: "end",
    doc: "Ends the game with this ending when the current action has been resolved.",
    example: "end: stalinist_mexico",
    schema: ID,
    check: (value, path, env) => {
      const ending = checkRef(value, path, env, "ending", env.endings);
      return ending === null ? null : { op: "end", ending };
    }
  },
  {
    op: "chance",
    doc: "With probability `p` (0..1) applies `then`, otherwise `else`. A constant `p` outside 0..1 is an error; a computed one beyond it counts as 0 or 1.",
    example: "chance: { p: 0.3, then: [ { kill: trotsky } ], else: [ { health: { trotsky: -20 } } ] }",
    schema: {
      type: "object",
      properties: {
        p: { ...NUM_OR_EXPR, description: "The probability, 0..1, or an expression giving one." },
        then: { ...EFFECT_LIST, description: "Applied with probability `p`." },
        else: { ...EFFECT_LIST, description: "Applied otherwise." }
      },
      required: ["p", "then"],
      additionalProperties: false
    },
    check: (value, path, env) => {
      if (!isMap(value)) {
        env.report(path, "E_EFFECT_SHAPE", "expected { p, then, else }");
        return null;
      }
      const p = env.probability(value.p, [...path, "p"]);
      const branches = checkBranches(value, path, env, ["p", "then", "else"]);
      return p && branches && { op: "chance", p, ...branches };
    }
  },
  {
    op: "if",
    doc: "Applies `then` if the condition holds, otherwise `else`.",
    example: 'if: { when: "support < 20", then: [ { add: { armed_strength: -5 } } ] }',
    schema: {
      type: "object",
      properties: {
        when: {
          oneOf: [{ type: "boolean" }, { type: "string" }],
          description: "The condition, read when the effects apply."
        },
        then: { ...EFFECT_LIST, description: "Applied if the condition holds." },
        else: { ...EFFECT_LIST, description: "Applied otherwise." }
      },
      required: ["when", "then"],
      additionalProperties: false
    },
    check: (value, path, env) => {
      if (!isMap(value)) {
        env.report(path, "E_EFFECT_SHAPE", "expected { when, then, else }");
        return null;
      }
      const when = env.bool(value.when, [...path, "when"]);
      const branches = checkBranches(value, path, env, ["when", "then", "else"]);
      return when && branches && { op: "if", when, ...branches };
    }
  }
];
var EFFECT_INDEX = new Map(EFFECTS.map((e) => [e.op, e]));
function compileEffectList(value, path, env) {
  if (!Array.isArray(value)) {
    env.report(
      path,
      "E_EFFECT_SHAPE",
      "expected a list of effects",
      "write each effect as `- op: \u2026`"
    );
    return null;
  }
  const out = [];
  let ok = true;
  value.forEach((item, i) => {
    const p = [...path, i];
    if (!isMap(item) || Object.keys(item).length !== 1) {
      env.report(
        p,
        "E_EFFECT_SHAPE",
        "an effect is a mapping with exactly one key, the operation",
        `as in \`- add: { support: 5 }\``
      );
      ok = false;
      return;
    }
    const [op, arg2] = Object.entries(item)[0];
    const spec = EFFECT_INDEX.get(op);
    if (!spec) {
      env.report(
        [...p, op],
        "E_UNKNOWN_EFFECT",
        `unknown effect \`${op}\``,
        didYouMean(op, EFFECT_INDEX.keys()) ?? `effects are ${[...EFFECT_INDEX.keys()].join(", ")}`
      );
      ok = false;
      return;
    }
    const effect = spec.check(arg2, [...p, op], env);
    if (effect) out.push(effect);
    else ok = false;
  });
  return ok ? out : null;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/schema.ts
var ID2 = "^[a-z][a-z0-9_]*$";
var DATE = "^\\d{4}-\\d{2}(-\\d{2})?$";
var Id = (description) => Type.String({ pattern: ID2, description });
var DateString = (description) => Type.String({ pattern: DATE, description });
var Num = (description) => Type.Union([Type.Number(), Type.String({ minLength: 1 })], { description });
var Cond = (description) => Type.Union([Type.Boolean(), Type.String({ minLength: 1 })], { description });
var EFFECT_LIST_KIND = "UchroniaEffectList";
if (!TypeRegistry.Has(EFFECT_LIST_KIND))
  TypeRegistry.Set(EFFECT_LIST_KIND, (_schema, value) => Array.isArray(value));
var Effects = (description) => Type.Unsafe({
  [Kind]: EFFECT_LIST_KIND,
  $ref: "#/definitions/effect_list",
  description
});
var strict = { additionalProperties: false };
var ModifierSchema = Type.Object(
  {
    id: Id("Names the modifier; its label is the text `\u2026drift.<id>` or `\u2026term.<id>`."),
    when: Type.Optional(Cond("Applies only while this holds.")),
    value: Num("The amount.")
  },
  strict
);
var FactionSchema = Type.Object(
  {
    id: Id("The faction id."),
    playable: Type.Boolean({ description: "Whether a person or an AI policy can play it." }),
    ordersPerTurn: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 10, description: "Orders a month (default 2)." })
    ),
    color: Type.Optional(
      Type.String({ pattern: "^#[0-9a-fA-F]{6}$", description: "Map colour, #rrggbb." })
    )
  },
  strict
);
var TrackSchema = Type.Object(
  {
    id: Id("The track id, usable as a variable in expressions."),
    initial: Type.Number({ description: "Its value on the first month." }),
    min: Type.Optional(Type.Number({ description: "Lowest value (default 0)." })),
    max: Type.Optional(Type.Number({ description: "Highest value (default 100)." })),
    owner: Type.Optional(Id("The faction whose track it is.")),
    private: Type.Optional(Type.Boolean({ description: "Only the owner sees it." })),
    drift: Type.Optional(Type.Array(ModifierSchema, { description: "Named monthly modifiers." })),
    stages: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id("The stage id."),
            at: Type.Number({ description: "Value at which it begins." })
          },
          strict
        ),
        { minItems: 2, description: "Makes the track a threat clock." }
      )
    )
  },
  strict
);
var ScenarioFileSchema = Type.Object(
  {
    formatVersion: Type.Integer({ minimum: 1, description: "The scenario format version: 1." }),
    id: Type.String({ pattern: "^[a-z][a-z0-9_-]*$", description: "The scenario id." }),
    turn: Type.Optional(
      Type.String({
        pattern: "^(?:[1-9][0-9]? +)?(?:day|week|month)s?$",
        description: "How long a turn lasts: `month` (the default), `week`, `day`, or a number of them such as `3 days`."
      })
    ),
    start: DateString("The first turn played (its first day, by the day or the week)."),
    end: DateString("The last turn played (a day in it, by the day or the week)."),
    player: Id("The default player's faction."),
    acts: Type.Array(
      Type.Object({ id: Id("The act id."), from: DateString("The month it begins.") }, strict),
      {
        minItems: 1,
        description: "The chronicle's chapters."
      }
    ),
    factions: Type.Array(FactionSchema, {
      minItems: 1,
      description: "The sides of the game: those a person or a policy plays, and the forces no one plays."
    }),
    tracks: Type.Array(TrackSchema, {
      description: "Numbers the game keeps month by month (support, tension, gold), each within its bounds."
    }),
    flags: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id("The flag id."),
            initial: Type.Optional(
              Type.Boolean({ description: "Its value on the first month (default false)." })
            ),
            visibleTo: Type.Optional(
              Type.Array(Id("A faction."), {
                description: "The only factions that see it (default: every faction)."
              })
            )
          },
          strict
        ),
        {
          description: "Things that are so or not (a treaty signed, a leader exiled), read by conditions."
        }
      )
    ),
    derived: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id("The figure id."),
            terms: Type.Array(ModifierSchema, {
              minItems: 1,
              description: 'Named parts summed into the figure, each shown in its "why?" breakdown.'
            })
          },
          strict
        ),
        { description: "Figures worked out from others each time they are read, never stored." }
      )
    ),
    regions: Type.Array(
      Type.Object(
        {
          id: Id("The region id."),
          lat: Type.Number({ minimum: -90, maximum: 90, description: "Latitude, degrees north." }),
          lon: Type.Number({
            minimum: -180,
            maximum: 180,
            description: "Longitude, degrees east."
          }),
          country: Type.String({
            pattern: "^[A-Z]{3}$",
            description: "ISO 3166 alpha-3 country code."
          }),
          control: Type.String({ description: "The controlling faction, or `none`." }),
          unrest: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 100,
              description: "Unrest on the first month, 0..100 (default 0)."
            })
          ),
          tags: Type.Optional(
            Type.Array(Id("A label used by conditions."), {
              description: "Labels that conditions test with `has_tag(region, tag)`."
            })
          )
        },
        strict
      ),
      { description: "The places on the map, each held by a faction or by none." }
    ),
    map: Type.Optional(
      Type.Object(
        {
          countries: Type.Optional(
            Type.Array(
              Type.String({
                pattern: "^[A-Z]{3}$",
                description: "ISO 3166 alpha-3 code of a country the map shows in the foreground."
              }),
              {
                minItems: 1,
                uniqueItems: true,
                description: "The countries the map sets in the foreground; by default, those of the regions' cities."
              }
            )
          )
        },
        {
          ...strict,
          description: "How the browser game draws the map: `countries` names the countries it sets in the foreground (by default, the regions' own countries)."
        }
      )
    ),
    characters: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id("The character id."),
            faction: Type.Optional(Id("The faction they belong to.")),
            born: DateString("Date of birth."),
            health: Type.Number({
              minimum: 0,
              maximum: 100,
              description: "Health on the first month, 0..100; at 0 the character dies."
            })
          },
          strict
        ),
        {
          description: "People whose health and death the rules follow (`alive(id)`, `health(id)`)."
        }
      )
    )
  },
  strict
);
var OrderSchema = Type.Object(
  {
    id: Id("The order id."),
    faction: Id("Who may give it."),
    cost: Type.Optional(
      Type.Record(Type.String(), Type.Number({ minimum: 0 }), { description: "Tracks paid." })
    ),
    target: Type.Optional(
      Type.Literal("region", { description: "The order is aimed at a region." })
    ),
    where: Type.Optional(Cond("Which regions are valid targets (`target` is the region).")),
    when: Type.Optional(Cond("When the order is available.")),
    chance: Type.Optional(Num("Probability of success, 0..1 (default 1).")),
    effects: Effects("Applied on success."),
    failure: Type.Optional(Effects("Applied on failure.")),
    covert: Type.Optional(
      Type.Boolean({ description: "Hidden from other factions unless exposed." })
    ),
    exposure: Type.Optional(Num("Probability of exposure, 0..1.")),
    canon: Type.Optional(
      Type.Object(
        {
          from: DateString("First month."),
          until: DateString("Last month."),
          targets: Type.Optional(
            Type.Array(Id("A region."), {
              minItems: 1,
              description: "Where the source timeline aimed it: the canon policy picks among these, when valid."
            })
          )
        },
        {
          ...strict,
          description: "When the source timeline gave this order (the canon policy gives it then)."
        }
      )
    )
  },
  strict
);
var OrdersFileSchema = Type.Object(
  {
    orders: Type.Array(OrderSchema, {
      description: "What factions may do each month, within their orders per turn."
    })
  },
  strict
);
var EventSchema = Type.Object(
  {
    id: Id("The event id."),
    date: Type.Optional(DateString("Fires on this month if `when` holds.")),
    after: Type.Optional(DateString("Eligible from this month.")),
    before: Type.Optional(DateString("Eligible until this month.")),
    when: Type.Optional(Cond("Fires only while this holds.")),
    mtth: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: "Mean time to happen, in months." })
    ),
    repeat: Type.Optional(Type.Boolean({ description: "May fire more than once." })),
    cooldown: Type.Optional(
      Type.Integer({ minimum: 0, description: "Months before it may fire again." })
    ),
    hidden: Type.Optional(Type.Boolean({ description: "Only `visibleTo` factions learn of it." })),
    visibleTo: Type.Optional(
      Type.Array(Id("A faction."), { description: "The factions that learn of a hidden event." })
    ),
    canon: Type.Optional(
      Type.Boolean({ description: "The source timeline has this event on this date." })
    ),
    followUp: Type.Optional(
      Type.Boolean({ description: "Fires only when another effect triggers it." })
    ),
    effects: Type.Optional(Effects("Applied when it fires.")),
    decider: Type.Optional(Id("The faction that chooses.")),
    choices: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id("The option id."),
            canon: Type.Optional(
              Type.Boolean({ description: "The option the source timeline took." })
            ),
            when: Type.Optional(Cond("Offered only if this holds.")),
            effects: Type.Optional(Effects("Applied when chosen."))
          },
          strict
        ),
        { minItems: 1, description: "The options the decider chooses among; one is canon." }
      )
    )
  },
  strict
);
var EventsFileSchema = Type.Object(
  {
    events: Type.Array(EventSchema, {
      description: "What happens: by date, by condition, by mean time to happen, or as a follow-up."
    })
  },
  strict
);
var EndingSchema = Type.Object(
  {
    id: Id("The ending id."),
    when: Type.Optional(Cond("The game ends so when this holds at the end of a month.")),
    warning: Type.Optional(
      Cond(
        "While this holds, each faction is warned that the ending is near (its text `ending.<id>.warning`), judged from what that faction can see."
      )
    ),
    priority: Type.Optional(Type.Number({ description: "Higher is checked first (default 0)." })),
    canon: Type.Optional(Type.Boolean({ description: "The source timeline's ending." })),
    fallback: Type.Optional(Type.Boolean({ description: "Taken when the calendar runs out." })),
    score: Type.Record(Type.String(), Type.Number({ minimum: 0, maximum: 100 }), {
      description: "How good it is for each playable faction, 0..100."
    })
  },
  strict
);
var EndingsFileSchema = Type.Object(
  {
    endings: Type.Array(EndingSchema, {
      description: "How the game may end, checked at the end of each month, highest priority first."
    })
  },
  strict
);
var RoutineRuleSchema = Type.Object(
  {
    order: Id("The order this rule gives: one of the faction\u2019s own."),
    when: Type.Optional(Cond("The rule applies only while this holds.")),
    where: Type.Optional(
      Cond("For an order aimed at a region: which of its valid targets the rule may pick.")
    ),
    most: Type.Optional(
      Num(
        "For an order aimed at a region: pick the target where this is highest (`target` is the region)."
      )
    ),
    least: Type.Optional(
      Num("For an order aimed at a region: pick the target where this is lowest.")
    )
  },
  strict
);
var RoutineSchema = Type.Object(
  {
    faction: Id("The faction that follows this routine."),
    rules: Type.Array(RoutineRuleSchema, {
      minItems: 1,
      description: "Tried in order each month: each rule that applies gives its order, until the faction has given as many as it may."
    })
  },
  strict
);
var RoutinesFileSchema = Type.Object(
  {
    routines: Type.Array(RoutineSchema, {
      description: "How factions act by rule: the engine plays a non-playable faction\u2019s routine each month; the `routine` policy can play a playable one\u2019s."
    })
  },
  strict
);
var AiFileSchema = Type.Object(
  {
    factions: Type.Record(
      Type.String(),
      Type.Object(
        {
          weights: Type.Record(Type.String(), Type.Number(), {
            description: "Value of each point of a track; `unrest_own` and `unrest_rivals` value a point of unrest in regions the faction holds or others hold."
          }),
          flags: Type.Optional(
            Type.Record(Type.String(), Type.Number(), {
              description: "Value of a flag becoming true (and minus it for false)."
            })
          ),
          orders: Type.Optional(
            Type.Record(Type.String(), Type.Number(), { description: "Appetite per order." })
          ),
          choices: Type.Optional(
            Type.Record(Type.String(), Type.Number(), {
              description: "Appetite per option, keyed `event.option`."
            })
          )
        },
        strict
      ),
      { description: "The priority bot's weights, by faction." }
    )
  },
  strict
);
var TextsFileSchema = Type.Recursive(
  (This) => Type.Record(Type.String(), Type.Union([Type.String(), This]))
);
function schemaForFile(file) {
  if (file === "scenario.yaml") return ScenarioFileSchema;
  if (file === "orders.yaml") return OrdersFileSchema;
  if (file === "endings.yaml") return EndingsFileSchema;
  if (file === "ai.yaml") return AiFileSchema;
  if (file === "routines.yaml") return RoutinesFileSchema;
  if (/^events\/[^/]+\.yaml$/.test(file)) return EventsFileSchema;
  if (/^texts\/[a-z]{2}(-[A-Z]{2})?\.yaml$/.test(file)) return TextsFileSchema;
  return null;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/yaml.ts
import { isAlias, isMap as isMap2, isScalar, isSeq } from "yaml";

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/yaml-parse.ts
import {
  Composer,
  Lexer,
  LineCounter,
  Parser
} from "yaml";
function normalize(text2) {
  const noBom = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  return noBom.includes("\r") ? noBom.replace(/\r(?!\n)/g, "\n") : noBom;
}
function parseBounded(text2, maxStack, tooDeep) {
  const lineCounter = new LineCounter();
  const posAt = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const parser = new Parser(lineCounter.addNewLine);
  let deepAt = -1;
  const cst = [];
  lineCounter.addNewLine(0);
  for (const lexeme of new Lexer().lex(text2)) {
    for (const token of parser.next(lexeme)) cst.push(token);
    if (parser.stack.length > maxStack) {
      deepAt = Math.max(0, parser.offset - lexeme.length);
      break;
    }
  }
  if (deepAt < 0) for (const token of parser.end()) cst.push(token);
  const composer = new Composer({
    schema: "core",
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    keepSourceTokens: false
  });
  if (deepAt >= 0) {
    return {
      doc: null,
      issues: [{ path: [], pos: posAt(deepAt), code: "E_TOO_DEEP", message: tooDeep }],
      posAt
    };
  }
  let doc = null;
  let second = null;
  for (const d of composer.compose(cst, true, text2.length)) {
    if (!doc) doc = d;
    else {
      second = d.range[0];
      break;
    }
  }
  const issues = syntaxIssues(text2, doc?.errors ?? [], posAt);
  if (second !== null)
    issues.push({
      path: [],
      pos: posAt(second),
      code: "E_YAML_SYNTAX",
      message: "a second YAML document: a scenario file holds one",
      hint: "remove the `---` or `...` line"
    });
  return { doc, issues, posAt };
}
var INDENT_CODES = /* @__PURE__ */ new Set([
  "BAD_INDENT",
  "BLOCK_AS_IMPLICIT_KEY",
  "MULTILINE_IMPLICIT_KEY",
  "MISSING_CHAR",
  "UNEXPECTED_TOKEN"
]);
function syntaxIssues(text2, errors, posAt) {
  const issues = [];
  let lines = null;
  let coveredUpTo = 0;
  for (const e of errors) {
    const pos = posAt(e.pos[0]);
    if (pos.line <= coveredUpTo) continue;
    if (INDENT_CODES.has(e.code)) {
      lines ??= text2.split("\n");
      const slip = indentationSlip(lines, pos.line);
      if (slip) {
        issues.push({
          path: [],
          pos: { line: slip.line, col: slip.indent + 1 },
          code: "E_YAML_INDENT",
          message: `bad indentation: this line is indented ${slip.indent} spaces, which lines it up with nothing above it`,
          hint: slip.expected.length ? `YAML nests by indentation; the levels open here are ${slip.expected.join(", ")} spaces` : "YAML nests by indentation"
        });
        coveredUpTo = slip.line + 1;
        continue;
      }
    }
    issues.push({
      path: [],
      pos,
      code: "E_YAML_SYNTAX",
      message: e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")
    });
  }
  return issues;
}
var indentOf = (line) => line.length - line.trimStart().length;
var isContent = (line) => {
  const t = line.trim();
  return t !== "" && !t.startsWith("#");
};
var opens = (line) => /(:|-|[|>][+-]?\d?)\s*(#.*)?$/.test(line.trimEnd());
function indentationSlip(lines, near) {
  const candidates2 = /* @__PURE__ */ new Set();
  for (let n = near; n <= lines.length && candidates2.size < 2; n++)
    if (isContent(lines[n - 1])) candidates2.add(n);
  const last = Math.max(...candidates2);
  const stack = [0];
  let opened = false;
  let scalarAbove = -1;
  for (let n = 1; n <= last; n++) {
    const line = lines[n - 1].replace(/\t/g, " ");
    if (!isContent(line)) continue;
    const indent = indentOf(line);
    if (scalarAbove >= 0 && indent > scalarAbove) continue;
    scalarAbove = -1;
    let odd = false;
    if (indent > stack[stack.length - 1]) {
      if (opened) stack.push(indent);
      else odd = true;
    } else {
      while (stack.length > 1 && stack[stack.length - 1] > indent) stack.pop();
      if (stack[stack.length - 1] !== indent) odd = true;
    }
    if (odd && candidates2.has(n)) return { line: n, indent, expected: [...new Set(stack)] };
    if (odd) stack.push(indent);
    const dashes = /^((?:-\s+)+)/.exec(line.slice(indent));
    if (dashes) stack.push(indent + dashes[1].length);
    opened = opens(line);
    if (/[|>][+-]?\d?\s*(#.*)?$/.test(line.trimEnd())) scalarAbove = indent;
  }
  return null;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/yaml.ts
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_DEPTH = 32;
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set([
  "__proto__",
  "constructor",
  "prototype"
]);
var CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "seq", "map"].map((t) => `tag:yaml.org,2002:${t}`)
);
var TOP = { line: 1, col: 1 };
function readYaml(raw) {
  const bytes = raw.length * 3 <= MAX_FILE_BYTES ? raw.length : new TextEncoder().encode(raw).length;
  if (bytes > MAX_FILE_BYTES)
    return {
      ok: false,
      issues: [
        {
          path: [],
          pos: TOP,
          code: "E_FILE_TOO_LARGE",
          message: `file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES}`
        }
      ]
    };
  const text2 = normalize(raw);
  const parsed = parseBounded(text2, MAX_DEPTH + 8, TOO_DEEP);
  if (parsed.issues.length || !parsed.doc) return { ok: false, issues: parsed.issues };
  const { value, issues, root, spotsOf } = toPlain(parsed.doc, parsed.posAt);
  if (issues.length) return { ok: false, issues };
  const { posAt } = parsed;
  const find2 = (path) => {
    let spot = root;
    let cur = value;
    for (const seg of path) {
      const spots = spotsOf(cur);
      const next = Array.isArray(spots) ? spots[Number(seg)] : spots?.get(String(seg));
      if (!next) return { spot, whole: false, value: cur };
      spot = next;
      cur = cur[seg];
    }
    return { spot, whole: true, value: cur };
  };
  const locate = (path, key = false) => {
    const { spot, whole } = find2(path);
    const offset = key && whole && spot.key >= 0 ? spot.key : spot.value >= 0 ? spot.value : spot.key;
    return offset >= 0 ? posAt(offset) : TOP;
  };
  const locateInString = (path, offset) => {
    const { spot, whole, value: v } = find2(path);
    if (!whole || typeof v !== "string" || spot.value < 0) return locate(path);
    return posAt(spot.value + offset + (spot.quoted ? 1 : 0));
  };
  return { ok: true, file: { value, locate, locateInString } };
}
var TOO_DEEP = `nesting deeper than ${MAX_DEPTH} levels`;
function toPlain(doc, posAt) {
  const issues = [];
  const spots = /* @__PURE__ */ new WeakMap();
  const spotOf = (key, node) => ({
    key: key?.range?.[0] ?? -1,
    value: node?.range?.[0] ?? -1,
    quoted: isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")
  });
  const path = [];
  const convert = (node, depth) => {
    if (node === null || node === void 0) return null;
    const start = node.range?.[0] ?? 0;
    if (depth > MAX_DEPTH) {
      issues.push({
        path: [...path],
        pos: posAt(start),
        code: "E_TOO_DEEP",
        message: TOO_DEEP
      });
      return null;
    }
    if (isAlias(node) || node.anchor) {
      issues.push({
        path: [...path],
        pos: posAt(start),
        code: "E_YAML_ALIAS",
        message: "anchors and aliases (`&name`, `*name`) are not allowed in scenario files",
        hint: "repeat the value instead"
      });
      return null;
    }
    if (node.tag && !CORE_TAGS.has(node.tag)) {
      issues.push({
        path: [...path],
        pos: posAt(start),
        code: "E_YAML_TAG",
        message: `custom tag \`${node.tag}\` is not allowed`
      });
      return null;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === "bigint") return Number(v);
      return v === void 0 ? null : v;
    }
    if (isSeq(node)) {
      const out = new Array(node.items.length);
      const at = new Array(out.length);
      for (let i = 0; i < out.length; i++) {
        const item = node.items[i];
        at[i] = spotOf(null, item);
        path.push(i);
        out[i] = convert(item, depth + 1);
        path.pop();
      }
      spots.set(out, at);
      return out;
    }
    if (isMap2(node)) {
      const out = /* @__PURE__ */ Object.create(null);
      const at = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        const keyNode = pair.key;
        const keyStart = keyNode?.range?.[0] ?? start;
        if (!isScalar(keyNode) || typeof keyNode.value !== "string" && typeof keyNode.value !== "number") {
          issues.push({
            path: [...path],
            pos: posAt(keyStart),
            code: "E_YAML_KEY",
            message: "mapping keys must be plain names"
          });
          continue;
        }
        const key = String(keyNode.value);
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({
            path: [...path, key],
            pos: posAt(keyStart),
            code: "E_FORBIDDEN_KEY",
            message: `the key \`${key}\` is not allowed`
          });
          continue;
        }
        const first = at.get(key);
        if (first) {
          issues.push({
            path: [...path, key],
            pos: posAt(keyStart),
            code: "E_DUPLICATE_KEY",
            message: `the key \`${key}\` is given twice in this mapping (first at line ${posAt(first.key).line})`,
            hint: "keep one of them"
          });
          continue;
        }
        at.set(key, spotOf(keyNode, pair.value));
        path.push(key);
        out[key] = convert(pair.value, depth + 1);
        path.pop();
      }
      spots.set(out, at);
      return out;
    }
    return null;
  };
  const top = doc.contents;
  const value = convert(top, 0);
  return {
    value,
    issues,
    root: spotOf(null, top),
    spotsOf: (v) => typeof v === "object" && v !== null ? spots.get(v) : void 0
  };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/expr/parse.ts
var MAX_EXPRESSION_LENGTH = 1e3;
var MAX_EXPRESSION_DEPTH = 32;
var DATE2 = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d.])/;
var NUMBER = /^\d+(?:\.\d+)?/;
var NAME = /^[a-z_][a-z0-9_]*/i;
var OPERATORS = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", ","];
function parseDate(text2) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text2);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === void 0 ? null : Number(m[3]);
  if (month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > daysIn(year, month))) return null;
  return { month: year * 12 + month - 1, day };
}
function daysIn(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function lex(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const date = DATE2.exec(rest);
    if (date) {
      const parsed = parseDate(date[0]);
      if (!parsed)
        return { error: { at: i, code: "E_BAD_DATE", message: `\`${date[0]}\` is not a date` } };
      tokens.push({ t: "date", month: parsed.month, day: parsed.day, at: i, text: date[0] });
      i += date[0].length;
      continue;
    }
    const num2 = NUMBER.exec(rest);
    if (num2) {
      tokens.push({ t: "num", value: Number(num2[0]), at: i });
      i += num2[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ t: "name", name: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      tokens.push({ t: "op", op, at: i });
      i += op.length;
      continue;
    }
    const hint = c === "=" ? "compare with `==`" : c === "&" || c === "|" ? "write `and` / `or`" : void 0;
    return {
      error: {
        at: i,
        code: "E_SYNTAX",
        message: `unexpected character \`${c}\``,
        ...hint ? { hint } : {}
      }
    };
  }
  tokens.push({ t: "end", at: src.length });
  return { tokens };
}
var ParseFailure = class {
  constructor(error) {
    this.error = error;
  }
  error;
};
function parseExpression(src) {
  if (src.length > MAX_EXPRESSION_LENGTH)
    return {
      ok: false,
      error: {
        at: 0,
        code: "E_TOO_LONG",
        message: `expression is ${src.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}`
      }
    };
  const lexed = lex(src);
  if ("error" in lexed) return { ok: false, error: lexed.error };
  const tokens = lexed.tokens;
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const fail2 = (tok, message, hint) => {
    throw new ParseFailure({ at: tok.at, code: "E_SYNTAX", message, ...hint ? { hint } : {} });
  };
  const isOp = (tok, op) => tok.t === "op" && tok.op === op;
  const isWord = (tok, word) => tok.t === "name" && tok.name === word;
  const describe = (tok) => tok.t === "end" ? "the end of the expression" : tok.t === "op" ? `\`${tok.op}\`` : tok.t === "name" ? `\`${tok.name}\`` : tok.t === "date" ? `\`${tok.text}\`` : `\`${tok.value}\``;
  const enter = (tok) => {
    if (++depth > MAX_EXPRESSION_DEPTH)
      throw new ParseFailure({
        at: tok.at,
        code: "E_TOO_DEEP",
        message: `expression nests deeper than ${MAX_EXPRESSION_DEPTH} levels`
      });
  };
  const binaryLevel = (ops, next, words = false) => () => {
    let left = next();
    for (; ; ) {
      const tok = peek();
      const op = words ? tok.t === "name" && ops.includes(tok.name) ? tok.name : null : tok.t === "op" && ops.includes(tok.op) ? tok.op : null;
      if (op === null) return left;
      pos++;
      enter(tok);
      const right = next();
      depth--;
      left = { kind: "binary", op, left, right, at: tok.at };
    }
  };
  const primary = () => {
    const tok = peek();
    enter(tok);
    try {
      if (tok.t === "num") {
        pos++;
        return { kind: "num", value: tok.value, at: tok.at };
      }
      if (tok.t === "date") {
        pos++;
        return { kind: "date", month: tok.month, day: tok.day, at: tok.at };
      }
      if (isOp(tok, "(")) {
        pos++;
        const inner = or();
        if (!isOp(peek(), ")")) fail2(peek(), `expected \`)\` but found ${describe(peek())}`);
        pos++;
        return inner;
      }
      if (isOp(tok, "-")) {
        pos++;
        return { kind: "neg", arg: primary(), at: tok.at };
      }
      if (tok.t === "name") {
        if (tok.name === "true" || tok.name === "false") {
          pos++;
          return { kind: "bool", value: tok.name === "true", at: tok.at };
        }
        if (["and", "or", "not"].includes(tok.name))
          fail2(tok, `expected a value but found \`${tok.name}\``);
        pos++;
        if (!isOp(peek(), "(")) return { kind: "name", name: tok.name, at: tok.at };
        pos++;
        const args = [];
        if (!isOp(peek(), ")")) {
          for (; ; ) {
            args.push(or());
            if (isOp(peek(), ",")) {
              pos++;
              continue;
            }
            if (isOp(peek(), ")")) break;
            fail2(peek(), `expected \`,\` or \`)\` but found ${describe(peek())}`);
          }
        }
        pos++;
        return { kind: "call", name: tok.name, args, at: tok.at };
      }
      return fail2(
        tok,
        `expected a value but found ${describe(tok)}`,
        tok.t === "op" && tok.op === "=" ? "compare with `==`" : void 0
      );
    } finally {
      depth--;
    }
  };
  const product = binaryLevel(["*", "/"], primary);
  const sum = binaryLevel(["+", "-"], product);
  const comparison = () => {
    const left = sum();
    const tok = peek();
    if (tok.t === "op" && ["==", "!=", "<", "<=", ">", ">="].includes(tok.op)) {
      pos++;
      const right = sum();
      const after = peek();
      if (after.t === "op" && ["==", "!=", "<", "<=", ">", ">="].includes(after.op))
        fail2(after, "comparisons cannot be chained", "join them with `and`");
      return { kind: "binary", op: tok.op, left, right, at: tok.at };
    }
    return left;
  };
  const negation = () => {
    const tok = peek();
    if (isWord(tok, "not")) {
      pos++;
      enter(tok);
      const arg2 = negation();
      depth--;
      return { kind: "not", arg: arg2, at: tok.at };
    }
    return comparison();
  };
  const and = binaryLevel(["and"], negation, true);
  const or = binaryLevel(["or"], and, true);
  try {
    const node = or();
    if (peek().t !== "end") fail2(peek(), `unexpected ${describe(peek())}`);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/expr/verdict.ts
function verdictOf(node, left, right) {
  if (left.constant !== null && right.constant !== null) return {};
  const holds = compareIntervals(node.op, left.range, right.range);
  if (holds === null) return {};
  const side = (n, c) => c.constant !== null ? [] : [`${n.kind === "name" ? n.name : `\`${show(n)}\``} stays within ${showInterval(c.range)}`];
  const why = [...side(node.left, left), ...side(node.right, right)].join(" and ");
  const verdict = { at: node.at, text: show(node), why, holds };
  return holds ? { always: verdict } : { never: verdict };
}
var PRECEDENCE = {
  or: 1,
  and: 2,
  "==": 3,
  "!=": 3,
  "<": 3,
  "<=": 3,
  ">": 3,
  ">=": 3,
  "+": 4,
  "-": 4,
  "*": 5,
  "/": 5
};
function show(node) {
  switch (node.kind) {
    case "num":
      return showNumber(node.value);
    case "bool":
      return String(node.value);
    case "date":
      return `${Math.floor(node.month / 12)}-${String(node.month % 12 + 1).padStart(2, "0")}`;
    case "name":
      return node.name;
    case "call":
      return `${node.name}(${node.args.map(show).join(", ")})`;
    case "neg":
      return `-${node.arg.kind === "binary" ? `(${show(node.arg)})` : show(node.arg)}`;
    case "not":
      return `not ${node.arg.kind === "binary" ? `(${show(node.arg)})` : show(node.arg)}`;
    case "binary": {
      const p = PRECEDENCE[node.op];
      const wrap = (n, right) => n.kind === "binary" && (PRECEDENCE[n.op] < p || right && PRECEDENCE[n.op] === p) ? `(${show(n)})` : show(n);
      return `${wrap(node.left, false)} ${node.op} ${wrap(node.right, true)}`;
    }
  }
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/expr/compile.ts
var BUILTIN_VARIABLES = {
  year: { type: "num", doc: "The current year." },
  month: { type: "num", doc: "The current month of the year, 1 to 12." },
  turn: { type: "num", doc: "Turns played: 0 on the first turn." },
  date: {
    type: "date",
    doc: "The current month (or, by the day or the week, the first day of the current turn), to compare with a date: `date >= 1948-06`."
  }
};
var MAX_TURNS = 1200;
function targetCondition(test) {
  return { type: "bool", fn: (ctx) => test(ctx.state.regions[ctx.target ?? ""]), onTarget: test };
}
function sumModifiers(ctx, mods) {
  let total = 0;
  for (const m of mods)
    if (!m.when || m.when.run(ctx)) total += m.value.constant ?? m.value.run(ctx);
  return saturate(total);
}
var REF_KINDS = {
  event: "events",
  faction: "factions",
  region: "regions",
  character: "characters",
  clock: "clocks",
  tag: "tags"
};
function compileNode(node, names, errors) {
  switch (node.kind) {
    case "num": {
      if (!inRange(node.value)) {
        errors.push({
          at: node.at,
          code: "E_NUMBER_RANGE",
          message: "this number is too large",
          hint: `numbers lie within ${MAGNITUDE_TEXT}`
        });
        return null;
      }
      const value = node.value;
      return { type: "num", fn: () => value, constant: value, range: point(value) };
    }
    case "bool":
      return { type: "bool", fn: () => node.value };
    case "date": {
      const tick2 = tickOf(names.calendar ?? MONTHLY, node.month, node.day);
      return { type: "date", fn: () => tick2, constant: tick2 };
    }
    case "name":
      return compileName(node.name, node.at, names, errors);
    case "neg": {
      const arg2 = expect(compileNode(node.arg, names, errors), "num", node.arg.at, errors);
      if (!arg2) return null;
      const f = arg2.fn;
      return {
        type: "num",
        fn: (ctx) => -f(ctx),
        constant: arg2.constant === null ? null : -arg2.constant,
        range: negate(arg2.range)
      };
    }
    case "not": {
      const arg2 = expect(compileNode(node.arg, names, errors), "bool", node.arg.at, errors);
      if (!arg2) return null;
      const flag = arg2.flag;
      if (flag !== void 0) return { type: "bool", fn: (ctx) => ctx.state.flags[flag] !== true };
      const f = arg2.fn;
      return {
        type: "bool",
        fn: (ctx) => !f(ctx),
        ...arg2.always ? { never: arg2.always } : {},
        ...arg2.never ? { always: arg2.never } : {}
      };
    }
    case "call":
      return compileCall(node, names, errors);
    case "binary":
      return compileBinary(node, names, errors);
  }
}
function compileName(name, at, names, errors) {
  if (Object.hasOwn(BUILTIN_VARIABLES, name)) {
    const b = name;
    const byDay = countsDays(names.calendar ?? MONTHLY);
    const fn = b === "year" ? byDay ? (ctx) => partsOf(ctx.scenario.calendar, currentTick(ctx)).year : (ctx) => Math.floor(currentTick(ctx) / 12) : b === "month" ? byDay ? (ctx) => partsOf(ctx.scenario.calendar, currentTick(ctx)).month : (ctx) => currentTick(ctx) % 12 + 1 : b === "turn" ? (ctx) => ctx.state.turn : currentTick;
    const type = BUILTIN_VARIABLES[b].type;
    if (type === "date") return { type, fn, constant: null };
    return {
      type,
      fn,
      constant: null,
      range: b === "month" ? span(1, 12) : b === "turn" ? span(0, MAX_TURNS) : FULL
    };
  }
  if (names.tracks.has(name))
    return {
      type: "num",
      fn: (ctx) => ctx.state.tracks[name],
      constant: null,
      range: names.bounds?.get(name) ?? FULL,
      track: name
    };
  if (names.flags.has(name))
    return { type: "bool", fn: (ctx) => ctx.state.flags[name] === true, flag: name };
  if (names.derived.has(name))
    return {
      type: "num",
      fn: (ctx) => {
        const def = ctx.scenario.index.derived.get(name);
        return def ? sumModifiers(ctx, def.terms) : 0;
      },
      constant: null,
      range: FULL
    };
  const known2 = [
    ...Object.keys(BUILTIN_VARIABLES),
    ...names.tracks,
    ...names.flags,
    ...names.derived
  ];
  let hint = didYouMean(name, known2);
  if (FUNCTION_INDEX.has(name)) hint = `\`${name}\` is a function: write \`${name}(\u2026)\``;
  else if (name === TARGET && names.target)
    hint = "use `target` as an argument, as in `unrest(target)`";
  else if (names.regions.has(name))
    hint = `\`${name}\` is a region: use it as in \`unrest(${name})\``;
  else if (names.characters.has(name))
    hint = `\`${name}\` is a character: use it as in \`alive(${name})\``;
  else if (names.events.has(name))
    hint = `\`${name}\` is an event: use it as in \`fired(${name})\``;
  else if (!hint && ["&&", "||", "!"].includes(name)) hint = "write `and`, `or`, `not`";
  errors.push({
    at,
    code: "E_UNKNOWN_NAME",
    message: `unknown variable \`${name}\``,
    ...hint ? { hint } : {}
  });
  return null;
}
function compileCall(node, names, errors) {
  const spec = FUNCTION_INDEX.get(node.name);
  if (!spec) {
    const hint = didYouMean(
      node.name,
      FUNCTIONS.map((f) => f.name)
    );
    errors.push({
      at: node.at,
      code: "E_UNKNOWN_FUNCTION",
      message: `unknown function \`${node.name}\``,
      ...hint ? { hint } : {}
    });
    return null;
  }
  if (spec.name === "months_since" && countsDays(names.calendar ?? MONTHLY)) {
    errors.push({
      at: node.at,
      code: "E_CALENDAR",
      message: "`months_since` counts months, but this scenario is played by the day or the week",
      hint: "write `turns_since`, which counts turns"
    });
    return null;
  }
  if (node.args.length !== spec.params.length) {
    errors.push({
      at: node.at,
      code: "E_ARITY",
      message: `\`${spec.name}\` takes ${spec.params.length} argument${spec.params.length === 1 ? "" : "s"}, not ${node.args.length}`,
      hint: `as in \`${spec.example}\``
    });
    return null;
  }
  const args = [];
  let ok = true;
  spec.params.forEach((param, i) => {
    const argNode = node.args[i];
    const arg2 = compileArg(param.kind, argNode, node.args, names, errors, spec.name);
    if (arg2) args.push(arg2);
    else ok = false;
  });
  if (!ok) return null;
  const fn = spec.make(args);
  const range = spec.range?.(args.map((a) => a.kind === "num" ? a.range : FULL)) ?? FULL;
  const onTarget = (i) => {
    const a = args[i];
    return a?.kind === "ref" && a.id === TARGET;
  };
  if (spec.name === "unrest" && onTarget(0))
    return { type: "num", fn, constant: null, range, targetUnrest: true };
  if (spec.name === "controls" && onTarget(1)) {
    const faction = args[0]?.kind === "ref" ? args[0].id : "";
    return targetCondition((r) => r?.control === faction);
  }
  return spec.returns === "num" ? { type: "num", fn, constant: null, range } : { type: "bool", fn };
}
function compileArg(kind, node, siblings, names, errors, fnName) {
  if (kind === "num" || kind === "bool") {
    const c = expect(compileNode(node, names, errors), kind, node.at, errors);
    if (!c) return null;
    return c.type === "num" ? { kind: "num", fn: c.fn, range: c.range } : { kind: "bool", fn: c.fn };
  }
  if (kind === "date") {
    if (node.kind === "date")
      return { kind: "date", tick: tickOf(names.calendar ?? MONTHLY, node.month, node.day) };
    errors.push({
      at: node.at,
      code: "E_TYPE",
      message: `\`${fnName}\` expects a date such as 1946-03`
    });
    return null;
  }
  if (node.kind !== "name") {
    errors.push({
      at: node.at,
      code: "E_TYPE",
      message: `\`${fnName}\` expects the id of a ${kind} here`
    });
    return null;
  }
  const id = node.name;
  if (kind === "option") {
    const eventNode = siblings[0];
    const options = eventNode?.kind === "name" ? names.events.get(eventNode.name) : void 0;
    if (!options) return null;
    if (options.includes(id)) return { kind: "ref", id };
    const hint2 = didYouMean(id, options);
    errors.push({
      at: node.at,
      code: "E_UNKNOWN_OPTION",
      message: `event \`${eventNode.name}\` has no option \`${id}\``,
      hint: hint2 ?? (options.length ? `its options are ${options.map((o) => `\`${o}\``).join(", ")}` : "it has no choices")
    });
    return null;
  }
  if (kind === "region" && id === TARGET && names.target) return { kind: "ref", id };
  const table = names[REF_KINDS[kind]];
  if (table.has(id) || kind === "faction" && id === "none") return { kind: "ref", id };
  const hint = didYouMean(id, table.keys());
  errors.push({
    at: node.at,
    code: "E_UNKNOWN_REF",
    message: `unknown ${kind} \`${id}\``,
    ...hint ? { hint } : {}
  });
  return null;
}
function compileBinary(node, names, errors) {
  const op = node.op;
  if (op === "==" || op === "!=") {
    const regions = compareRegions(node, names, errors);
    if (regions !== void 0) return regions;
  }
  const left = compileNode(node.left, names, errors);
  const right = compileNode(node.right, names, errors);
  if (!left || !right) return null;
  if (op === "and" || op === "or") {
    const l = expect(left, "bool", node.left.at, errors);
    const r = expect(right, "bool", node.right.at, errors);
    if (!l || !r) return null;
    const verdicts = op === "and" ? { never: l.never ?? r.never, always: l.always && r.always && l.always } : { always: l.always ?? r.always, never: l.never && r.never && l.never };
    const decided2 = {
      ...verdicts.never ? { never: verdicts.never } : {},
      ...verdicts.always ? { always: verdicts.always } : {}
    };
    const [lt, rt] = [l.onTarget, r.onTarget];
    if (lt && rt)
      return {
        ...targetCondition(op === "and" ? (x) => lt(x) && rt(x) : (x) => lt(x) || rt(x)),
        ...decided2
      };
    const operands = [...l[op] ?? [l.fn], ...r[op] ?? [r.fn]];
    return op === "and" ? { type: "bool", fn: allOf(operands), and: operands, ...decided2 } : { type: "bool", fn: anyOf(operands), or: operands, ...decided2 };
  }
  if (op === "+" || op === "-" || op === "*" || op === "/") {
    const l = expect(left, "num", node.left.at, errors);
    const r = expect(right, "num", node.right.at, errors);
    if (!l || !r) return null;
    const [a2, b2] = [l.fn, r.fn];
    const fn2 = op === "+" ? (ctx) => saturate(a2(ctx) + b2(ctx)) : op === "-" ? (ctx) => saturate(a2(ctx) - b2(ctx)) : op === "*" ? (ctx) => saturate(a2(ctx) * b2(ctx)) : (ctx) => {
      const d = b2(ctx);
      return d === 0 ? 0 : saturate(a2(ctx) / d);
    };
    if (l.constant !== null && r.constant !== null) {
      const [x, y] = [l.constant, r.constant];
      const raw = op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : y === 0 ? 0 : x / y;
      if (!inRange(raw)) {
        errors.push({
          at: node.at,
          code: "E_NUMBER_RANGE",
          message: `\`${show(node)}\` is ${Number.isFinite(raw) ? raw.toPrecision(3) : "too large"}, beyond the range of numbers`,
          hint: `numbers lie within ${MAGNITUDE_TEXT}`
        });
        return null;
      }
      return { type: "num", fn: () => raw, constant: raw, range: point(raw) };
    }
    return { type: "num", fn: fn2, constant: null, range: combine(op, l.range, r.range) };
  }
  if (left.type !== right.type) {
    errors.push({
      at: node.at,
      code: "E_TYPE",
      message: `cannot compare a ${describeType(left.type)} with a ${describeType(right.type)}`,
      ...left.type === "date" || right.type === "date" ? { hint: "compare `date` with a date such as 1946-03" } : {}
    });
    return null;
  }
  if (left.type === "bool" && op !== "==" && op !== "!=") {
    errors.push({
      at: node.at,
      code: "E_TYPE",
      message: `\`${op}\` compares numbers, not true/false values`
    });
    return null;
  }
  const decided = left.type === "num" && right.type === "num" ? verdictOf(node, left, right) : {};
  if (left.type === "num" && left.targetUnrest && right.type === "num" && right.constant !== null) {
    const test = unrestTest(op, right.constant);
    if (test) return { ...targetCondition(test), ...decided };
  }
  if (left.type !== "bool" && right.type !== "bool" && right.constant !== null) {
    const fn2 = compareWith(left, op, right.constant);
    if (fn2) return { type: "bool", fn: fn2, ...decided };
  }
  const a = left.fn;
  const b = right.fn;
  const fn = op === "==" ? (ctx) => a(ctx) === b(ctx) : op === "!=" ? (ctx) => a(ctx) !== b(ctx) : op === "<" ? (ctx) => a(ctx) < b(ctx) : op === "<=" ? (ctx) => a(ctx) <= b(ctx) : op === ">" ? (ctx) => a(ctx) > b(ctx) : (ctx) => a(ctx) >= b(ctx);
  return { type: "bool", fn, ...decided };
}
function regionSide(node, names) {
  if (node.kind !== "name") return null;
  if (node.name === TARGET && names.target) return TARGET;
  const variable = names.tracks.has(node.name) || names.flags.has(node.name) || names.derived.has(node.name);
  return names.regions.has(node.name) && !variable ? node.name : null;
}
function compareRegions(node, names, errors) {
  const a = regionSide(node.left, names);
  const b = regionSide(node.right, names);
  if (a === null && b === null) return void 0;
  const other = a === null ? node.left : b === null ? node.right : null;
  if (other) {
    const hint = other.kind === "name" ? didYouMean(other.name, [...names.regions, TARGET]) : void 0;
    errors.push({
      at: other.at,
      code: "E_TYPE",
      message: "a region is compared only with `target` or another region",
      ...hint ? { hint } : { hint: "as in `target == chihuahua`" }
    });
    return null;
  }
  const same = node.op === "==";
  const region = (side) => side === TARGET ? (ctx) => ctx.target ?? "" : () => side;
  const [l, r] = [region(a), region(b)];
  return { type: "bool", fn: (ctx) => l(ctx) === r(ctx) === same };
}
function unrestTest(op, k) {
  switch (op) {
    case "<":
      return (r) => (r?.unrest ?? 0) < k;
    case "<=":
      return (r) => (r?.unrest ?? 0) <= k;
    case ">":
      return (r) => (r?.unrest ?? 0) > k;
    case ">=":
      return (r) => (r?.unrest ?? 0) >= k;
  }
  return null;
}
function allOf(fs) {
  const [a, b, c] = fs;
  if (fs.length === 2) return (ctx) => a(ctx) && b(ctx);
  if (fs.length === 3) return (ctx) => a(ctx) && b(ctx) && c(ctx);
  return (ctx) => {
    for (const f of fs) if (!f(ctx)) return false;
    return true;
  };
}
function anyOf(fs) {
  const [a, b, c] = fs;
  if (fs.length === 2) return (ctx) => a(ctx) || b(ctx);
  if (fs.length === 3) return (ctx) => a(ctx) || b(ctx) || c(ctx);
  return (ctx) => {
    for (const f of fs) if (f(ctx)) return true;
    return false;
  };
}
function compareWith(left, op, k) {
  const track = left.type === "num" ? left.track : void 0;
  if (track !== void 0) {
    switch (op) {
      case "<":
        return (ctx) => ctx.state.tracks[track] < k;
      case "<=":
        return (ctx) => ctx.state.tracks[track] <= k;
      case ">":
        return (ctx) => ctx.state.tracks[track] > k;
      case ">=":
        return (ctx) => ctx.state.tracks[track] >= k;
    }
    return null;
  }
  const a = left.fn;
  switch (op) {
    case "<":
      return (ctx) => a(ctx) < k;
    case "<=":
      return (ctx) => a(ctx) <= k;
    case ">":
      return (ctx) => a(ctx) > k;
    case ">=":
      return (ctx) => a(ctx) >= k;
  }
  return null;
}
function describeType(t) {
  return t === "num" ? "number" : t === "bool" ? "true/false value" : "date";
}
function expect(c, type, at, errors) {
  if (!c) return null;
  if (c.type === type) return c;
  errors.push({
    at,
    code: "E_TYPE",
    message: `expected a ${describeType(type)} but this is a ${describeType(c.type)}`,
    ...c.type === "num" && type === "bool" ? { hint: "compare it, as in `support > 50`" } : {}
  });
  return null;
}
function compileNum(src, names) {
  if (typeof src === "number") {
    if (!inRange(src))
      return {
        ok: false,
        errors: [
          {
            at: 0,
            code: "E_NUMBER_RANGE",
            message: Number.isFinite(src) ? `${src} is beyond the range of numbers` : "expected a finite number",
            hint: `numbers lie within ${MAGNITUDE_TEXT}`
          }
        ]
      };
    return {
      ok: true,
      value: { source: String(src), constant: src, run: () => src },
      range: point(src)
    };
  }
  const r = compileSource(src, "num", names);
  if (!r.ok) return r;
  const c = r.value;
  return { ok: true, value: { source: src, constant: c.constant, run: c.fn }, range: c.range };
}
function compileBool(src, names) {
  if (typeof src === "boolean")
    return { ok: true, value: { source: String(src), run: () => src }, never: null };
  const r = compileSource(src, "bool", names);
  if (!r.ok) return r;
  const c = r.value;
  const v = c.never;
  const whole = r.node.kind === "binary" && r.node.at === v?.at;
  const hint = "change the comparison, or the bounds (`min`, `max`) of what it reads";
  const never = !v ? null : whole ? { at: v.at, code: "W_NEVER_HOLDS", message: `\`${v.text}\` can never hold: ${v.why}`, hint } : {
    at: v.at,
    code: "W_NEVER_HOLDS",
    message: `this condition can never hold: \`${v.text}\` is always ${v.holds}, as ${v.why}`,
    hint
  };
  return { ok: true, value: { source: src, run: c.fn }, never };
}
function compileSource(src, type, names) {
  const parsed = parseExpression(src);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const errors = [];
  const c = expect(compileNode(parsed.node, names, errors), type, 0, errors);
  if (!c || errors.length) return { ok: false, errors };
  return { ok: true, value: c, node: parsed.node };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/texts.ts
var DEFAULT_LANGUAGE = "en";
function neededKeys(files, src) {
  const main = files.find((f) => f.name === "scenario.yaml");
  const out = [];
  const need = (key, required, file, path) => out.push({ key, required, file, path });
  need("scenario.title", true, main, ["id"]);
  need("scenario.summary", true, main, ["id"]);
  src.acts.forEach((a, i) => need(`act.${a.id}.title`, true, main, ["acts", i]));
  src.s.factions.forEach((f, i) => {
    need(`faction.${f.id}.name`, true, main, ["factions", i]);
    need(`faction.${f.id}.description`, false, main, ["factions", i]);
    need(`faction.${f.id}.aims`, false, main, ["factions", i]);
  });
  src.tracks.forEach((t, i) => {
    need(`track.${t.id}.name`, true, main, ["tracks", i]);
    need(`track.${t.id}.description`, false, main, ["tracks", i]);
    t.drift.forEach(
      (m, j) => need(`track.${t.id}.drift.${m.id}`, true, main, ["tracks", i, "drift", j])
    );
    t.stages.forEach(
      (st, j) => need(`track.${t.id}.stage.${st.id}`, true, main, ["tracks", i, "stages", j])
    );
  });
  (src.s.flags ?? []).forEach((f, i) => need(`flag.${f.id}.name`, false, main, ["flags", i]));
  src.derived.forEach((d, i) => {
    need(`derived.${d.id}.name`, true, main, ["derived", i]);
    d.terms.forEach(
      (t, j) => need(`derived.${d.id}.term.${t.id}`, true, main, ["derived", i, "terms", j])
    );
  });
  src.regions.forEach((r, i) => {
    need(`region.${r.id}.name`, true, main, ["regions", i]);
    need(`region.${r.id}.description`, false, main, ["regions", i]);
  });
  src.chars.forEach((c, i) => {
    need(`character.${c.id}.name`, true, main, ["characters", i]);
    need(`character.${c.id}.description`, false, main, ["characters", i]);
  });
  for (const { item, file, path } of src.orders) {
    need(`order.${item.id}.name`, true, file, path);
    need(`order.${item.id}.description`, false, file, path);
    need(`order.${item.id}.chronicle`, false, file, path);
  }
  for (const { item, file, path } of src.events) {
    need(`event.${item.id}.title`, true, file, path);
    need(`event.${item.id}.body`, true, file, path);
    need(`event.${item.id}.chronicle`, false, file, path);
    (item.choices ?? []).forEach((c, j) => {
      need(`event.${item.id}.choice.${c.id}.label`, true, file, [...path, "choices", j]);
      need(`event.${item.id}.choice.${c.id}.chronicle`, false, file, [...path, "choices", j]);
    });
  }
  for (const { item, file, path } of src.endings) {
    need(`ending.${item.id}.title`, true, file, path);
    need(`ending.${item.id}.body`, true, file, path);
    need(`ending.${item.id}.how`, false, file, path);
    need(`ending.${item.id}.warning`, item.warning !== void 0, file, path);
  }
  return out;
}
function flatten(value, prefix, out, paths, path = []) {
  if (typeof value === "string") {
    out[prefix] = value;
    paths?.set(prefix, path);
    return;
  }
  if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value))
      flatten(v, prefix ? `${prefix}.${k}` : k, out, paths, paths ? [...path, k] : path);
}
function checkTexts(files, src, reporter) {
  const needed = neededKeys(files, src);
  const known2 = new Set(needed.map((n) => n.key));
  const texts = {};
  let ok = true;
  for (const file of files) {
    const m = /^texts\/(.+)\.yaml$/.exec(file.name);
    if (!m) continue;
    const lang = m[1];
    const flat = /* @__PURE__ */ Object.create(null);
    flatten(file.value, "", flat);
    texts[lang] = flat;
    for (const n of needed) {
      if (!n.required || Object.hasOwn(flat, n.key)) continue;
      const english = lang === DEFAULT_LANGUAGE;
      if (english) ok = false;
      reporter.report(
        n.file ?? file,
        n.path,
        english ? "error" : "warning",
        english ? "E_MISSING_TEXT" : "W_MISSING_TRANSLATION",
        `missing text \`${n.key}\` in ${file.name}`,
        english ? void 0 : "the English text is shown instead"
      );
    }
    let paths = null;
    for (const key of Object.keys(flat))
      if (!known2.has(key)) {
        if (!paths) {
          paths = /* @__PURE__ */ new Map();
          flatten(file.value, "", /* @__PURE__ */ Object.create(null), paths);
        }
        reporter.report(
          file,
          paths.get(key) ?? [],
          "warning",
          "W_UNUSED_TEXT",
          `text \`${key}\` is not used by the scenario`
        );
      }
  }
  return ok && texts[DEFAULT_LANGUAGE] ? texts : null;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/scenario-index.ts
function withIndex(s) {
  const map = (list) => new Map(list.map((x) => [x.id, x]));
  const routineOf = (faction) => s.routines.some((r) => r.faction === faction);
  return {
    ...s,
    index: {
      faction: map(s.factions),
      track: map(s.tracks),
      flag: map(s.flags),
      derived: map(s.derived),
      region: map(s.regions),
      character: map(s.characters),
      order: map(s.orders),
      event: map(s.events),
      ending: map(s.endings),
      playable: s.factions.filter((f) => f.playable).map((f) => f.id),
      routine: new Map(s.routines.map((r) => [r.faction, r])),
      automated: s.factions.filter((f) => !f.playable && routineOf(f.id)).map((f) => f.id),
      acting: s.factions.filter((f) => f.playable || routineOf(f.id)).map((f) => f.id),
      eventsByMonth: eventsByMonth(s, s.events),
      openEvents: s.events.filter((e) => e.date === null && !e.followUpOnly)
    }
  };
}
function eventsByMonth(time, events) {
  const out = /* @__PURE__ */ new Map();
  for (const e of events) {
    if (e.date === null || e.followUpOnly) continue;
    const key = turnStartOf(time, e.date);
    const list = out.get(key) ?? [];
    list.push(e);
    out.set(key, list);
  }
  for (const list of out.values())
    list.sort((a, b) => a.date - b.date || (a.day ?? 0) - (b.day ?? 0));
  return out;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/triggers.ts
function collectTriggers(effects, into) {
  for (const e of effects) {
    if (e.op === "trigger") into.add(e.event);
    if (e.op === "chance" || e.op === "if") collectTriggers(e.then.concat(e.else), into);
  }
}
function checkTriggerCycles(events, triggers, err) {
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (id) => {
    state.set(id, "open");
    stack.push(id);
    for (const t of triggers.get(id) ?? []) {
      const s = state.get(t.to);
      if (s === "open") {
        const cycle = [...stack.slice(stack.indexOf(t.to)), t.to];
        err(
          t.file,
          t.path,
          "E_TRIGGER_CYCLE",
          `follow-up events form a cycle: ${cycle.join(" \u2192 ")}`,
          "a follow-up may not lead back to itself"
        );
      } else if (s === void 0) visit(t.to);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const e of events) if (!state.has(e.id)) visit(e.id);
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/follow-ups.ts
function* allEffects(effects) {
  for (const e of effects) {
    yield e;
    for (const v of Object.values(e))
      if (Array.isArray(v) && v.some((x) => typeof x === "object" && x !== null && "op" in x))
        yield* allEffects(v);
  }
}
function namesChangedBy(effects) {
  const out = /* @__PURE__ */ new Set();
  for (const e of allEffects(effects)) {
    if (e.op === "kill") out.add(e.character);
    for (const v of Object.values(e))
      if (Array.isArray(v)) {
        for (const x of v) if (Array.isArray(x) && typeof x[0] === "string") out.add(x[0]);
      }
  }
  return out;
}
function endingsLedTo(events, orders) {
  const lists = [
    ...events.flatMap((e) => [e.effects, ...e.choices.map((c) => c.effects)]),
    ...orders.flatMap((o) => [o.effects, o.failure])
  ];
  const out = /* @__PURE__ */ new Set();
  for (const list of lists) for (const e of allEffects(list)) if (e.op === "end") out.add(e.ending);
  return out;
}
function warnFollowUpsFiringAlone(events, defs, triggers, warn) {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const sources = /* @__PURE__ */ new Map();
  for (const [from, list] of triggers) {
    const def = byId.get(from);
    if (!def) continue;
    for (const t of list) {
      const c = t.path.indexOf("choices");
      const effects = c >= 0 ? def.choices[Number(t.path[c + 1])]?.effects : def.effects;
      const entry = { from, changed: namesChangedBy(effects ?? []) };
      sources.set(t.to, [...sources.get(t.to) ?? [], entry]);
    }
  }
  events.forEach(({ item, file, path }, i) => {
    const def = defs[i];
    const from = sources.get(item.id);
    if (!from || def.followUpOnly || def.date !== null || !def.when) return;
    const reads = new Set(def.when.source.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
    if (from.some((s) => reads.has(s.from) || [...s.changed].some((n) => reads.has(n)))) return;
    const first = from[0].from;
    warn(
      file,
      [...path, "id"],
      "W_FOLLOW_UP_FIRES_ALONE",
      `event \`${item.id}\` is triggered by \`${first}\` but also fires on its own whenever its \`when\` holds`,
      `add \`followUp: true\` if it should only follow \`${first}\``
    );
  });
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/ai-weights.ts
var UNREST_WEIGHTS = ["unrest_own", "unrest_rivals"];
function checkAi(file, known2, err) {
  if (!file) return [];
  const ai = file.value;
  const check = (faction, section, keys, ok, what, candidates2) => {
    for (const k of keys)
      if (!ok(k))
        err(
          file,
          ["factions", faction, section, k],
          "E_UNKNOWN_REF",
          `unknown ${what} \`${k}\``,
          didYouMean(k, candidates2)
        );
  };
  const weightNames = [...known2.tracks, ...UNREST_WEIGHTS];
  const choiceNames = [...known2.events].flatMap(([e, options]) => options.map((o) => `${e}.${o}`));
  return Object.entries(ai.factions).map(([faction, def]) => {
    if (!known2.factions.has(faction))
      err(
        file,
        ["factions", faction],
        "E_UNKNOWN_REF",
        `unknown faction \`${faction}\``,
        didYouMean(faction, known2.factions)
      );
    check(
      faction,
      "weights",
      Object.keys(def.weights),
      (k) => weightNames.includes(k),
      "track",
      weightNames
    );
    check(
      faction,
      "flags",
      Object.keys(def.flags ?? {}),
      (k) => known2.flags.has(k),
      "flag",
      known2.flags
    );
    check(
      faction,
      "orders",
      Object.keys(def.orders ?? {}),
      (k) => known2.orders.has(k),
      "order",
      known2.orders
    );
    check(
      faction,
      "choices",
      Object.keys(def.choices ?? {}),
      (k) => choiceNames.includes(k),
      "option (`event.option`)",
      choiceNames
    );
    return {
      faction,
      weights: { ...def.weights },
      flags: { ...def.flags ?? {} },
      orders: { ...def.orders ?? {} },
      choices: { ...def.choices ?? {} }
    };
  });
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/check-routines.ts
function checkRoutines(file, env) {
  if (!file) return [];
  const { names, err } = env;
  const seen = /* @__PURE__ */ new Set();
  return file.value.routines.map((r, i) => {
    const path = ["routines", i];
    if (!names.factions.has(r.faction))
      err(
        file,
        [...path, "faction"],
        "E_UNKNOWN_REF",
        `unknown faction \`${r.faction}\``,
        didYouMean(r.faction, names.factions)
      );
    if (seen.has(r.faction))
      err(
        file,
        [...path, "faction"],
        "E_DUPLICATE_ID",
        `faction \`${r.faction}\` has two routines`,
        "write all its rules in one list: they are tried in order"
      );
    seen.add(r.faction);
    const rules = r.rules.flatMap((rule, j) => {
      const at = [...path, "rules", j];
      const def = env.orders.get(rule.order);
      if (!def) {
        err(
          file,
          [...at, "order"],
          "E_UNKNOWN_REF",
          `unknown order \`${rule.order}\``,
          didYouMean(rule.order, env.orders.keys())
        );
        return [];
      }
      if (def.faction !== r.faction) {
        err(
          file,
          [...at, "order"],
          "E_NOT_YOUR_ORDER",
          `order \`${rule.order}\` belongs to \`${def.faction}\`, not \`${r.faction}\``,
          "a routine gives only its own faction\u2019s orders"
        );
        return [];
      }
      const aimed = def.targeted ? { ...names, target: true } : names;
      for (const key of ["where", "most", "least"])
        if (rule[key] !== void 0 && !def.targeted)
          err(
            file,
            [...at, key],
            "E_BAD_VALUE",
            `\`${key}\` picks a region, and order \`${def.id}\` is not aimed at one`
          );
      if (rule.most !== void 0 && rule.least !== void 0)
        err(
          file,
          [...at, "least"],
          "E_BAD_VALUE",
          "a rule ranks by `most` or by `least`, not both"
        );
      const when = rule.when === void 0 ? null : env.bool(file, [...at, "when"], rule.when, names);
      const where = rule.where === void 0 ? null : env.bool(file, [...at, "where"], rule.where, aimed);
      const byMost = rule.most !== void 0;
      const rankSrc = byMost ? rule.most : rule.least;
      const by = rankSrc === void 0 ? null : env.num(file, [...at, byMost ? "most" : "least"], rankSrc, aimed);
      return [{ order: def.id, when, where, rank: by ? { by, sign: byMost ? 1 : -1 } : null }];
    });
    return { faction: r.faction, rules };
  });
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/unread.ts
function readsOf(src, out) {
  if (typeof src !== "string") return;
  const parsed = parseExpression(src);
  if (parsed.ok) walk(parsed.node, out);
}
function walk(node, out) {
  switch (node.kind) {
    case "name":
      out.add(`var:${node.name}`);
      return;
    case "neg":
    case "not":
      return walk(node.arg, out);
    case "binary":
      walk(node.left, out);
      return walk(node.right, out);
    case "call": {
      const spec = FUNCTION_INDEX.get(node.name);
      node.args.forEach((arg2, i) => {
        const kind = spec?.params[i]?.kind;
        if (arg2.kind !== "name" || kind === void 0 || kind === "num" || kind === "bool")
          return walk(arg2, out);
        const id = arg2.name;
        if (kind === "character") out.add(`character:${id}`);
        else if (kind === "tag") {
          out.add(`tag:${id}`);
          if (node.name === "tagged_unrest") out.add(`unrest-tag:${id}`);
        } else if (kind === "clock") out.add(`var:${id}`);
        else if (kind === "region" && node.name === "unrest")
          out.add(id === TARGET ? "unrest:*" : `unrest:${id}`);
      });
      return;
    }
    default:
      return;
  }
}
var isMap3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function effectReads(list, out) {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    if (!isMap3(item)) continue;
    for (const [op, arg2] of Object.entries(item)) {
      if (op === "chance" || op === "if") {
        if (!isMap3(arg2)) continue;
        readsOf(op === "chance" ? arg2.p : arg2.when, out);
        effectReads(arg2.then, out);
        effectReads(arg2.else, out);
      } else if (isMap3(arg2)) for (const v of Object.values(arg2)) readsOf(v, out);
    }
  }
}
function checkUnread(src, warn) {
  const { s, main } = src;
  const live = /* @__PURE__ */ new Set();
  for (const { item: o } of src.orders) {
    for (const v of [o.where, o.when, o.chance, o.exposure]) readsOf(v, live);
    effectReads(o.effects, live);
    effectReads(o.failure, live);
    for (const track of Object.keys(o.cost ?? {})) live.add(`var:${track}`);
  }
  for (const { item: e } of src.events) {
    readsOf(e.when, live);
    effectReads(e.effects, live);
    for (const c of e.choices ?? []) {
      readsOf(c.when, live);
      effectReads(c.effects, live);
    }
  }
  for (const { item: e } of src.endings) readsOf(e.when, live);
  for (const r of src.routines)
    for (const rule of r.rules)
      for (const v of [rule.when, rule.where, rule.most, rule.least]) readsOf(v, live);
  const owned = /* @__PURE__ */ new Map();
  for (const t of s.tracks) {
    const reads = /* @__PURE__ */ new Set();
    for (const m of t.drift ?? []) [m.when, m.value].forEach((v) => readsOf(v, reads));
    reads.delete(`var:${t.id}`);
    owned.set(`var:${t.id}`, reads);
  }
  for (const d of s.derived ?? []) {
    const reads = /* @__PURE__ */ new Set();
    for (const m of d.terms) [m.when, m.value].forEach((v) => readsOf(v, reads));
    owned.set(`var:${d.id}`, reads);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [owner, reads] of owned)
      if (live.has(owner)) {
        for (const r of reads)
          if (!live.has(r)) {
            live.add(r);
            grew = true;
          }
        owned.delete(owner);
      }
  }
  const hint = "no condition or amount of an event, order, ending or routine reads it (nor a drift or derived figure that one reads): make a rule read it, or remove it";
  const unread = (path, what) => warn(main, path, "W_UNREAD_FIGURE", `${what} is read by no rule`, hint);
  s.tracks.forEach((t, i) => {
    if (!live.has(`var:${t.id}`)) unread(["tracks", i, "id"], `track \`${t.id}\``);
  });
  (s.flags ?? []).forEach((f, i) => {
    if (!live.has(`var:${f.id}`)) unread(["flags", i, "id"], `flag \`${f.id}\``);
  });
  (s.derived ?? []).forEach((d, i) => {
    if (!live.has(`var:${d.id}`)) unread(["derived", i, "id"], `derived figure \`${d.id}\``);
  });
  (s.characters ?? []).forEach((c, i) => {
    if (!live.has(`character:${c.id}`)) unread(["characters", i, "id"], `character \`${c.id}\``);
  });
  const tagsSeen = /* @__PURE__ */ new Set();
  s.regions.forEach((r, i) => {
    (r.tags ?? []).forEach((tag, j) => {
      if (tagsSeen.has(tag)) return;
      tagsSeen.add(tag);
      if (!live.has(`tag:${tag}`)) unread(["regions", i, "tags", j], `tag \`${tag}\``);
    });
    const unrestRead = live.has("unrest:*") || live.has(`unrest:${r.id}`) || (r.tags ?? []).some((tag) => live.has(`unrest-tag:${tag}`));
    if (!unrestRead) unread(["regions", i, "id"], `the unrest of region \`${r.id}\``);
  });
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/secrecy.ts
var blindness = /* @__PURE__ */ new WeakMap();
function blindFor(scenario, faction) {
  let byFaction = blindness.get(scenario);
  if (!byFaction) blindness.set(scenario, byFaction = /* @__PURE__ */ new Map());
  let blind = byFaction.get(faction);
  if (!blind) {
    const seen = scenario.tracks.filter((t) => !t.private || t.owner === faction);
    const tracks = seen.map((t) => t.id);
    const hiddenFlags = scenario.flags.filter((f) => f.visibleTo !== null && !f.visibleTo.includes(faction)).map((f) => f.id);
    blind = {
      tracks,
      tracksShape: Object.fromEntries(tracks.map((id) => [id, 0])),
      flags: hiddenFlags.length ? scenario.flags.filter((f) => !hiddenFlags.includes(f.id)).map((f) => f.id) : null,
      hiddenTracks: new Set(scenario.tracks.filter((t) => !seen.includes(t)).map((t) => t.id)),
      hiddenFlags: new Set(hiddenFlags),
      hiddenEvents: new Set(
        scenario.events.filter((e) => e.hidden && !e.visibleTo?.includes(faction) && e.decider !== faction).map((e) => e.id)
      ),
      reads: /* @__PURE__ */ new Map()
    };
    byFaction.set(faction, blind);
  }
  return blind;
}
function readsHidden(scenario, faction, expr) {
  const blind = blindFor(scenario, faction);
  const known2 = blind.reads.get(expr.source);
  if (known2 !== void 0) return known2;
  blind.reads.set(expr.source, false);
  const parsed = parseExpression(expr.source);
  const hidden = parsed.ok ? nodeReadsHidden(scenario, faction, blind, parsed.node) : true;
  blind.reads.set(expr.source, hidden);
  return hidden;
}
function nodeReadsHidden(scenario, faction, blind, node) {
  const sub = (n) => nodeReadsHidden(scenario, faction, blind, n);
  switch (node.kind) {
    case "name": {
      if (blind.hiddenTracks.has(node.name) || blind.hiddenFlags.has(node.name)) return true;
      const derived = scenario.index.derived.get(node.name);
      return derived !== void 0 && derived.terms.some(
        (t) => t.when !== null && readsHidden(scenario, faction, t.when) || readsHidden(scenario, faction, t.value)
      );
    }
    case "not":
    case "neg":
      return sub(node.arg);
    case "binary":
      return sub(node.left) || sub(node.right);
    case "call": {
      const params = FUNCTION_INDEX.get(node.name)?.params;
      return node.args.some((a, i) => {
        const kind = params?.[i]?.kind;
        const ref2 = a.kind === "name" ? a.name : null;
        if (kind === "event") return ref2 !== null && blind.hiddenEvents.has(ref2);
        if (kind === "clock") return ref2 !== null && blind.hiddenTracks.has(ref2);
        if (kind === "num" || kind === "bool" || kind === void 0) return sub(a);
        return false;
      });
    }
    default:
      return false;
  }
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/secrets.ts
var HINT = "what a faction decides on must be visible to it: make what it reads public, or visible to this faction";
function checkSecrets(scenario, orders, events, err) {
  const check = (faction, expr, at, field, what) => {
    if (expr && readsHidden(scenario, faction, expr))
      err(
        at.file,
        [...at.path, ...field],
        "E_HIDDEN_CONDITION",
        `${what} \`${expr.source}\` reads something \`${faction}\` cannot see`,
        HINT
      );
  };
  const plays = (f) => scenario.index.faction.get(f)?.playable === true;
  scenario.orders.forEach((o, i) => {
    const at = orders[i];
    if (!plays(o.faction)) return;
    check(o.faction, o.when, at, ["when"], "the condition");
    check(o.faction, o.where, at, ["where"], "the condition");
    o.cost.forEach(([track]) => {
      const def = scenario.index.track.get(track);
      if (def?.private && def.owner !== o.faction)
        err(
          at.file,
          [...at.path, "cost", track],
          "E_HIDDEN_CONDITION",
          `the cost is paid from \`${track}\`, a track \`${o.faction}\` cannot see`,
          HINT
        );
    });
  });
  scenario.events.forEach((e, i) => {
    const at = events[i];
    if (e.decider && plays(e.decider))
      e.choices.forEach(
        (c, j) => check(e.decider, c.when, at, ["choices", j, "when"], "the condition")
      );
  });
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/ranges.ts
var pathKey = (file, path) => `${file.name}\0${path.join("/")}`;
function checkMagnitudes(files, err) {
  const found = /* @__PURE__ */ new Set();
  const walk2 = (file, value, path) => {
    if (typeof value === "number") {
      if (!inRange(value)) {
        found.add(pathKey(file, path));
        err(
          file,
          path,
          "E_NUMBER_RANGE",
          Number.isFinite(value) ? `${value} is beyond the range of numbers` : "expected a finite number",
          `numbers lie within ${MAGNITUDE_TEXT}`
        );
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        path.push(i);
        walk2(file, v, path);
        path.pop();
      });
    } else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        path.push(k);
        walk2(file, v, path);
        path.pop();
      }
    }
  };
  for (const file of files) if (!file.name.startsWith("texts/")) walk2(file, file.value, []);
  return found;
}
var reportedAt = (found, file, path) => found.has(pathKey(file, path));
function checkProbability(file, path, source, constant, range, err) {
  const offset = typeof source === "string" ? 0 : void 0;
  if (constant !== null) {
    if (constant >= 0 && constant <= 1) return;
    const percent = constant > 1 && constant <= 100;
    err(
      file,
      path,
      "E_PROBABILITY_RANGE",
      `a probability of ${showNumber(constant)} is outside 0..1`,
      percent ? `write ${showNumber(constant / 100)} for ${showNumber(constant)}%` : "a probability is a number from 0 (never) to 1 (always)",
      offset
    );
    return;
  }
  if (range[0] > 1 || range[1] < 0)
    err(
      file,
      path,
      "E_PROBABILITY_RANGE",
      `this probability lies within ${showInterval(range)}, outside 0..1`,
      "a probability is a number from 0 (never) to 1 (always)",
      offset
    );
}
function checkStages(file, path, stages, min, max, err) {
  stages.forEach((st, j) => {
    if (st.at < min || st.at > max)
      err(
        file,
        [...path, "stages", j, "at"],
        "E_OUT_OF_RANGE",
        `stage \`${st.id}\` at ${showNumber(st.at)} is outside the track\u2019s ${showNumber(min)}..${showNumber(max)}`,
        "a stage begins at a value the track can reach"
      );
  });
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/check.ts
var RESERVED = /* @__PURE__ */ new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  ...Object.keys(BUILTIN_VARIABLES),
  ...FUNCTION_INDEX.keys(),
  TARGET,
  "none",
  "and",
  "or",
  "not",
  "true",
  "false"
]);
var NAMESPACE_HINTS = {
  variable: "tracks, flags and derived figures share one namespace",
  action: "orders and events share one namespace"
};
function checkScenario(files, hash, reporter) {
  const byName = new Map(files.map((f) => [f.name, f]));
  const main = byName.get("scenario.yaml");
  if (!main) {
    reporter.report(
      "scenario.yaml",
      [],
      "error",
      "E_MISSING_FILE",
      "the folder has no scenario.yaml"
    );
    return null;
  }
  let failed = false;
  const err = (file, path, code, message, hint, offset) => {
    failed = true;
    reporter.report(file, path, "error", code, message, hint, offset);
  };
  const warn = (file, path, code, message, hint) => reporter.report(file, path, "warning", code, message, hint);
  const where = (file, path) => {
    const at = file.yaml.locate(path);
    return `${file.name}:${at.line}:${at.col}`;
  };
  const outOfRange = checkMagnitudes(files, err);
  const s = main.value;
  if (s.formatVersion > SCENARIO_FORMAT_VERSION)
    err(
      main,
      ["formatVersion"],
      "E_FORMAT_VERSION",
      `this scenario needs format version ${s.formatVersion}; this engine reads up to ${SCENARIO_FORMAT_VERSION}`,
      "update Uchronia"
    );
  const calendar = s.turn === void 0 ? MONTHLY : parseTurn(s.turn);
  if (!calendar)
    err(
      main,
      ["turn"],
      "E_BAD_TURN",
      `\`${s.turn}\` is not a turn length`,
      `write \`month\`, \`week\`, \`day\`, or a number of them from 1 to ${MAX_TURN_LENGTH} such as \`3 days\``
    );
  const cal = calendar ?? MONTHLY;
  const date = (file, path, text2) => {
    const d = parseDate(text2);
    if (!d) {
      err(
        file,
        path,
        "E_BAD_DATE",
        `\`${text2}\` is not a real date`,
        "a month from 01 to 12, and a day that month has"
      );
      return 0;
    }
    return tickOf(cal, d.month, d.day);
  };
  const dayOf = (text2) => text2 ? parseDate(text2)?.day ?? null : null;
  const namespaces = /* @__PURE__ */ new Map();
  const declare = (ns, file, path, id) => {
    const seen = namespaces.get(ns) ?? /* @__PURE__ */ new Map();
    namespaces.set(ns, seen);
    const first = seen.get(id);
    if (RESERVED.has(id))
      err(
        file,
        [...path, "id"],
        "E_RESERVED_ID",
        `\`${id}\` is a reserved name`,
        "choose another id"
      );
    else if (first) {
      const at = first.file.yaml.locate([...first.path, "id"]);
      err(
        file,
        [...path, "id"],
        "E_DUPLICATE_ID",
        `\`${id}\` is declared twice: here and at ${first.file.name}:${at.line}:${at.col}`,
        first.path[0] !== path[0] && NAMESPACE_HINTS[ns] || "ids of one kind are unique across files"
      );
    } else seen.set(id, { file, path });
  };
  const flags = s.flags ?? [];
  const derivedIn = s.derived ?? [];
  const characters = s.characters ?? [];
  s.factions.forEach((f, i) => declare("faction", main, ["factions", i], f.id));
  s.tracks.forEach((t, i) => declare("variable", main, ["tracks", i], t.id));
  flags.forEach((f, i) => declare("variable", main, ["flags", i], f.id));
  derivedIn.forEach((d, i) => declare("variable", main, ["derived", i], d.id));
  s.regions.forEach((r, i) => declare("region", main, ["regions", i], r.id));
  characters.forEach((c, i) => declare("character", main, ["characters", i], c.id));
  s.acts.forEach((a, i) => declare("act", main, ["acts", i], a.id));
  const orders = [];
  const events = [];
  const endings = [];
  for (const file of files) {
    if (file.name === "orders.yaml")
      file.value.orders.forEach((o, i) => {
        orders.push({ item: o, file, path: ["orders", i] });
        declare("action", file, ["orders", i], o.id);
      });
    if (file.name.startsWith("events/"))
      file.value.events.forEach((e, i) => {
        events.push({ item: e, file, path: ["events", i] });
        declare("action", file, ["events", i], e.id);
      });
    if (file.name === "endings.yaml")
      file.value.endings.forEach((e, i) => {
        endings.push({ item: e, file, path: ["endings", i] });
        declare("ending", file, ["endings", i], e.id);
      });
  }
  if (!byName.has("endings.yaml"))
    err(main, [], "E_MISSING_FILE", "the folder has no endings.yaml");
  if (!byName.has("texts/en.yaml"))
    err(
      main,
      [],
      "E_MISSING_FILE",
      "the folder has no texts/en.yaml",
      "every text lives there, under keys"
    );
  const factionIds = new Set(s.factions.map((f) => f.id));
  const playable = new Set(s.factions.filter((f) => f.playable).map((f) => f.id));
  const trackIds = new Set(s.tracks.map((t) => t.id));
  const checkFaction = (file, path, id, mustPlay = false, allowNone = false) => {
    if (allowNone && id === "none") return;
    if (!factionIds.has(id))
      err(file, path, "E_UNKNOWN_REF", `unknown faction \`${id}\``, didYouMean(id, factionIds));
    else if (mustPlay && !playable.has(id))
      err(
        file,
        path,
        "E_NOT_PLAYABLE",
        `faction \`${id}\` is not playable`,
        "only playable factions give orders and choose"
      );
  };
  const names = {
    tracks: trackIds,
    flags: new Set(flags.map((f) => f.id)),
    derived: new Set(derivedIn.map((d) => d.id)),
    events: new Map(events.map((e) => [e.item.id, (e.item.choices ?? []).map((c) => c.id)])),
    factions: factionIds,
    regions: new Set(s.regions.map((r) => r.id)),
    characters: new Set(characters.map((c) => c.id)),
    clocks: new Set(s.tracks.filter((t) => t.stages).map((t) => t.id)),
    tags: new Set(s.regions.flatMap((r) => r.tags ?? [])),
    target: false,
    bounds: new Map(s.tracks.map((t) => [t.id, [t.min ?? 0, t.max ?? 100]])),
    calendar: cal
  };
  const endingIds = new Set(endings.map((e) => e.item.id));
  const triggers = /* @__PURE__ */ new Map();
  const makeEnv = (file, table, from) => ({
    names: table,
    endings: endingIds,
    report: (path, code, message, hint) => err(file, path, code, message, hint),
    onTrigger: (event, path) => {
      if (from === null) return;
      const list = triggers.get(from) ?? [];
      list.push({ to: event, file, path });
      triggers.set(from, list);
    },
    num: (value, path) => num2(file, path, value, table),
    probability: (value, path) => probability(file, path, value, table),
    bool: (value, path) => bool(file, path, value, table)
  });
  const numAndRange = (file, path, value, table) => {
    if (typeof value !== "number" && typeof value !== "string") {
      err(file, path, "E_TYPE", "expected a number or an expression");
      return null;
    }
    if (reportedAt(outOfRange, file, path)) return null;
    const r = compileNum(value, table);
    if (r.ok) return r;
    for (const e of r.errors)
      err(file, path, e.code, e.message, e.hint, typeof value === "string" ? e.at : void 0);
    return null;
  };
  const num2 = (file, path, value, table = names) => numAndRange(file, path, value, table)?.value ?? null;
  const probability = (file, path, value, table) => {
    const r = numAndRange(file, path, value, table);
    if (r) checkProbability(file, path, value, r.value.constant, r.range, err);
    return r?.value ?? null;
  };
  const bool = (file, path, value, table = names) => {
    if (typeof value !== "boolean" && typeof value !== "string") {
      err(file, path, "E_TYPE", "expected true, false or a condition");
      return null;
    }
    const r = compileBool(value, table);
    if (r.ok && r.never)
      reporter.report(
        file,
        path,
        "warning",
        r.never.code,
        r.never.message,
        r.never.hint,
        r.never.at
      );
    if (r.ok) return r.value;
    for (const e of r.errors)
      err(file, path, e.code, e.message, e.hint, typeof value === "string" ? e.at : void 0);
    return null;
  };
  const optBool = (file, path, value, table = names) => value === void 0 ? null : bool(file, path, value, table);
  const effects = (file, path, value, from, table = names) => value === void 0 ? [] : compileEffectList(value, path, makeEnv(file, table, from)) ?? [];
  const modifiers = (path, list, table = names) => {
    const seen = /* @__PURE__ */ new Map();
    return list.flatMap((m, i) => {
      const first = seen.get(m.id);
      if (first !== void 0)
        err(
          main,
          [...path, i, "id"],
          "E_DUPLICATE_ID",
          `modifier \`${m.id}\` is declared twice: here and at ${where(main, [...path, first, "id"])}`,
          "the modifiers of one figure have ids of their own: rename one"
        );
      else seen.set(m.id, i);
      const value = num2(main, [...path, i, "value"], m.value, table);
      const when = optBool(main, [...path, i, "when"], m.when, table);
      return value ? [{ id: m.id, when, value }] : [];
    });
  };
  const start = date(main, ["start"], s.start);
  const end = date(main, ["end"], s.end);
  if (end < start) err(main, ["end"], "E_BAD_VALUE", "`end` comes before `start`");
  if (turnOfTick({ calendar: cal, start }, end) > 1200)
    err(
      main,
      ["end"],
      "E_BAD_VALUE",
      countsDays(cal) ? "a scenario may last at most 1200 turns" : "a scenario may last at most 100 years"
    );
  checkFaction(main, ["player"], s.player, true);
  if (playable.size === 0) err(main, ["factions"], "E_NO_PLAYABLE", "no faction is playable");
  const acts = s.acts.map((a, i) => ({ id: a.id, from: date(main, ["acts", i, "from"], a.from) }));
  acts.forEach((a, i) => {
    if (i > 0 && a.from <= acts[i - 1].from)
      err(main, ["acts", i, "from"], "E_BAD_ORDER", "acts must be listed in the order they begin");
  });
  if (acts[0] && acts[0].from > start)
    err(main, ["acts", 0, "from"], "E_BAD_VALUE", "the first act must begin on or before `start`");
  flags.forEach(
    (f, i) => (f.visibleTo ?? []).forEach((id, j) => checkFaction(main, ["flags", i, "visibleTo", j], id))
  );
  const tracks = s.tracks.map((t, i) => {
    const path = ["tracks", i];
    const min = t.min ?? 0;
    const max = t.max ?? 100;
    if (min >= max) err(main, [...path, "max"], "E_BAD_VALUE", "`max` must be greater than `min`");
    if (t.initial < min || t.initial > max)
      err(
        main,
        [...path, "initial"],
        "E_BAD_VALUE",
        `initial value ${t.initial} is outside ${min}..${max}`
      );
    if (t.owner !== void 0) checkFaction(main, [...path, "owner"], t.owner);
    if (t.private && t.owner === void 0)
      err(main, [...path, "private"], "E_BAD_VALUE", "a private track needs an `owner`");
    const stages = t.stages ?? [];
    checkStages(main, path, stages, min, max, err);
    stages.forEach((st, j) => {
      if (j > 0 && st.at <= stages[j - 1].at)
        err(
          main,
          [...path, "stages", j, "at"],
          "E_BAD_ORDER",
          "stages must rise: each `at` above the one before"
        );
    });
    return {
      id: t.id,
      initial: t.initial,
      min,
      max,
      owner: t.owner ?? null,
      private: t.private ?? false,
      drift: modifiers([...path, "drift"], t.drift ?? []),
      stages: stages.map((st) => ({ id: st.id, at: st.at }))
    };
  });
  const derived = derivedIn.map((d, i) => {
    const earlier = new Set(derivedIn.slice(0, i).map((x) => x.id));
    return {
      id: d.id,
      terms: modifiers(["derived", i, "terms"], d.terms, { ...names, derived: earlier })
    };
  });
  const regions = s.regions.map((r, i) => {
    checkFaction(main, ["regions", i, "control"], r.control, false, true);
    return {
      id: r.id,
      lat: r.lat,
      lon: r.lon,
      country: r.country,
      control: r.control,
      unrest: r.unrest ?? 0,
      tags: r.tags ?? []
    };
  });
  const chars = characters.map((c, i) => {
    if (c.faction !== void 0) checkFaction(main, ["characters", i, "faction"], c.faction);
    return {
      id: c.id,
      faction: c.faction ?? null,
      born: date(main, ["characters", i, "born"], c.born),
      health: c.health
    };
  });
  const canonTargets = (file, path, o) => {
    const list = o.canon?.targets;
    if (!list) return null;
    if (o.target !== "region")
      err(file, [...path, "canon", "targets"], "E_BAD_VALUE", "`targets` needs `target: region`");
    list.forEach((r, j) => {
      if (!names.regions.has(r))
        err(
          file,
          [...path, "canon", "targets", j],
          "E_UNKNOWN_REF",
          `unknown region \`${r}\``,
          didYouMean(r, names.regions)
        );
    });
    return [...list];
  };
  const routinesFile = byName.get("routines.yaml");
  const routineFactions = new Set(
    (routinesFile?.value?.routines ?? []).map(
      (r) => r.faction
    )
  );
  const orderDefs = orders.map(({ item: o, file, path }) => {
    if (routineFactions.has(o.faction) && !playable.has(o.faction)) {
      checkFaction(file, [...path, "faction"], o.faction);
      if (o.canon)
        warn(
          file,
          [...path, "canon"],
          "W_IGNORED",
          `\`${o.faction}\` follows its routine on every line, the canon one too: \`canon\` is ignored`
        );
    } else if (factionIds.has(o.faction) && !playable.has(o.faction))
      err(
        file,
        [...path, "faction"],
        "E_NOT_PLAYABLE",
        `faction \`${o.faction}\` is not playable and has no routine`,
        "give it a routine in routines.yaml, or give the order to a playable faction"
      );
    else checkFaction(file, [...path, "faction"], o.faction, true);
    const table = o.target === "region" ? { ...names, target: true } : names;
    const cost = Object.entries(o.cost ?? {}).map(([track, amount]) => {
      if (!trackIds.has(track))
        err(
          file,
          [...path, "cost", track],
          "E_UNKNOWN_REF",
          `unknown track \`${track}\``,
          didYouMean(track, trackIds)
        );
      return [track, amount];
    });
    if (o.where !== void 0 && o.target !== "region")
      err(file, [...path, "where"], "E_BAD_VALUE", "`where` needs `target: region`");
    if (o.exposure !== void 0 && !o.covert)
      warn(file, [...path, "exposure"], "W_IGNORED", "`exposure` only matters for a covert order");
    const canon = o.canon ? {
      from: date(file, [...path, "canon", "from"], o.canon.from),
      until: date(file, [...path, "canon", "until"], o.canon.until),
      targets: canonTargets(file, path, o)
    } : null;
    return {
      id: o.id,
      faction: o.faction,
      cost,
      targeted: o.target === "region",
      where: optBool(file, [...path, "where"], o.where, table),
      when: optBool(file, [...path, "when"], o.when, names),
      chance: o.chance === void 0 ? null : probability(file, [...path, "chance"], o.chance, table),
      effects: effects(file, [...path, "effects"], o.effects, null, table),
      failure: effects(file, [...path, "failure"], o.failure, null, table),
      covert: o.covert ?? false,
      exposure: o.exposure === void 0 ? null : probability(file, [...path, "exposure"], o.exposure, table),
      canon
    };
  });
  const eventDefs = events.map(({ item: e, file, path }) => {
    const choices = e.choices ?? [];
    if (choices.length && e.decider === void 0)
      err(file, [...path, "choices"], "E_NO_DECIDER", "an event with choices needs a `decider`");
    if (e.decider !== void 0) {
      checkFaction(file, [...path, "decider"], e.decider, true);
      if (!choices.length)
        warn(file, [...path, "decider"], "W_IGNORED", "`decider` without `choices` has no effect");
    }
    const canonChoices = choices.filter((c) => c.canon);
    if (choices.length && canonChoices.length !== 1)
      err(
        file,
        [...path, "choices"],
        "E_CANON_CHOICE",
        `an event with choices marks exactly one option \`canon: true\` (it has ${canonChoices.length})`,
        "the option the source timeline took"
      );
    const seen = /* @__PURE__ */ new Map();
    choices.forEach((c, j) => {
      const first = seen.get(c.id);
      if (first !== void 0)
        err(
          file,
          [...path, "choices", j, "id"],
          "E_DUPLICATE_ID",
          `option \`${c.id}\` is declared twice: here and at ${where(file, [...path, "choices", first, "id"])}`,
          "the options of one event have ids of their own: rename one"
        );
      else seen.set(c.id, j);
    });
    (e.visibleTo ?? []).forEach((f, j) => checkFaction(file, [...path, "visibleTo", j], f));
    if (e.visibleTo && !e.hidden)
      warn(
        file,
        [...path, "visibleTo"],
        "W_IGNORED",
        "`visibleTo` only matters for a hidden event"
      );
    if (e.cooldown !== void 0 && !e.repeat)
      warn(
        file,
        [...path, "cooldown"],
        "W_IGNORED",
        "`cooldown` only matters for a repeatable event"
      );
    const eventDate = e.date === void 0 ? null : date(file, [...path, "date"], e.date);
    if (eventDate !== null && (e.after !== void 0 || e.before !== void 0 || e.mtth !== void 0))
      err(
        file,
        [...path, "date"],
        "E_BAD_VALUE",
        "an event with a `date` fires on that month: it takes no `after`, `before` or `mtth`"
      );
    if (eventDate !== null && parseDate(e.date) && (eventDate < start || turnOfTick({ calendar: cal, start }, eventDate) > turnOfTick({ calendar: cal, start }, end)))
      err(
        file,
        [...path, "date"],
        "E_OUT_OF_CALENDAR",
        `${e.date} is outside the scenario's calendar, so the event never fires`,
        `the calendar runs from ${s.start} to ${s.end}`
      );
    if (e.canon && eventDate === null)
      err(
        file,
        [...path, "canon"],
        "E_BAD_VALUE",
        "a canon event needs the `date` the source timeline gives it"
      );
    const followUpOnly = e.followUp === true || eventDate === null && e.after === void 0 && e.before === void 0 && e.when === void 0 && e.mtth === void 0;
    const ignored = e.followUp ? ["date", "after", "mtth"].filter(
      (k) => e[k] !== void 0 && !(k === "date" && e.canon)
    ) : [];
    if (ignored.length)
      warn(
        file,
        [...path, "followUp"],
        "W_IGNORED",
        `a follow-up event fires only when triggered: its ${ignored.map((k) => `\`${k}\``).join(", ")} ${ignored.length === 1 ? "is" : "are"} ignored (its \`when\` still applies)`
      );
    const mtth = e.mtth ?? null;
    return {
      id: e.id,
      date: eventDate,
      day: dayOf(e.date),
      after: e.after === void 0 ? null : date(file, [...path, "after"], e.after),
      before: e.before === void 0 ? null : date(file, [...path, "before"], e.before),
      when: optBool(file, [...path, "when"], e.when),
      monthlyChance: mtth === null ? 1 : 1 - Math.pow(2, -1 / mtth),
      mtth,
      repeat: e.repeat ?? false,
      cooldown: e.cooldown ?? 0,
      hidden: e.hidden ?? false,
      visibleTo: e.hidden ? e.visibleTo ?? [] : null,
      canon: e.canon ?? false,
      followUpOnly,
      effects: effects(file, [...path, "effects"], e.effects, e.id),
      decider: e.decider ?? null,
      choices: choices.map((c, j) => ({
        id: c.id,
        canon: c.canon ?? false,
        when: optBool(file, [...path, "choices", j, "when"], c.when),
        effects: effects(file, [...path, "choices", j, "effects"], c.effects, e.id)
      }))
    };
  });
  checkTriggerCycles(eventDefs, triggers, err);
  const triggered = new Set([...triggers.values()].flat().map((t) => t.to));
  for (const o of orderDefs) collectTriggers(o.effects.concat(o.failure), triggered);
  warnFollowUpsFiringAlone(events, eventDefs, triggers, warn);
  const ledTo = endingsLedTo(eventDefs, orderDefs);
  events.forEach(({ item, file, path }, i) => {
    if (eventDefs[i].followUpOnly && !triggered.has(item.id))
      warn(
        file,
        [...path, "id"],
        "W_UNREACHABLE_EVENT",
        `event \`${item.id}\` has no date, window or condition and nothing triggers it`
      );
  });
  const endingDefs = endings.map(({ item: e, file, path }) => {
    for (const f of Object.keys(e.score)) checkFaction(file, [...path, "score", f], f, true);
    for (const f of playable)
      if (!(f in e.score))
        err(
          file,
          [...path, "score"],
          "E_MISSING_KEY",
          `score for \`${f}\` is missing`,
          "every ending scores every playable faction"
        );
    if (e.when === void 0 && !e.fallback && !ledTo.has(e.id))
      warn(
        file,
        [...path, "id"],
        "W_UNREACHABLE_ENDING",
        `ending \`${e.id}\` has no \`when\` and no \`end\` effect leads to it`,
        "give it a `when`, or end the game on it with `- end: " + e.id + "`"
      );
    return {
      id: e.id,
      when: optBool(file, [...path, "when"], e.when),
      warning: optBool(file, [...path, "warning"], e.warning),
      priority: e.priority ?? 0,
      canon: e.canon ?? false,
      fallback: e.fallback ?? false,
      score: { ...e.score }
    };
  });
  const endingsFile = byName.get("endings.yaml");
  if (endingsFile) {
    const fallbacks = endingDefs.filter((e) => e.fallback).length;
    if (fallbacks !== 1)
      err(
        endingsFile,
        ["endings"],
        "E_FALLBACK",
        `exactly one ending is the \`fallback\` (found ${fallbacks})`,
        "it is taken when the calendar runs out"
      );
    if (endingDefs.filter((e) => e.canon).length > 1)
      err(endingsFile, ["endings"], "E_CANON_ENDING", "at most one ending is `canon`");
  }
  const ai = checkAi(
    byName.get("ai.yaml"),
    {
      factions: factionIds,
      tracks: trackIds,
      flags: names.flags,
      orders: new Set(orderDefs.map((o) => o.id)),
      events: names.events
    },
    err
  );
  checkUnread(
    {
      main,
      s,
      orders,
      events,
      endings,
      routines: routinesFile?.value?.routines ?? []
    },
    warn
  );
  const routines = checkRoutines(routinesFile, {
    names,
    orders: new Map(orderDefs.map((o) => [o.id, o])),
    err,
    bool: (file, path, value, table) => bool(file, path, value, table),
    num: (file, path, value, table) => num2(file, path, value, table)
  });
  const texts = checkTexts(
    files,
    { s, tracks, derived, regions, chars, acts, orders, events, endings },
    reporter
  );
  if (!texts) failed = true;
  if (failed || !texts) return null;
  const scenario = {
    formatVersion: s.formatVersion,
    id: s.id,
    contentHash: hash,
    calendar: cal,
    start,
    end,
    player: s.player,
    acts,
    factions: s.factions.map((f) => ({
      id: f.id,
      playable: f.playable,
      ordersPerTurn: f.ordersPerTurn ?? 2,
      color: f.color ?? null
    })),
    tracks,
    flags: flags.map((f) => ({
      id: f.id,
      initial: f.initial ?? false,
      visibleTo: f.visibleTo ?? null
    })),
    derived,
    regions,
    ...s.map?.countries ? { map: { countries: [...s.map.countries] } } : {},
    characters: chars,
    orders: orderDefs,
    events: eventDefs,
    endings: [...endingDefs].sort((a, b) => b.priority - a.priority),
    ai,
    routines,
    texts
  };
  const compiled = withIndex(scenario);
  checkSecrets(compiled, orders, events, err);
  return failed ? null : compiled;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/source.ts
var MAX_FILES = 200;

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/format/load.ts
var KEY_CODES = /* @__PURE__ */ new Set([
  "E_UNKNOWN_KEY",
  "E_FORBIDDEN_KEY",
  "E_UNKNOWN_REF"
]);
function parseScenario(files) {
  const problems = [];
  const reporter = {
    report(file, path, severity, code, message, hint, offset) {
      const name = typeof file === "string" ? file : file.name;
      const pos = typeof file === "string" ? { line: 1, col: 1 } : offset !== void 0 ? file.yaml.locateInString(path, offset) : file.yaml.locate(path, KEY_CODES.has(code));
      problems.push({
        severity,
        file: name,
        line: pos.line,
        col: pos.col,
        path: path.join("/"),
        code,
        message,
        ...hint ? { hint } : {}
      });
    }
  };
  if (files.length > MAX_FILES) {
    reporter.report(
      ".",
      [],
      "error",
      "E_TOO_MANY_FILES",
      `the scenario has ${files.length} files; the limit is ${MAX_FILES}`
    );
    return { ok: false, errors: problems };
  }
  const loaded = [];
  const missing = [];
  for (const f of [...files].sort((a, b) => a.path < b.path ? -1 : 1)) {
    if (!/\.ya?ml$/.test(f.path)) continue;
    const schema = schemaForFile(f.path);
    if (!schema) {
      reporter.report(
        f.path,
        [],
        "warning",
        "W_UNKNOWN_FILE",
        `\`${f.path}\` is not a scenario file and is ignored`,
        f.path.endsWith(".yml") ? "scenario files end in `.yaml`" : "expected scenario.yaml, orders.yaml, events/*.yaml, endings.yaml, ai.yaml or texts/<lang>.yaml"
      );
      continue;
    }
    const read = readYaml(f.text);
    if (!read.ok) {
      for (const issue of read.issues)
        problems.push({
          severity: "error",
          file: f.path,
          line: issue.pos.line,
          col: issue.pos.col,
          path: issue.path.join("/"),
          code: issue.code,
          message: issue.message,
          ...issue.hint ? { hint: issue.hint } : {}
        });
      continue;
    }
    const file = { name: f.path, yaml: read.file, value: read.file.value };
    const shape = checkShape(file, schema, reporter);
    if (shape.ok) loaded.push(file);
    missing.push(...shape.missing);
  }
  const hasErrors = () => problems.some((p) => p.severity === "error");
  let scenario = null;
  if (problems.filter((p) => p.severity === "error").length === missing.length) {
    const before = problems.length;
    scenario = checkScenario(loaded, contentHash(files), reporter);
    const kinds = missing.map((m) => m.replace(/s$/, ""));
    const unknownOfMissing = (p) => (p.code === "E_UNKNOWN_REF" || p.code === "E_UNKNOWN_NAME") && kinds.some((k) => p.message.startsWith(`unknown ${k} `));
    const found = problems.splice(before).filter((p) => !unknownOfMissing(p));
    problems.push(...found);
  }
  problems.sort(compareErrors);
  if (hasErrors() || !scenario) return { ok: false, errors: problems };
  return { ok: true, scenario, warnings: problems };
}
function contentHash(files) {
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : 1);
  const text2 = sorted.map((f) => `${f.path}\0${f.text}\0`).join("");
  return bytesToHex(sha256(utf8ToBytes(text2))).slice(0, 16);
}
function checkShape(file, schema, reporter) {
  if (Value.Check(schema, file.value)) return { ok: true, missing: [] };
  const seen = /* @__PURE__ */ new Set();
  const missing = [];
  let other = false;
  for (const e of Value.Errors(schema, file.value)) {
    const path = e.path.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const key = path.join("/");
    if (seen.has(key)) continue;
    seen.add(key);
    const { code, message, hint } = describeShapeError(e, path);
    reporter.report(file, path, "error", code, message, hint);
    if (e.type === ValueErrorType.ObjectRequiredProperty && path.length === 1 && e.schema.type === "array")
      missing.push(path[0]);
    else other = true;
  }
  if (other || !missing.length) return { ok: false, missing: [] };
  const value = file.value;
  for (const k of missing) value[k] = [];
  return Value.Check(schema, value) ? { ok: true, missing } : { ok: false, missing: [] };
}
function describeShapeError(e, path) {
  const where = path.length ? `\`${path[path.length - 1]}\`` : "the file";
  const expected = describeSchema(e.schema);
  switch (e.type) {
    case ValueErrorType.ObjectAdditionalProperties: {
      const known2 = Object.keys(e.schema.properties ?? {});
      return {
        code: "E_UNKNOWN_KEY",
        message: `unexpected key ${where}`,
        hint: didYouMean(String(path[path.length - 1]), known2) ?? (known2.length ? `expected one of ${known2.join(", ")}` : void 0)
      };
    }
    case ValueErrorType.ObjectRequiredProperty:
      return {
        code: "E_MISSING_KEY",
        message: `missing required key ${where}`,
        hint: `add \`${path[path.length - 1]}:\` here${path.length === 1 ? "; until then the rest is checked as if it were empty" : ""}`
      };
    case ValueErrorType.StringPattern:
      return {
        code: "E_BAD_VALUE",
        message: `${where} has the wrong form: ${JSON.stringify(e.value)}`,
        hint: patternHint(e.schema.pattern ?? "")
      };
    default:
      return {
        code: "E_TYPE",
        message: `${where} should be ${expected}${e.value === void 0 ? "" : `, not ${JSON.stringify(e.value)?.slice(0, 60)}`}`
      };
  }
}
function patternHint(pattern) {
  if (pattern.includes("\\d{4}")) return "dates are YYYY-MM or YYYY-MM-DD";
  if (pattern.includes("[a-z0-9_]*$") && pattern.startsWith("^[a-z]"))
    return "ids are snake_case: a lowercase letter, then lowercase letters, digits and _";
  if (pattern.includes("[A-Z]{3}")) return "a three-letter ISO country code, like MEX";
  if (pattern.includes("#")) return "a colour like #c0392b";
  return `expected to match ${pattern}`;
}
function describeSchema(schema) {
  const s = schema;
  if (s.anyOf) return s.anyOf.map(describeSchema).join(" or ");
  if (s.const !== void 0) return JSON.stringify(s.const);
  const range = s.minimum !== void 0 || s.maximum !== void 0 ? ` (${s.minimum ?? "\u2026"} to ${s.maximum ?? "\u2026"})` : "";
  switch (s.type) {
    case "string":
      return "a string";
    case "number":
      return `a number${range}`;
    case "integer":
      return `a whole number${range}`;
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
      return "a mapping";
    default:
      return "a list of effects";
  }
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rng.ts
import { xoroshiro128plus, xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
function seedRng(seed) {
  const gen = xoroshiro128plus(seed | 0);
  for (let i = 0; i < 4; i++) uniformFloat64(gen);
  return [...gen.getState()];
}
function generatorFrom(state) {
  return xoroshiro128plusFromState(state);
}
function nextFloat(gen) {
  return uniformFloat64(gen);
}
function nextInt(gen, from, to) {
  return uniformInt(gen, from, to);
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/state.ts
function hashedRecord() {
  const record2 = { first: 0, second: 0 };
  delete record2.first;
  delete record2.second;
  return record2;
}
function initialState(scenario, seed) {
  const tracks = hashedRecord();
  for (const t of scenario.tracks) tracks[t.id] = t.initial;
  const flags = hashedRecord();
  for (const f of scenario.flags) flags[f.id] = f.initial;
  const regions = hashedRecord();
  for (const r of scenario.regions) regions[r.id] = { control: r.control, unrest: r.unrest };
  const characters = hashedRecord();
  for (const c of scenario.characters) characters[c.id] = { health: c.health, alive: c.health > 0 };
  const orders = {};
  for (const f of scenario.index.playable) orders[f] = null;
  return {
    scenario: scenario.id,
    seed,
    turn: 0,
    phase: "orders",
    tracks,
    flags,
    regions,
    characters,
    fired: hashedRecord(),
    chosen: hashedRecord(),
    scheduled: [],
    pending: [],
    orders,
    endingRequested: null,
    ending: null,
    rng: seedRng(seed),
    draws: 0,
    log: [],
    changes: []
  };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/picks.ts
var pickKey = (o) => `${o.order}@${o.target ?? ""}`;

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/ledger.ts
var seersCache = /* @__PURE__ */ new WeakMap();
function seers(scenario, expr) {
  let cache = seersCache.get(scenario);
  if (!cache) seersCache.set(scenario, cache = /* @__PURE__ */ new Map());
  let list = cache.get(expr.source);
  if (list === void 0) {
    const all = scenario.factions.map((f) => f.id);
    const some = all.filter((f) => !readsHidden(scenario, f, expr));
    list = some.length === all.length ? null : some;
    cache.set(expr.source, list);
  }
  return list;
}
function narrowed(scenario, visibleTo, expr) {
  if (expr.constant !== void 0 && expr.constant !== null) return visibleTo;
  const by = seers(scenario, expr);
  if (by === null) return visibleTo;
  if (visibleTo === null) return by;
  return visibleTo.filter((f) => by.includes(f));
}
function record(state, at, figure, delta2, visibleTo = at.visibleTo) {
  if (delta2 === 0 || at.cause === null) return;
  state.changes.push(
    visibleTo === null ? { turn: state.turn, figure, delta: delta2, cause: at.cause } : { turn: state.turn, figure, delta: delta2, cause: at.cause, visibleTo }
  );
}
function prune(state) {
  const from = state.turn - 1;
  if (state.changes.length && state.changes[0].turn < from)
    state.changes = state.changes.filter((c) => c.turn >= from);
}
function disclose(state, faction, order) {
  let copied = false;
  for (let i = state.changes.length - 1; i >= 0; i--) {
    const c = state.changes[i];
    if (c.turn !== state.turn) break;
    if (c.visibleTo && c.cause.kind === "cost" && c.cause.faction === faction && c.cause.order === order) {
      if (!copied) state.changes = state.changes.slice();
      copied = true;
      state.changes[i] = { turn: c.turn, figure: c.figure, delta: c.delta, cause: c.cause };
    }
  }
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/apply.ts
function newDraft(scenario, state) {
  return { scenario, state, gen: null, at: { cause: null, visibleTo: null } };
}
function applyAs(d, cause, visibleTo, apply) {
  const { cause: was, visibleTo: wasVisible } = d.at;
  d.at.cause = cause;
  d.at.visibleTo = visibleTo;
  apply();
  d.at.cause = was;
  d.at.visibleTo = wasVisible;
}
function draw(d) {
  d.gen ??= generatorFrom(d.state.rng);
  d.state.draws++;
  return nextFloat(d.gen);
}
function settle(d) {
  if (d.gen) d.state.rng = [...d.gen.getState()];
  d.gen = null;
}
function ctxOf(d, target = null) {
  return { scenario: d.scenario, state: d.state, target };
}
function log(d, entry) {
  d.state.log.push(entry);
}
var clamp = clampTo;
function addToTrack(d, id, delta2, visibleTo = d.at.visibleTo) {
  const def = d.scenario.index.track.get(id);
  if (!def) return;
  const was = d.state.tracks[id] ?? 0;
  d.state.tracks[id] = clamp(was + delta2, def.min, def.max);
  record(d.state, d.at, `track:${id}`, d.state.tracks[id] - was, visibleTo);
}
function setHealth(d, id, health, visibleTo = d.at.visibleTo) {
  const c = d.state.characters[id];
  if (!c || !c.alive) return;
  const was = c.health;
  c.health = clamp(health, 0, 100);
  record(d.state, d.at, `health:${id}`, c.health - was, visibleTo);
  if (c.health <= 0) {
    c.health = 0;
    c.alive = false;
    log(d, { kind: "death", turn: d.state.turn, character: id });
  }
}
function schedule(d, event, delay) {
  d.state.scheduled.push({ event, turn: d.state.turn + delay });
}
var regionOf = (id, target) => id === TARGET ? target ?? "" : id;
function applyEffects(d, effects, target) {
  if (effects.length === 0) return;
  const ctx = ctxOf(d, target);
  for (const e of effects) {
    switch (e.op) {
      case "add":
        for (const [id, n] of e.entries)
          addToTrack(d, id, n.run(ctx), narrowed(d.scenario, d.at.visibleTo, n));
        break;
      case "set":
        for (const [id, n] of e.tracks) {
          const def = d.scenario.index.track.get(id);
          if (!def) continue;
          const was = d.state.tracks[id] ?? 0;
          d.state.tracks[id] = clamp(n.run(ctx), def.min, def.max);
          const visibleTo = narrowed(d.scenario, d.at.visibleTo, n);
          record(d.state, d.at, `track:${id}`, d.state.tracks[id] - was, visibleTo);
        }
        for (const [id, v] of e.flags) d.state.flags[id] = v;
        break;
      case "unrest":
        for (const [id, n] of e.entries) {
          const region = regionOf(id, target);
          const r = d.state.regions[region];
          if (!r) continue;
          const was = r.unrest;
          r.unrest = clamp(r.unrest + n.run(ctx), 0, 100);
          const visibleTo = narrowed(d.scenario, d.at.visibleTo, n);
          record(d.state, d.at, `unrest:${region}`, r.unrest - was, visibleTo);
        }
        break;
      case "control":
        for (const [id, faction] of e.entries) {
          const r = d.state.regions[regionOf(id, target)];
          if (r) r.control = faction;
        }
        break;
      case "health":
        for (const [id, n] of e.entries) {
          const c = d.state.characters[id];
          if (c) setHealth(d, id, c.health + n.run(ctx), narrowed(d.scenario, d.at.visibleTo, n));
        }
        break;
      case "kill":
        setHealth(d, e.character, 0);
        break;
      case "trigger":
        schedule(d, e.event, e.delay);
        break;
      case "end":
        d.state.endingRequested ??= e.ending;
        break;
      case "chance": {
        const branch = draw(d) < e.p.run(ctx) ? e.then : e.else;
        const was = d.at.visibleTo;
        d.at.visibleTo = narrowed(d.scenario, was, e.p);
        applyEffects(d, branch, target);
        d.at.visibleTo = was;
        break;
      }
      case "if": {
        const branch = e.when.run(ctx) ? e.then : e.else;
        const was = d.at.visibleTo;
        d.at.visibleTo = narrowed(d.scenario, was, e.when);
        applyEffects(d, branch, target);
        d.at.visibleTo = was;
        break;
      }
    }
  }
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/routines.ts
function believedFromView(scenario, view) {
  const tracks = {};
  for (const t of scenario.tracks) tracks[t.id] = view.tracks[t.id] ?? 0;
  return {
    turn: view.turn,
    tracks,
    flags: view.flags,
    regions: view.regions,
    characters: view.characters,
    fired: view.fired,
    chosen: view.chosen
  };
}
function believedFromState(scenario, state, faction) {
  const blind = blindFor(scenario, faction);
  const tracks = {};
  for (const t of scenario.tracks) tracks[t.id] = 0;
  for (const id of blind.tracks) tracks[id] = state.tracks[id] ?? 0;
  let flags = state.flags;
  if (blind.flags) {
    flags = {};
    for (const id of blind.flags) flags[id] = state.flags[id] === true;
  }
  let fired = state.fired;
  let chosen = state.chosen;
  if (blind.hiddenEvents.size) {
    fired = {};
    chosen = {};
    for (const id in state.fired) if (!blind.hiddenEvents.has(id)) fired[id] = state.fired[id];
    for (const id in state.chosen) if (!blind.hiddenEvents.has(id)) chosen[id] = state.chosen[id];
  }
  return {
    turn: state.turn,
    tracks,
    flags,
    regions: state.regions,
    characters: state.characters,
    fired,
    chosen
  };
}
function routineOrders(scenario, routine, believed) {
  const faction = scenario.index.faction.get(routine.faction);
  const max = faction?.ordersPerTurn ?? 0;
  const ctx = {
    scenario,
    state: believed,
    target: null
  };
  const picks = [];
  const spent = /* @__PURE__ */ new Map();
  for (const rule of routine.rules) {
    if (picks.length >= max) break;
    const def = scenario.index.order.get(rule.order);
    if (!def) continue;
    ctx.target = null;
    if (rule.when && !rule.when.run(ctx) || def.when && !def.when.run(ctx)) continue;
    if (!affordable(believed, spent, def)) continue;
    let target;
    if (def.targeted) {
      const best = bestTarget(scenario, ctx, def, rule, picks);
      if (best === null) continue;
      target = best;
    } else if (picks.some((p) => p.order === def.id)) continue;
    for (const [track, amount] of def.cost) spent.set(track, (spent.get(track) ?? 0) + amount);
    picks.push(target === void 0 ? { order: def.id } : { order: def.id, target });
  }
  return picks;
}
function affordable(believed, spent, def) {
  for (const [track, amount] of def.cost)
    if (!((spent.get(track) ?? 0) + amount <= (believed.tracks[track] ?? 0))) return false;
  return true;
}
function bestTarget(scenario, ctx, def, rule, picks) {
  let best = null;
  let bestScore = -Infinity;
  for (const r of scenario.regions) {
    if (picks.some((p) => p.order === def.id && p.target === r.id)) continue;
    ctx.target = r.id;
    if (def.where && !def.where.run(ctx) || rule.where && !rule.where.run(ctx)) continue;
    if (!rule.rank) return r.id;
    const score = rule.rank.sign * rule.rank.by.run(ctx);
    if (Number.isFinite(score) && score > bestScore) {
      best = r.id;
      bestScore = score;
    }
  }
  return best;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/turn.ts
function resolveMonth(d) {
  resolveOrders(d);
  applyDrift(d);
  runEvents(d);
  afterEvents(d);
}
function afterEvents(d) {
  const s = d.state;
  if (s.endingRequested) return finish(d, s.endingRequested);
  if (s.pending.length > 0) {
    s.phase = "choices";
    return;
  }
  endMonth(d);
}
function resolveOrders(d) {
  const s = d.state;
  const automated = d.scenario.index.automated.length ? routinesOfMonth(d) : null;
  for (const faction of automated ? d.scenario.index.acting : d.scenario.index.playable) {
    const orders = automated?.get(faction) ?? s.orders[faction] ?? [];
    for (const o of orders) {
      const def = d.scenario.index.order.get(o.order);
      if (!def) continue;
      const target = o.target ?? null;
      const ctx = ctxOf(d, target);
      const success = def.chance === null || draw(d) < def.chance.run(ctx);
      log(d, orderEntry(s.turn, faction, def.id, target, success, def.covert));
      if (!def.covert) disclose(s, faction, def.id);
      const cause = target ? { kind: "order", faction, order: def.id, target } : { kind: "order", faction, order: def.id };
      applyAs(
        d,
        cause,
        def.covert ? [faction] : null,
        () => applyEffects(d, success ? def.effects : def.failure, target)
      );
      if (def.covert && def.exposure !== null && draw(d) < def.exposure.run(ctx))
        log(
          d,
          target ? { kind: "exposed", turn: s.turn, faction, order: def.id, target } : { kind: "exposed", turn: s.turn, faction, order: def.id }
        );
    }
  }
}
function routinesOfMonth(d) {
  const out = /* @__PURE__ */ new Map();
  for (const faction of d.scenario.index.automated) {
    const routine = d.scenario.index.routine.get(faction);
    const picks = routineOrders(
      d.scenario,
      routine,
      believedFromState(d.scenario, d.state, faction)
    );
    for (const o of picks) {
      const def = d.scenario.index.order.get(o.order);
      applyAs(d, { kind: "cost", faction, order: def.id }, def.covert ? [faction] : null, () => {
        for (const [track, amount] of def.cost) addToTrack(d, track, -amount);
      });
    }
    out.set(faction, picks);
  }
  return out;
}
function orderEntry(turn, faction, order, target, success, covert) {
  if (target)
    return covert ? { kind: "order", turn, faction, order, target, success, visibleTo: [faction] } : { kind: "order", turn, faction, order, target, success };
  return covert ? { kind: "order", turn, faction, order, success, visibleTo: [faction] } : { kind: "order", turn, faction, order, success };
}
function applyDrift(d) {
  const ctx = ctxOf(d);
  const s = d.state;
  const tracks = d.scenario.tracks;
  const deltas = [];
  const parts = [];
  for (const t of tracks) {
    let total = 0;
    const mine = [];
    for (const m of t.drift) {
      const on = !m.when || m.when.run(ctx);
      if (!on) continue;
      const value = m.value.constant ?? m.value.run(ctx);
      total += value;
      const seen = m.when ? narrowed(d.scenario, null, m.when) : null;
      if (value !== 0)
        mine.push({ modifier: m.id, value, visibleTo: narrowed(d.scenario, seen, m.value) });
    }
    deltas.push(t.drift.length ? saturate(total) : 0);
    parts.push(mine);
  }
  for (let i = 0; i < tracks.length; i++) {
    if (deltas[i] === 0) continue;
    const id = tracks[i].id;
    const was = s.tracks[id] ?? 0;
    addToTrack(d, id, deltas[i]);
    let told = 0;
    let everyone = null;
    for (const p of parts[i]) {
      const cause = { kind: "drift", track: id, modifier: p.modifier };
      record(s, { cause, visibleTo: null }, `track:${id}`, p.value, p.visibleTo);
      told += p.value;
      if (p.visibleTo)
        everyone = everyone ? everyone.filter((f) => p.visibleTo.includes(f)) : p.visibleTo;
    }
    const cut = s.tracks[id] - was - told;
    if (Math.abs(cut) > 1e-9) {
      const cause = { kind: "drift", track: id, modifier: "" };
      record(s, { cause, visibleTo: null }, `track:${id}`, cut, everyone);
    }
  }
}
function canFireAgain(d, e) {
  const turns = d.state.fired[e.id];
  if (!turns) return true;
  const last = turns[turns.length - 1];
  if (last === d.state.turn) return false;
  return e.repeat && d.state.turn - last > e.cooldown;
}
function inWindow(e, first, last) {
  return (e.after === null || last >= e.after) && (e.before === null || first <= e.before);
}
function runEvents(d) {
  const month = turnTick(d.scenario, d.state.turn);
  fireScheduled(d);
  const ctx = ctxOf(d);
  const consider = (e) => {
    if (e.when && !e.when.run(ctx) || !canFireAgain(d, e)) return;
    if (e.monthlyChance < 1 && draw(d) >= e.monthlyChance) return;
    fire(d, e);
    fireScheduled(d);
  };
  for (const e of eventsOfMonth(d.scenario, month)) consider(e);
}
var byMonth = /* @__PURE__ */ new WeakMap();
function eventsOfMonth(scenario, month) {
  let months = byMonth.get(scenario);
  if (!months) byMonth.set(scenario, months = /* @__PURE__ */ new Map());
  let list = months.get(month);
  if (!list) {
    list = (scenario.index.eventsByMonth.get(month) ?? []).concat(
      scenario.index.openEvents.filter(
        (e) => inWindow(e, month, month + turnStep(scenario.calendar) - 1)
      )
    );
    months.set(month, list);
  }
  return list;
}
function fireScheduled(d) {
  const s = d.state;
  const ctx = ctxOf(d);
  for (let i = 0; i < s.scheduled.length; ) {
    const item = s.scheduled[i];
    if (item.turn > s.turn) {
      i++;
      continue;
    }
    s.scheduled.splice(i, 1);
    const e = d.scenario.index.event.get(item.event);
    if (!e || !canFireAgain(d, e) || e.when && !e.when.run(ctx)) continue;
    fire(d, e);
    i = 0;
  }
}
function fire(d, e) {
  const s = d.state;
  const previous = s.fired[e.id];
  s.fired[e.id] = previous ? [...previous, s.turn] : [s.turn];
  const visibleTo = e.hidden ? e.decider && !e.visibleTo.includes(e.decider) ? [...e.visibleTo, e.decider] : e.visibleTo : null;
  log(
    d,
    visibleTo ? { kind: "event", turn: s.turn, event: e.id, visibleTo } : { kind: "event", turn: s.turn, event: e.id }
  );
  applyAs(d, { kind: "event", event: e.id }, visibleTo, () => applyEffects(d, e.effects, null));
  if (e.decider && e.choices.length) s.pending.push({ event: e.id, faction: e.decider });
}
function endMonth(d) {
  const s = d.state;
  const ctx = ctxOf(d);
  for (const ending of d.scenario.endings)
    if (ending.when && ending.when.run(ctx)) return finish(d, ending.id);
  if (s.turn >= turnOfTick(d.scenario, d.scenario.end)) {
    const fallback = d.scenario.endings.find((e) => e.fallback);
    if (fallback) return finish(d, fallback.id);
  }
  s.turn++;
  prune(s);
  s.phase = "orders";
  for (const f of d.scenario.index.playable) s.orders[f] = null;
}
function finish(d, ending) {
  const s = d.state;
  s.ending = ending;
  s.endingRequested = null;
  s.phase = "ended";
  s.pending = [];
  log(d, { kind: "ending", turn: s.turn, ending });
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/step.ts
var MAX_ORDERS_IN_ACTION = 16;
function stepInPlace(scenario, state, action) {
  const a = snapshotAction(action);
  const error = a ? checkSnapshot(scenario, state, a) : "action/malformed";
  if (error) return error;
  applyAction(scenario, state, a);
  return null;
}
function snapshotAction(action) {
  try {
    if (!isRecord(action)) return null;
    const { type, faction, turn } = action;
    if (typeof faction !== "string" || typeof turn !== "number" || !Number.isInteger(turn))
      return null;
    if (type === "orders") {
      const list = action.orders;
      if (!Array.isArray(list)) return null;
      const n = list.length;
      if (n > MAX_ORDERS_IN_ACTION) return null;
      const orders = [];
      for (let i = 0; i < n; i++) {
        const o = list[i];
        if (!isRecord(o)) return null;
        const { order, target } = o;
        if (typeof order !== "string" || target !== void 0 && typeof target !== "string")
          return null;
        orders.push(target === void 0 ? { order } : { order, target });
      }
      return { type, faction, turn, orders };
    }
    if (type === "choose") {
      const { event, option } = action;
      if (typeof event !== "string" || typeof option !== "string") return null;
      return { type, faction, turn, event, option };
    }
    return null;
  } catch {
    return null;
  }
}
function applyAction(scenario, state, action) {
  const d = newDraft(scenario, state);
  if (action.type === "orders") {
    const giver = [action.faction];
    for (const o of action.orders) {
      const def = scenario.index.order.get(o.order);
      applyAs(d, { kind: "cost", faction: action.faction, order: def.id }, giver, () => {
        for (const [track, amount] of def.cost) addToTrack(d, track, -amount);
      });
    }
    state.orders[action.faction] = action.orders.map(
      (o) => o.target ? { order: o.order, target: o.target } : { order: o.order }
    );
    if (allOrdersIn(scenario, state)) resolveMonth(d);
  } else {
    const event = scenario.index.event.get(action.event);
    const choice = event.choices.find((c) => c.id === action.option);
    state.pending = state.pending.filter(
      (p) => !(p.event === action.event && p.faction === action.faction)
    );
    state.chosen[event.id] = choice.id;
    const entry = {
      kind: "choice",
      turn: state.turn,
      event: event.id,
      faction: action.faction,
      option: choice.id
    };
    const visibleTo = event.hidden ? event.visibleTo.includes(action.faction) ? event.visibleTo : [...event.visibleTo, action.faction] : null;
    state.log.push(visibleTo ? { ...entry, visibleTo } : entry);
    applyAs(
      d,
      { kind: "choice", event: event.id, option: choice.id },
      visibleTo,
      () => applyEffects(d, choice.effects, null)
    );
    fireScheduled(d);
    if (state.endingRequested) finish(d, state.endingRequested);
    else if (state.pending.length === 0) afterEvents(d);
  }
  settle(d);
}
function allOrdersIn(scenario, state) {
  for (const f of scenario.index.playable) if (state.orders[f] === null) return false;
  return true;
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkSnapshot(scenario, state, action) {
  if (state.phase === "ended") return "action/game-over";
  const faction = scenario.index.faction.get(action.faction);
  if (!faction || !Object.hasOwn(state.orders, action.faction))
    return faction ? "action/not-playable" : "action/unknown-faction";
  if (action.turn !== state.turn) return "action/stale";
  if (action.type === "orders") {
    if (state.phase !== "orders") return "action/wrong-phase";
    if (state.orders[action.faction] !== null) return "action/already-submitted";
    return checkOrders(scenario, state, action.faction, action.orders, faction.ordersPerTurn);
  }
  if (state.phase !== "choices") return "action/wrong-phase";
  if (!state.pending.some((p) => p.event === action.event && p.faction === action.faction))
    return "action/no-such-choice";
  const event = scenario.index.event.get(action.event);
  const choice = event.choices.find((c) => c.id === action.option);
  if (!choice) return "action/unknown-option";
  if (!availableOptions(scenario, state, event.id).includes(choice.id))
    return "action/option-unavailable";
  return null;
}
function checkOrders(scenario, state, faction, orders, max) {
  if (orders.length > max) return "action/too-many-orders";
  const tally = new OrderTally(state);
  const base = ctxOf(newDraft(scenario, state));
  for (const o of orders) {
    const def = scenario.index.order.get(o.order);
    if (!def) return "action/unknown-order";
    if (def.faction !== faction) return "action/not-your-order";
    if (def.when && !def.when.run(base)) return "action/order-unavailable";
    if (def.targeted) {
      if (o.target === void 0 || !scenario.index.region.has(o.target))
        return "action/bad-target";
      if (def.where && !def.where.run({ ...base, target: o.target })) return "action/bad-target";
    } else if (o.target !== void 0) return "action/bad-target";
    const error = tally.add(o.order, o.target, def.cost);
    if (error) return error;
  }
  return null;
}
var OrderTally = class {
  constructor(state) {
    this.state = state;
  }
  state;
  seen = /* @__PURE__ */ new Set();
  spent = /* @__PURE__ */ new Map();
  add(order, target, cost) {
    const key = pickKey({ order, target });
    if (this.seen.has(key)) return "action/duplicate-order";
    this.seen.add(key);
    for (const [track, amount] of cost) {
      const total = (this.spent.get(track) ?? 0) + amount;
      this.spent.set(track, total);
      if (!(total <= (this.state.tracks[track] ?? 0))) return "action/unaffordable";
    }
    return null;
  }
};
function availableOptions(scenario, state, eventId) {
  const event = scenario.index.event.get(eventId);
  if (!event) return [];
  const ctx = { scenario, state, target: null };
  const open = event.choices.filter((c) => !c.when || c.when.run(ctx)).map((c) => c.id);
  return open.length ? open : event.choices.map((c) => c.id);
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/legal.ts
var offers = /* @__PURE__ */ new WeakMap();
function offersOf(scenario, faction) {
  let byFaction = offers.get(scenario);
  if (!byFaction) {
    const built = /* @__PURE__ */ new Map();
    for (const def of scenario.orders) {
      const options = def.targeted ? scenario.regions.map((r) => ({ order: def.id, target: r.id, cost: def.cost })) : [{ order: def.id, cost: def.cost }];
      const list = built.get(def.faction) ?? [];
      list.push({ def, options });
      built.set(def.faction, list);
    }
    offers.set(scenario, byFaction = built);
  }
  return byFaction.get(faction) ?? [];
}
function canPay(tracks, cost) {
  for (const [track, amount] of cost) if (!((tracks[track] ?? 0) >= amount)) return false;
  return true;
}
function legalActions(scenario, view) {
  const faction = view.viewer;
  const def = scenario.index.faction.get(faction);
  if (!def || view.phase === "ended" || !Object.hasOwn(view.orders, faction))
    return { faction, turn: view.turn, orders: null, choices: [] };
  if (view.phase === "choices")
    return {
      faction,
      turn: view.turn,
      orders: null,
      choices: view.pending.filter((p) => p.faction === faction).map((p) => ({ event: p.event, options: availableOptions(scenario, view, p.event) }))
    };
  if (view.orders[faction] !== null) return { faction, turn: view.turn, orders: null, choices: [] };
  const ctx = {
    scenario,
    state: view,
    target: null
  };
  const options = [];
  for (const { def: o, options: offered } of offersOf(scenario, faction)) {
    ctx.target = null;
    if (o.when && !o.when.run(ctx)) continue;
    if (!canPay(view.tracks, o.cost)) continue;
    if (!o.targeted || !o.where) {
      for (const option of offered) options.push(option);
      continue;
    }
    for (const option of offered) {
      ctx.target = option.target;
      if (o.where.run(ctx)) options.push(option);
    }
  }
  return { faction, turn: view.turn, orders: { options, max: def.ordersPerTurn }, choices: [] };
}
function stepLegal(scenario, state, legal, action) {
  const a = snapshotAction(action);
  if (!a) return "action/malformed";
  if (!isListed(legal, state, a)) {
    const error = checkSnapshot(scenario, state, a);
    if (error) return error;
  }
  applyAction(scenario, state, a);
  return null;
}
function isListed(legal, state, action) {
  if (typeof action !== "object" || action === null) return false;
  if (action.faction !== legal.faction || action.turn !== legal.turn) return false;
  if (action.type === "choose")
    return legal.choices.some(
      (c) => c.event === action.event && typeof action.option === "string" && c.options.includes(action.option)
    );
  const allowed = legal.orders;
  const picks = action.type === "orders" ? action.orders : null;
  if (!allowed || !Array.isArray(picks)) return false;
  if (picks.length > allowed.max || picks.length > MAX_ORDERS_IN_ACTION) return false;
  const tally = new OrderTally(state);
  for (const o of picks) {
    if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
    const option = find(allowed.options, o.order, o.target);
    if (!option || tally.add(o.order, o.target, option.cost)) return false;
  }
  return true;
}
function find(options, order, target) {
  for (const x of options) if (x.order === order && x.target === target) return x;
  return void 0;
}
function nextToAct(scenario, state) {
  if (state.phase === "orders") {
    for (const f of scenario.index.playable) if (state.orders[f] === null) return f;
    return void 0;
  }
  return state.phase === "choices" ? state.pending[0]?.faction : void 0;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/rules/view.ts
var NO_CHANGES = Object.freeze([]);
function knownChanges(hiddenTracks, faction, changes) {
  if (changes.length === 0) return NO_CHANGES;
  const out = [];
  const unseen = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.figure.startsWith("track:") && hiddenTracks.has(c.figure.slice(6))) continue;
    if (!c.visibleTo || c.visibleTo.includes(faction))
      out.push({ turn: c.turn, figure: c.figure, delta: c.delta, cause: c.cause });
    else {
      const key = `${c.turn} ${c.figure}`;
      const u = unseen.get(key);
      if (u) u.delta += c.delta;
      else unseen.set(key, { turn: c.turn, figure: c.figure, delta: c.delta });
    }
  }
  for (const u of [...unseen.values()].sort(byTurnAndFigure))
    out.push({ turn: u.turn, figure: u.figure, delta: u.delta, cause: { kind: "unseen" } });
  return out;
}
var byTurnAndFigure = (a, b) => a.turn - b.turn || (a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : 0);
function canSee(entry, faction) {
  const visibleTo = entry.visibleTo;
  return visibleTo === void 0 || visibleTo.includes(faction);
}
var NO_PENDING = Object.freeze([]);
var NO_ENTRIES = Object.freeze([]);
var NO_CHOSEN = Object.freeze({});
var Extensions = class {
  constructor(extend) {
    this.extend = extend;
  }
  extend;
  prev = [null, null, null];
  added = [[], [], []];
  next = [null, null, null];
  slot = 0;
  of(prev, added) {
    for (let i = 0; i < 3; i++)
      if (this.prev[i] === prev && sameEntries(this.added[i], added)) return this.next[i];
    const next = this.extend(prev, added);
    this.slot = (this.slot + 1) % 3;
    this.prev[this.slot] = prev;
    this.added[this.slot] = added;
    this.next[this.slot] = next;
    return next;
  }
};
function sameEntries(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function appendEntries(prev, added) {
  const next = prev.slice();
  for (const e of added) next.push(e);
  return next;
}
var NO_FIRED = { record: Object.freeze({}), events: [], turns: [] };
function addFirings(prev, added) {
  const events = prev.events.slice();
  const turns = prev.turns.slice();
  for (const e of added)
    if (e.kind === "event") {
      const at = events.indexOf(e.event);
      if (at < 0) {
        events.push(e.event);
        turns.push([e.turn]);
      } else turns[at] = [...turns[at], e.turn];
    }
  const record2 = hashedRecord();
  for (let i = 0; i < events.length; i++) record2[events[i]] = turns[i];
  return { record: record2, events, turns };
}
var logExtensions = new Extensions(appendEntries);
var firedExtensions = new Extensions(addFirings);
var chosenExtensions = new Extensions(addChoices);
function addChoices(prev, added) {
  const next = { ...prev };
  for (const e of added) if (e.kind === "choice") next[e.event] = e.option;
  return next;
}
function makeViewer(scenario, faction, { history = true } = {}) {
  const blind = blindFor(scenario, faction);
  let seen = 0;
  let lastEntry;
  let visible = NO_ENTRIES;
  let fired = NO_FIRED;
  let chosen = NO_CHOSEN;
  let changesOf = null;
  let changesLength = 0;
  let changes = NO_CHANGES;
  return (state) => {
    if (history && (state.changes !== changesOf || state.changes.length !== changesLength)) {
      changesOf = state.changes;
      changesLength = state.changes.length;
      changes = knownChanges(blind.hiddenTracks, faction, state.changes);
    }
    const log2 = state.log;
    if (seen > log2.length || seen > 0 && log2[seen - 1] !== lastEntry) {
      seen = 0;
      visible = NO_ENTRIES;
      fired = NO_FIRED;
      chosen = NO_CHOSEN;
    }
    if (seen < log2.length) {
      const added = [];
      const events = [];
      const choices = [];
      for (let i = seen; i < log2.length; i++) {
        const e = log2[i];
        if (!canSee(e, faction)) continue;
        if (history) added.push(e);
        if (e.kind === "event") events.push(e);
        else if (e.kind === "choice") choices.push(e);
      }
      if (added.length) visible = logExtensions.of(visible, added);
      if (events.length) fired = firedExtensions.of(fired, events);
      if (choices.length) chosen = chosenExtensions.of(chosen, choices);
      seen = log2.length;
      lastEntry = log2[seen - 1];
    }
    let flags = state.flags;
    if (blind.flags) {
      flags = {};
      for (const id of blind.flags) flags[id] = state.flags[id] === true;
    }
    const tracks = { ...blind.tracksShape };
    for (const id of blind.tracks) tracks[id] = state.tracks[id] ?? 0;
    const orders = { ...state.orders };
    for (const f in orders) if (f !== faction && orders[f] !== null) orders[f] = "given";
    return {
      scenario: state.scenario,
      turn: state.turn,
      phase: state.phase,
      flags,
      regions: state.regions,
      characters: state.characters,
      endingRequested: state.endingRequested,
      ending: state.ending,
      viewer: faction,
      tracks,
      orders,
      fired: fired.record,
      chosen,
      pending: state.pending.length === 0 ? NO_PENDING : state.pending.filter((p) => p.faction === faction || !blind.hiddenEvents.has(p.event)),
      log: visible,
      changes
    };
  };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/explain/describe.ts
function text(scenario, key, lang = DEFAULT_LANGUAGE) {
  return scenario.texts[lang]?.[key] ?? scenario.texts[DEFAULT_LANGUAGE]?.[key] ?? key;
}
function hasText(scenario, key, lang = DEFAULT_LANGUAGE) {
  return scenario.texts[lang]?.[key] !== void 0 || scenario.texts[DEFAULT_LANGUAGE]?.[key] !== void 0;
}
function nameOf(scenario, kind, id, lang) {
  if (id === "none") return "no one";
  const key = `${kind}.${id}.name`;
  return hasText(scenario, key, lang) ? text(scenario, key, lang) : id;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/engine/game/save.ts
import { sha256 as sha2562 } from "@noble/hashes/sha2.js";
import { bytesToHex as bytesToHex2, utf8ToBytes as utf8ToBytes2 } from "@noble/hashes/utils.js";
var MAX_SAVE_BYTES = 5 * 1024 * 1024;
function replay(scenario, seed, actions) {
  const state = initialState(scenario, seed);
  for (let i = 0; i < actions.length; i++) {
    const error = stepInPlace(scenario, state, actions[i]);
    if (error) return { ok: false, error: { index: i, code: error } };
  }
  return { ok: true, value: state };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/policy.ts
function ordersAction(legal, picks) {
  return {
    type: "orders",
    faction: legal.faction,
    turn: legal.turn,
    orders: picks.map(
      (p) => p.target === void 0 ? { order: p.order } : { order: p.order, target: p.target }
    )
  };
}
function chooseAction(legal, event, option) {
  return { type: "choose", faction: legal.faction, turn: legal.turn, event, option };
}
function affordable2(view, spent, cost) {
  for (const [track, amount] of cost)
    if (!((spent.get(track) ?? 0) + amount <= (view.tracks[track] ?? 0))) return false;
  return true;
}
function spend(spent, cost) {
  for (const [track, amount] of cost) spent.set(track, (spent.get(track) ?? 0) + amount);
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/canon.ts
var canonPolicy = {
  name: "canon",
  readsHistory: false,
  decide(scenario, view, legal, rng) {
    const choice = legal.choices[0];
    if (choice) {
      const event = scenario.index.event.get(choice.event);
      const canon = event?.choices.find((c) => c.canon && choice.options.includes(c.id));
      return chooseAction(legal, choice.event, canon?.id ?? choice.options[0]);
    }
    const orders = legal.orders;
    if (!orders)
      throw new Error(`canon policy asked to act for ${legal.faction} with nothing to do`);
    const month = turnTick(scenario, view.turn);
    const last = month + turnStep(scenario.calendar) - 1;
    const picks = [];
    const spent = /* @__PURE__ */ new Map();
    for (const def of scenario.orders) {
      if (picks.length >= orders.max) break;
      if (def.faction !== legal.faction || !def.canon || last < def.canon.from || month > def.canon.until)
        continue;
      const all = orders.options.filter((o2) => o2.order === def.id);
      const places = def.canon.targets;
      const named = places ? all.filter((o2) => places.includes(o2.target ?? "")) : [];
      const options = named.length ? named : all;
      if (options.length === 0) continue;
      const o = options[nextInt(rng, 0, options.length - 1)];
      if (!affordable2(view, spent, o.cost)) continue;
      spend(spent, o.cost);
      picks.push(
        o.target === void 0 ? { order: o.order } : { order: o.order, target: o.target }
      );
    }
    return ordersAction(legal, picks);
  }
};

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/greedy.ts
var passivePolicy = {
  name: "passive",
  readsHistory: false,
  decide(scenario, _view, legal) {
    const choice = legal.choices[0];
    if (!choice) return ordersAction(legal, []);
    const event = scenario.index.event.get(choice.event);
    const options = event.choices.filter((c) => choice.options.includes(c.id));
    const quietest = options.reduce(
      (a, b) => countEffects(b.effects) < countEffects(a.effects) ? b : a
    );
    return chooseAction(legal, choice.event, quietest.id);
  }
};
function countEffects(effects) {
  return effects.reduce(
    (n, e) => n + (e.op === "chance" || e.op === "if" ? countEffects(e.then) + countEffects(e.else) : "entries" in e ? e.entries.length : 1),
    0
  );
}
function delta(effects, track) {
  let d = 0;
  for (const e of effects) {
    if (e.op === "add") {
      for (const [id, n] of e.entries) if (id === track && n.constant !== null) d += n.constant;
    }
    if (e.op === "chance" && e.p.constant !== null)
      d += e.p.constant * delta(e.then, track) + (1 - e.p.constant) * delta(e.else, track);
  }
  return d;
}
function greedyPolicy(track, direction) {
  return {
    name: `greedy:${track}${direction > 0 ? "+" : "-"}`,
    decide(scenario, view, legal) {
      const choice = legal.choices[0];
      if (choice) {
        const event = scenario.index.event.get(choice.event);
        const options = event.choices.filter((c) => choice.options.includes(c.id));
        const best = options.reduce(
          (a, b) => direction * delta(b.effects, track) > direction * delta(a.effects, track) ? b : a
        );
        return chooseAction(legal, choice.event, best.id);
      }
      const orders = legal.orders;
      const ranked2 = orders.options.map((o) => ({
        o,
        score: direction * delta(scenario.index.order.get(o.order).effects, track)
      })).filter((x) => x.score > 0).sort((a, b) => b.score - a.score);
      const picks = [];
      const spent = /* @__PURE__ */ new Map();
      const used = /* @__PURE__ */ new Set();
      for (const { o } of ranked2) {
        if (picks.length >= orders.max) break;
        if (used.has(o.order) || !affordable2(view, spent, o.cost)) continue;
        used.add(o.order);
        spend(spent, o.cost);
        picks.push(
          o.target === void 0 ? { order: o.order } : { order: o.order, target: o.target }
        );
      }
      return ordersAction(legal, picks);
    }
  };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/priority/estimate.ts
function emptyEstimate() {
  return { tracks: /* @__PURE__ */ new Map(), flags: /* @__PURE__ */ new Map(), unrest: /* @__PURE__ */ new Map() };
}
function believedState(scenario, view) {
  return believedFromView(scenario, view);
}
var safe = (n) => Number.isFinite(n) ? n : 0;
var add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
var FOLLOW_UP_DEPTH = 3;
function estimate(effects, ctx, weight, into, depth = 0) {
  for (const e of effects) {
    switch (e.op) {
      case "add":
        for (const [id, n] of e.entries) add(into.tracks, id, weight * safe(n.run(ctx)));
        break;
      case "set":
        for (const [id, n] of e.tracks)
          add(into.tracks, id, weight * safe(n.run(ctx) - (ctx.state.tracks[id] ?? 0)));
        for (const [id, v] of e.flags)
          if (ctx.state.flags[id] === true !== v) add(into.flags, id, weight * (v ? 1 : -1));
        break;
      case "unrest":
        for (const [id, n] of e.entries)
          add(into.unrest, id === "target" ? ctx.target ?? "" : id, weight * safe(n.run(ctx)));
        break;
      case "chance": {
        const p = Math.min(1, Math.max(0, safe(e.p.run(ctx))));
        estimate(e.then, ctx, weight * p, into, depth);
        estimate(e.else, ctx, weight * (1 - p), into, depth);
        break;
      }
      case "if":
        estimate(e.when.run(ctx) ? e.then : e.else, ctx, weight, into, depth);
        break;
      case "trigger": {
        const next = depth < FOLLOW_UP_DEPTH ? ctx.scenario.index.event.get(e.event) : void 0;
        if (!next) break;
        const at = ctx.target === null ? ctx : { ...ctx, target: null };
        estimate(next.effects, at, weight, into, depth + 1);
        const share = weight / Math.max(1, next.choices.length);
        for (const c of next.choices) estimate(c.effects, at, share, into, depth + 1);
        break;
      }
      default:
        break;
    }
  }
  return into;
}
function stateFree(effects) {
  return effects.every((e) => {
    switch (e.op) {
      case "add":
      case "unrest":
        return e.entries.every(([, n]) => n.constant !== null);
      case "set":
        return e.tracks.length === 0 && e.flags.length === 0;
      case "chance":
        return e.p.constant !== null && stateFree(e.then) && stateFree(e.else);
      case "if":
        return inert(e.then) && inert(e.else);
      case "trigger":
        return false;
      // worth what the follow-up does, which may read the state
      default:
        return true;
    }
  });
}
function inert(effects) {
  return effects.every((e) => {
    switch (e.op) {
      case "add":
      case "unrest":
        return e.entries.length === 0;
      case "set":
        return e.tracks.length === 0 && e.flags.length === 0;
      case "chance":
      case "if":
        return inert(e.then) && inert(e.else);
      case "trigger":
        return false;
      default:
        return true;
    }
  });
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/priority/worth.ts
function weighTracksAndFlags(ai, est, total, parts) {
  for (const [id, delta2] of est.tracks) {
    const w = ai.weights[id];
    if (!w || Math.abs(delta2) < 1e-9) continue;
    parts?.push({ kind: "track", id, delta: delta2, value: w * delta2 });
    total += w * delta2;
  }
  for (const [id, delta2] of est.flags) {
    const w = ai.flags[id];
    if (!w || Math.abs(delta2) < 1e-9) continue;
    parts?.push({ kind: "flag", id, delta: delta2, value: w * delta2 });
    total += w * delta2;
  }
  return total;
}
function weighUnrest(view, ai, unrest, total, parts) {
  for (const [id, delta2] of unrest) {
    const w = view.regions[id]?.control === ai.faction ? ai.weights.unrest_own : ai.weights.unrest_rivals;
    if (!w || Math.abs(delta2) < 1e-9) continue;
    parts?.push({ kind: "unrest", id, delta: delta2, value: w * delta2 });
    total += w * delta2;
  }
  return total;
}
function weigh(view, ai, est, parts) {
  return weighUnrest(view, ai, [...est.unrest], weighTracksAndFlags(ai, est, 0, parts), parts);
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/priority/plan.ts
var plans = /* @__PURE__ */ new WeakMap();
function planFor(scenario, ai) {
  let byAi = plans.get(scenario);
  if (!byAi) plans.set(scenario, byAi = /* @__PURE__ */ new Map());
  let plan = byAi.get(ai);
  if (!plan) byAi.set(ai, plan = makePlan(scenario, ai));
  return plan;
}
function makePlan(scenario, ai) {
  const orders = /* @__PURE__ */ new Map();
  for (const def of scenario.orders)
    orders.set(def.id, {
      def,
      appetite: ai.orders[def.id] ?? 0,
      fixed: (!def.chance || def.chance.constant !== null) && stateFree(def.effects) && stateFree(def.failure),
      known: /* @__PURE__ */ new Map()
    });
  const options = /* @__PURE__ */ new Map();
  for (const event of scenario.events)
    if (event.choices.length)
      options.set(
        event.id,
        event.choices.map((c) => optionPlan(ai, event, c))
      );
  return { orders, options };
}
function optionPlan(ai, event, def) {
  return {
    def,
    appetite: ai.choices[`${event.id}.${def.id}`],
    fixed: stateFree(def.effects),
    known: null
  };
}
function known(ai, est) {
  return { est, base: weighTracksAndFlags(ai, est, 0, null), unrest: [...est.unrest] };
}
function orderEstimate(scenario, state, def, target) {
  const ctx = { scenario, state, target };
  const p = def.chance ? Math.min(1, Math.max(0, def.chance.run(ctx))) : 1;
  const est = estimate(def.effects, ctx, p, emptyEstimate());
  estimate(def.failure, ctx, 1 - p, est);
  for (const [track, amount] of def.cost)
    est.tracks.set(track, (est.tracks.get(track) ?? 0) - amount);
  return est;
}
function optionEstimate(scenario, state, def) {
  return estimate(def.effects, { scenario, state, target: null }, 1, emptyEstimate());
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/priority/priority.ts
var round = (n) => Math.round(n * 10) / 10;
var signed = (n) => `${n > 0 ? "+" : ""}${round(n)}`;
function describePart(scenario, p) {
  switch (p.kind) {
    case "track":
      return `${nameOf(scenario, "track", p.id)} ${signed(p.delta)}`;
    case "flag":
      return `${nameOf(scenario, "flag", p.id)} ${p.delta > 0 ? "becomes true" : "becomes false"}`;
    case "unrest":
      return `unrest in ${nameOf(scenario, "region", p.id)} ${signed(p.delta)}`;
    case "preference":
      return "standing preference";
  }
}
function reasonsOf(scenario, parts) {
  return [...parts].sort((a, b) => Math.abs(b.value) - Math.abs(a.value)).slice(0, 3).map((p) => `${describePart(scenario, p)} (${signed(p.value)})`).join("; ") || "no strong reason";
}
var jitter = (rng) => nextFloat(rng) * 0.01;
function decidePriority(scenario, view, legal, rng, ai, withReasons) {
  const plan = planFor(scenario, ai);
  let believed = null;
  const state = () => believed ??= believedState(scenario, view);
  const choice = legal.choices[0];
  if (choice) {
    let best = null;
    for (const option of plan.options.get(choice.event)) {
      const id = option.def.id;
      if (!choice.options.includes(id)) continue;
      const parts = withReasons ? [] : null;
      option.known ??= option.fixed ? known(ai, optionEstimate(scenario, state(), option.def)) : null;
      let score = option.known ? worthOf(view, ai, option.known, parts) : weigh(view, ai, optionEstimate(scenario, state(), option.def), parts);
      if (option.appetite) {
        parts?.push({ kind: "preference", id, delta: 1, value: option.appetite });
        score += option.appetite;
      }
      score += jitter(rng);
      if (!best || score > best.score) best = { id, score, parts };
    }
    return {
      action: chooseAction(legal, choice.event, best.id),
      reasons: withReasons ? [`${best.id}: ${reasonsOf(scenario, best.parts)}`] : []
    };
  }
  const orders = legal.orders;
  const scored = [];
  let order;
  for (const o of orders.options) {
    if (order?.def.id !== o.order) order = plan.orders.get(o.order);
    const parts = withReasons ? [] : null;
    let score = orderWorth(scenario, view, ai, state, order, o.target ?? null, parts) + order.appetite;
    if (order.appetite)
      parts?.push({ kind: "preference", id: o.order, delta: 1, value: order.appetite });
    score += jitter(rng);
    scored.push({ o, score, parts });
  }
  const picks = [];
  const reasons = [];
  const spent = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const { o, score, parts } of ranked(scored)) {
    if (picks.length >= orders.max || score <= 0) break;
    if (used.has(o.order) || !affordable2(view, spent, o.cost)) continue;
    used.add(o.order);
    spend(spent, o.cost);
    picks.push(o.target === void 0 ? { order: o.order } : { order: o.order, target: o.target });
    if (parts)
      reasons.push(
        `${nameOf(scenario, "order", o.order)}${o.target ? ` (${nameOf(scenario, "region", o.target)})` : ""}: ${reasonsOf(scenario, parts)}`
      );
  }
  return {
    action: ordersAction(legal, picks),
    reasons: reasons.length || !withReasons ? reasons : ["nothing worth its cost this month"]
  };
}
function ranked(scored) {
  if (scored.some((s) => Number.isNaN(s.score))) return scored.sort((a, b) => b.score - a.score);
  const worth = scored.filter((s) => s.score > 0);
  for (let i = 1; i < worth.length; i++) {
    const s = worth[i];
    let j = i;
    for (; j > 0 && worth[j - 1].score < s.score; j--) worth[j] = worth[j - 1];
    worth[j] = s;
  }
  return worth;
}
function orderWorth(scenario, view, ai, state, order, target, parts) {
  if (!order.fixed)
    return weigh(view, ai, orderEstimate(scenario, state(), order.def, target), parts);
  let k = order.known.get(target ?? "");
  if (!k)
    order.known.set(
      target ?? "",
      k = known(ai, orderEstimate(scenario, state(), order.def, target))
    );
  return worthOf(view, ai, k, parts);
}
function worthOf(view, ai, k, parts) {
  return parts ? weigh(view, ai, k.est, parts) : weighUnrest(view, ai, k.unrest, k.base, null);
}
var priorityPolicy = {
  name: "priority",
  decide(scenario, view, legal, rng) {
    return decidePriority(scenario, view, legal, rng, weightsFor(scenario, legal.faction), false).action;
  },
  explain(scenario, view, legal, rng) {
    return decidePriority(scenario, view, legal, rng, weightsFor(scenario, legal.faction), true);
  }
};
function weightsFor(scenario, faction) {
  const ai = scenario.ai.find((a) => a.faction === faction);
  if (!ai) throw new Error(`the scenario gives no ai.yaml weights for ${faction}`);
  return ai;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/random.ts
var randomPolicy = {
  name: "random",
  readsHistory: false,
  decide(_scenario, view, legal, rng) {
    const choice = legal.choices[0];
    if (choice)
      return chooseAction(
        legal,
        choice.event,
        choice.options[nextInt(rng, 0, choice.options.length - 1)]
      );
    const orders = legal.orders;
    if (!orders)
      throw new Error(`random policy asked to act for ${legal.faction} with nothing to do`);
    const want = nextInt(rng, 0, orders.max);
    const pool = orders.options.slice();
    const picks = [];
    const spent = /* @__PURE__ */ new Map();
    while (picks.length < want && pool.length > 0) {
      const o = pool.splice(nextInt(rng, 0, pool.length - 1), 1)[0];
      if (!affordable2(view, spent, o.cost)) continue;
      spend(spent, o.cost);
      picks.push(
        o.target === void 0 ? { order: o.order } : { order: o.order, target: o.target }
      );
    }
    return ordersAction(legal, picks);
  }
};

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/routine.ts
var routinePolicy = {
  name: "routine",
  readsHistory: true,
  decide(scenario, view, legal) {
    const choice = legal.choices[0];
    if (choice) return chooseAction(legal, choice.event, choice.options[0]);
    if (!legal.orders)
      throw new Error(`routine policy asked to act for ${legal.faction} with nothing to do`);
    const routine = scenario.index.routine.get(legal.faction);
    if (!routine) return ordersAction(legal, []);
    const listed = legal.orders.options;
    const picks = routineOrders(scenario, routine, believedFromView(scenario, view)).filter((p) => listed.some((o) => o.order === p.order && o.target === p.target)).slice(0, legal.orders.max);
    return ordersAction(legal, picks);
  }
};

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/search.ts
var keyOf = (a) => JSON.stringify(a);
function determinize(scenario, view, seed) {
  const tracks = hashedRecord();
  for (const t of scenario.tracks) tracks[t.id] = view.tracks[t.id] ?? t.initial;
  const flags = hashedRecord();
  for (const f of scenario.flags) flags[f.id] = view.flags[f.id] ?? f.initial;
  const regions = hashedRecord();
  for (const [id, r] of Object.entries(view.regions))
    regions[id] = { control: r.control, unrest: r.unrest };
  const characters = hashedRecord();
  for (const [id, c] of Object.entries(view.characters))
    characters[id] = { health: c.health, alive: c.alive };
  const orders = {};
  for (const f of scenario.index.playable) {
    const mine = view.orders[f];
    orders[f] = Array.isArray(mine) ? [...mine] : null;
  }
  return {
    scenario: view.scenario,
    seed,
    turn: view.turn,
    phase: view.phase,
    tracks,
    flags,
    regions,
    characters,
    fired: Object.assign(hashedRecord(), view.fired),
    chosen: Object.assign(hashedRecord(), view.chosen),
    scheduled: [],
    pending: [...view.pending],
    orders,
    endingRequested: null,
    ending: view.ending,
    rng: seedRng(seed),
    draws: 0,
    log: [],
    changes: []
  };
}
function candidates(scenario, view, legal, rng, n, preferred) {
  const choice = legal.choices[0];
  if (choice) return choice.options.map((o) => chooseAction(legal, choice.event, o));
  const out = /* @__PURE__ */ new Map();
  const add2 = (a) => out.set(keyOf(a), a);
  if (preferred) add2(preferred);
  add2({ type: "orders", faction: legal.faction, turn: legal.turn, orders: [] });
  for (let tries = 0; out.size < n && tries < n * 4; tries++)
    add2(randomPolicy.decide(scenario, view, legal, rng));
  return [...out.values()];
}
function playout(scenario, state, faction, seed) {
  const fast = (f) => scenario.ai.some((a) => a.faction === f) ? PRIORITY_FAST : randomPolicy;
  const rng = generatorFrom(seedRng(seed));
  const viewers = new Map(scenario.index.playable.map((f) => [f, makeViewer(scenario, f)]));
  for (let guard = 0; state.phase !== "ended" && guard < 1e4; guard++) {
    const f = nextToAct(scenario, state);
    if (f === void 0) break;
    const view = viewers.get(f)(state);
    const legal = legalActions(scenario, view);
    const action = fast(f).decide(scenario, view, legal, rng);
    if (stepLegal(scenario, state, legal, action)) break;
  }
  const ending = state.ending ? scenario.index.ending.get(state.ending) : null;
  return ending?.score[faction] ?? 0;
}
var PRIORITY_FAST = {
  name: "priority",
  decide: (scenario, view, legal, rng) => decidePriority(
    scenario,
    view,
    legal,
    rng,
    scenario.ai.find((a) => a.faction === legal.faction),
    false
  ).action
};
function decideBySearch(scenario, view, legal, rng, budget) {
  const ai = scenario.ai.find((a) => a.faction === legal.faction);
  if (ai && legal.choices.length === 0 && !budget.orders) {
    const action = decidePriority(scenario, view, legal, rng, ai, false).action;
    return { action, values: [{ action, mean: 0, visits: 0 }] };
  }
  const preferred = ai ? decidePriority(scenario, view, legal, rng, ai, false).action : void 0;
  const options = candidates(scenario, view, legal, rng, budget.candidates, preferred);
  if (options.length === 1)
    return { action: options[0], values: [{ action: options[0], mean: 0, visits: 0 }] };
  const visits = options.map(() => 0);
  const totals = options.map(() => 0);
  const squares = options.map(() => 0);
  for (let n = 0; n < budget.playouts; n++) {
    let pick = visits.findIndex((v) => v === 0);
    if (pick < 0) {
      let best2 = -Infinity;
      options.forEach((_, i) => {
        const ucb = totals[i] / visits[i] / 100 + Math.sqrt(2 * Math.log(n) / visits[i]);
        if (ucb > best2) [best2, pick] = [ucb, i];
      });
    }
    const seed = nextInt(rng, 0, 2147483647);
    const state = determinize(scenario, view, seed);
    const score = stepInPlace(scenario, state, options[pick]) ? 0 : playout(scenario, state, legal.faction, seed ^ 1540483477);
    visits[pick]++;
    totals[pick] += score;
    squares[pick] += score * score;
  }
  const values = options.map((action, i) => {
    const n = visits[i];
    const mean = n ? totals[i] / n : 0;
    return {
      action,
      mean,
      visits: n,
      variance: n > 1 ? (squares[i] - n * mean * mean) / (n - 1) : 0
    };
  });
  const mostVisited = values.reduce(
    (a, b) => b.visits > a.visits || b.visits === a.visits && b.mean > a.mean ? b : a
  );
  const prior = preferred && values.find((v) => keyOf(v.action) === keyOf(preferred));
  const best = prior && !clearlyBetter(mostVisited, prior) ? prior : mostVisited;
  return {
    action: best.action,
    values: values.map(({ action, mean, visits: visits2 }) => ({ action, mean, visits: visits2 }))
  };
}
var OVERRULE_Z = 1;
function clearlyBetter(a, b) {
  if (a === b || a.visits < 2) return false;
  if (b.visits < 2) return true;
  const error = Math.sqrt(a.variance / a.visits + b.variance / b.visits);
  return a.mean - b.mean > OVERRULE_Z * error;
}
function searchPolicy(name, budget) {
  return {
    name,
    decide: (scenario, view, legal, rng) => decideBySearch(scenario, view, legal, rng, budget).action,
    explain: (scenario, view, legal, rng) => {
      const { action, values } = decideBySearch(scenario, view, legal, rng, budget);
      const ranked2 = [...values].sort(
        (a, b) => Number(b.action === action) - Number(a.action === action) || b.visits - a.visits
      ).slice(0, 3);
      return {
        action,
        reasons: ranked2.map(
          (v) => `${describeAction(v.action)}: expected score ${v.mean.toFixed(1)} over ${v.visits} playouts`
        )
      };
    }
  };
}
function describeAction(a) {
  if (a.type === "choose") return a.option;
  return a.orders.length ? a.orders.map((o) => o.target ? `${o.order}@${o.target}` : o.order).join(" + ") : "no orders";
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/ai/index.ts
var SEARCH_BUDGET = { candidates: 8, playouts: 60 };
var POLICIES = new Map(
  [
    canonPolicy,
    randomPolicy,
    passivePolicy,
    priorityPolicy,
    routinePolicy,
    searchPolicy("search", SEARCH_BUDGET)
  ].map((p) => [p.name, p])
);
var MAX_SEARCH_PLAYOUTS = 1e3;
function parsePolicy(name, tracks = []) {
  const known2 = POLICIES.get(name);
  if (known2) return { ok: true, value: known2 };
  const search = /^search(-all)?:(\d+)$/.exec(name);
  if (search) {
    const playouts = Number(search[2]);
    if (!(playouts >= 1 && playouts <= MAX_SEARCH_PLAYOUTS))
      return {
        ok: false,
        error: `the policy "${name}" asks for ${search[2]} playouts a decision: it may ask for 1 to ${MAX_SEARCH_PLAYOUTS}`
      };
    return {
      ok: true,
      value: searchPolicy(name, {
        candidates: SEARCH_BUDGET.candidates,
        playouts,
        orders: search[1] !== void 0
      })
    };
  }
  const m = /^greedy:([a-z][a-z0-9_]*)([+-])$/.exec(name);
  if (m) {
    const has = tracks instanceof Set ? tracks.has(m[1]) : tracks.includes(m[1]);
    if (!has) return { ok: false, error: `the policy "${name}" names no track "${m[1]}"` };
    return { ok: true, value: greedyPolicy(m[1], m[2] === "+" ? 1 : -1) };
  }
  return { ok: false, error: `unknown policy "${name}"` };
}
function policyByName(name, tracks = []) {
  const r = parsePolicy(name, tracks);
  return r.ok ? r.value : null;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/analysis/campaign.ts
var MAX_ACTIONS = 1e5;
function runCampaign(scenario, seed, policies, from, observe) {
  const state = from ? structuredClone(from.state) : initialState(scenario, seed);
  const actions = from ? [...from.actions] : [];
  const seats = /* @__PURE__ */ new Map();
  scenario.index.playable.forEach(
    (f, i) => seats.set(f, {
      viewer: makeViewer(scenario, f, { history: policies[f]?.readsHistory !== false }),
      policy: policies[f],
      rng: generatorFrom(seedRng(seed ^ 2654435769 * (i + 1) | 0))
    })
  );
  while (state.phase !== "ended") {
    const faction = nextToAct(scenario, state);
    if (faction === void 0) throw new Error(`no faction can act on turn ${state.turn}`);
    const seat = seats.get(faction);
    const policy = seat.policy;
    if (!policy) throw new Error(`no policy plays ${faction}`);
    const view = seat.viewer(state);
    const legal = legalActions(scenario, view);
    const action = policy.decide(scenario, view, legal, seat.rng);
    const error = stepLegal(scenario, state, legal, action);
    if (error)
      throw new Error(
        `policy ${policy.name} for ${faction} chose an illegal action (${error}) on turn ${state.turn}`
      );
    actions.push(action);
    observe?.(state);
    if (actions.length > MAX_ACTIONS)
      throw new Error(`campaign did not end after ${MAX_ACTIONS} actions`);
  }
  return { state, actions };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/analysis/summary.ts
function playSummarized(scenario, seed, policies, tracks, from) {
  const firstTurn = from?.state.turn ?? 0;
  const months = turnCount(scenario);
  const samples = new Float64Array(Math.max(0, months - firstTurn) * tracks.length);
  let month = firstTurn;
  const record2 = (turn, state2) => {
    const at = (turn - firstTurn) * tracks.length;
    if (at + tracks.length > samples.length) return;
    for (let j = 0; j < tracks.length; j++) samples[at + j] = state2.tracks[tracks[j]] ?? 0;
  };
  const observe = (state2) => {
    for (; month < state2.turn; month++) record2(month, state2);
    if (state2.phase === "ended") record2(state2.turn, state2);
  };
  const { state } = runCampaign(
    scenario,
    seed,
    policies,
    from ? { state: from.state, actions: from.actions } : void 0,
    observe
  );
  const fired = {};
  for (const id in state.fired) fired[id] = state.fired[id].length;
  const options = {};
  for (const entry of state.log)
    if (entry.kind === "choice") {
      const key = `${entry.event}.${entry.option}`;
      options[key] = (options[key] ?? 0) + 1;
    }
  const used = Math.min(samples.length, (state.turn - firstTurn + 1) * tracks.length);
  return {
    seed,
    ending: state.ending,
    firstTurn,
    turn: state.turn,
    fired,
    options,
    tracks: samples.slice(0, used)
  };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/analysis/stats/histogram.ts
var MAX_BINS = 101;
function binsFor(min, max) {
  const count = Math.max(2, Math.min(MAX_BINS, Math.floor(max - min) + 1));
  return { min, max, count, width: (max - min) / (count - 1) };
}
function binOf(bins, value) {
  const i = Math.round((value - bins.min) / bins.width);
  return i < 0 ? 0 : i >= bins.count ? bins.count - 1 : i;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/analysis/stats/tally.ts
function tallyLayout(scenario, tracks) {
  return {
    endings: scenario.endings.map((e) => e.id),
    events: scenario.events.map((e) => e.id),
    options: scenario.events.flatMap((e) => e.choices.map((c) => `${e.id}.${c.id}`)),
    tracks: tracks.map((id) => {
      const t = scenario.index.track.get(id);
      if (!t) throw new Error(`no track ${id}`);
      return { id, bins: binsFor(t.min, t.max) };
    }),
    months: turnCount(scenario)
  };
}
function emptyTally(layout) {
  const zeros = (n) => new Array(n).fill(0);
  return {
    runs: 0,
    endings: zeros(layout.endings.length),
    endingMonths: zeros(layout.endings.length),
    eventRuns: zeros(layout.events.length),
    eventFires: zeros(layout.events.length),
    options: zeros(layout.options.length),
    tracks: layout.tracks.map((t) => new Uint32Array(layout.months * t.bins.count))
  };
}
function tallyIndex(layout) {
  const indexOf = (ids) => new Map(ids.map((id, i) => [id, i]));
  return {
    layout,
    ending: indexOf(layout.endings),
    event: indexOf(layout.events),
    option: indexOf(layout.options)
  };
}
function addCampaign(index, tally, c) {
  const { layout } = index;
  tally.runs++;
  const e = index.ending.get(c.ending);
  if (e !== void 0) {
    tally.endings[e]++;
    tally.endingMonths[e] += c.turn + 1;
  }
  for (const id in c.fired) {
    const i = index.event.get(id);
    if (i === void 0) continue;
    tally.eventRuns[i]++;
    tally.eventFires[i] += c.fired[id];
  }
  for (const key in c.options) {
    const i = index.option.get(key);
    if (i !== void 0) tally.options[i] += c.options[key];
  }
  const k = layout.tracks.length;
  const months = k === 0 ? 0 : c.tracks.length / k;
  for (let j = 0; j < k; j++) {
    const { bins } = layout.tracks[j];
    const hist = tally.tracks[j];
    for (let m = 0; m < months; m++) {
      const month = c.firstTurn + m;
      if (month >= layout.months) break;
      hist[month * bins.count + binOf(bins, c.tracks[m * k + j])]++;
    }
  }
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/analysis/chunk.ts
function prepare(scenario, spec) {
  const tracks = new Set(scenario.tracks.map((t) => t.id));
  const policies = {};
  for (const [faction, name] of Object.entries(spec.policies)) {
    const p = policyByName(name, tracks);
    if (!p) throw new Error(`unknown policy ${name}`);
    policies[faction] = p;
  }
  let start = null;
  if (spec.from) {
    const r = replay(scenario, spec.from.seed, spec.from.actions);
    if (!r.ok)
      throw new Error(`the save does not replay: action ${r.error.index + 1} (${r.error.code})`);
    start = { state: r.value, actions: spec.from.actions };
  }
  return { scenario, spec, policies, index: tallyIndex(tallyLayout(scenario, spec.tracks)), start };
}
function runChunk(p, chunk) {
  const tally = emptyTally(p.index.layout);
  for (let i = chunk.first; i < chunk.first + chunk.count; i++) {
    const seed = p.spec.seed + i;
    const from = p.start ? { state: { ...p.start.state, rng: seedRng(seed) }, actions: p.start.actions } : void 0;
    addCampaign(p.index, tally, playSummarized(p.scenario, seed, p.policies, p.spec.tracks, from));
  }
  return tally;
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/node/scenario-dir.ts
import { existsSync as existsSync2, opendirSync, readdirSync, statSync as statSync2 } from "node:fs";
import { join as join2, relative, resolve, sep } from "node:path";

// ../../../tmp/uchronia-frozen-fnXDkJ/src/node/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached !== void 0) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && isUchronia(manifest)) return cached = dir;
    if (dirname(dir) === dir) throw new Error("uchronia: cannot find the package folder");
  }
}
function isUchronia(manifest) {
  try {
    return JSON.parse(readFileSync(manifest, "utf8")).name === "uchronia";
  } catch {
    return false;
  }
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/node/read-file.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  statSync
} from "node:fs";
var fail = (code, message) => ({ ok: false, code, message });
function readTextFile(path, maxBytes) {
  let fd;
  try {
    const st = statSync(path);
    if (!st.isFile())
      return fail("E_NOT_A_FILE", `it is ${kindOf(st)}, not a regular file; only files are read`);
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return openProblem(path, e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return fail("E_NOT_A_FILE", `it is ${kindOf(st)}, not a regular file; only files are read`);
    if (st.size > maxBytes)
      return fail("E_FILE_TOO_LARGE", `it is ${st.size} bytes; the limit is ${maxBytes}`);
    let buf = Buffer.alloc(Math.min(Math.max(st.size, 64 * 1024), maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      if (length === buf.length) {
        if (length > maxBytes)
          return fail("E_FILE_TOO_LARGE", `it is more than ${maxBytes} bytes, the limit`);
        const bigger = Buffer.alloc(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    try {
      return {
        ok: true,
        text: new TextDecoder("utf-8", { fatal: true }).decode(buf.subarray(0, length))
      };
    } catch {
      return fail("E_NOT_UTF8", "it is not UTF-8 text");
    }
  } catch (e) {
    return fail("E_UNREADABLE", `it cannot be read (${errnoOf(e)})`);
  } finally {
    closeSync(fd);
  }
}
function openProblem(path, e) {
  const code = errnoOf(e);
  if (code === "ELOOP") return fail("E_LINK_LOOP", "it is a loop of symbolic links");
  if (code === "ENOENT") {
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
    }
    return link ? fail("E_BROKEN_LINK", "it is a symbolic link to a file that does not exist") : fail("E_NO_FILE", "there is no such file");
  }
  if (code === "EISDIR") return fail("E_NOT_A_FILE", "it is a folder, not a regular file");
  if (code === "EACCES" || code === "EPERM")
    return fail("E_UNREADABLE", "it cannot be read: permission denied");
  return fail("E_UNREADABLE", `it cannot be read (${code})`);
}
var errnoOf = (e) => e?.code ?? (e instanceof Error ? e.message : String(e));
function kindOf(st) {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/node/scenario-dir.ts
function bundledScenarios() {
  return join2(packageRoot(), "scenarios");
}
function resolveScenarioDir(nameOrPath) {
  if (existsSync2(nameOrPath)) return resolve(nameOrPath);
  if (/^[a-z0-9_-]+$/.test(nameOrPath)) {
    const bundled = join2(bundledScenarios(), nameOrPath);
    if (existsSync2(bundled)) return bundled;
  }
  return resolve(nameOrPath);
}
function listBundledScenarios() {
  const dir = bundledScenarios();
  if (!existsSync2(dir)) return [];
  return readdirSync(dir).filter((d) => existsSync2(join2(dir, d, "scenario.yaml"))).sort();
}
var MAX_FOLDER_ENTRIES = 4 * MAX_FILES;
function readScenarioFolder(dir) {
  const files = [];
  const errors = [];
  const problem = (file, code, message, hint) => {
    errors.push({
      severity: "error",
      file: file || ".",
      line: 1,
      col: 1,
      path: "",
      code,
      message,
      ...hint ? { hint } : {}
    });
  };
  const walk2 = (d, depth) => {
    const rel = relative(dir, d).split(sep).join("/");
    const names = listFolder(d);
    if (!names.ok)
      return problem(rel, names.code, `cannot read the folder \`${rel || "."}\`: ${names.message}`);
    for (const name of names.names) {
      if (files.length > MAX_FILES) return;
      const p = join2(d, name);
      const path = rel ? `${rel}/${name}` : name;
      if (!/\.ya?ml$/.test(name)) {
        if (depth < 2 && isFolder(p)) walk2(p, depth + 1);
        continue;
      }
      const r = readTextFile(p, MAX_FILE_BYTES);
      if (r.ok) files.push({ path, text: r.text });
      else problem(path, r.code, `cannot read \`${path}\`: ${r.message}`, READ_HINTS[r.code]);
    }
  };
  walk2(dir, 0);
  return { files, errors };
}
var READ_HINTS = {
  E_BROKEN_LINK: "point the link at a file or remove it",
  E_LINK_LOOP: "point the link at a file or remove it",
  E_NOT_A_FILE: "a scenario file is a plain text file",
  E_FILE_TOO_LARGE: "split it: events may be spread over several files"
};
function listFolder(d) {
  let dirHandle;
  try {
    dirHandle = opendirSync(d);
  } catch (e) {
    const code = e.code;
    return {
      ok: false,
      code: "E_UNREADABLE",
      message: code === "EACCES" || code === "EPERM" ? "permission denied" : String(code)
    };
  }
  const names = [];
  try {
    for (let entry = dirHandle.readSync(); entry; entry = dirHandle.readSync()) {
      if (names.length >= MAX_FOLDER_ENTRIES)
        return {
          ok: false,
          code: "E_TOO_MANY_FILES",
          message: `it holds more than ${MAX_FOLDER_ENTRIES} entries`
        };
      names.push(entry.name);
    }
  } catch (e) {
    return { ok: false, code: "E_UNREADABLE", message: String(e.code) };
  } finally {
    dirHandle.closeSync();
  }
  return { ok: true, names: names.sort() };
}
function isFolder(p) {
  try {
    return statSync2(p).isDirectory();
  } catch {
    return false;
  }
}
function loadScenarioDir(nameOrPath) {
  const dir = resolveScenarioDir(nameOrPath);
  if (!isFolder(dir))
    return {
      dir,
      ok: false,
      errors: [
        {
          severity: "error",
          file: nameOrPath,
          line: 1,
          col: 1,
          path: "",
          code: "E_NO_SCENARIO",
          message: `no scenario folder at ${nameOrPath}`,
          hint: `bundled scenarios: ${listBundledScenarios().join(", ") || "none"}`
        }
      ]
    };
  const read = readScenarioFolder(dir);
  if (read.errors.length) return { dir, ok: false, errors: read.errors };
  return { dir, ...parseScenario(read.files) };
}

// ../../../tmp/uchronia-frozen-fnXDkJ/src/cli/analyze/analyze-worker.ts
var cached2 = null;
function prepared(dir, spec) {
  const key = `${dir}
${JSON.stringify(spec)}`;
  if (cached2?.key === key) return cached2.prepared;
  const r = loadScenarioDir(dir);
  if (!r.ok) throw new Error(`the scenario at ${dir} does not load in a worker`);
  cached2 = { key, prepared: prepare(r.scenario, spec) };
  return cached2.prepared;
}
function runTask(task) {
  return runChunk(prepared(task.dir, task.spec), task.chunk);
}
export {
  runTask as default
};
