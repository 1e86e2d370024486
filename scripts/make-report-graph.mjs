// Writes a synthetic GeoStance snapshot (geostance-snapshot JSON) for testing
// the HTML report at scale: ACTORS actors and RELATIONS relations, the same
// file for the same arguments (a fixed-seed generator, no clock, no Math.random).
//
//   node scripts/make-report-graph.mjs ACTORS RELATIONS OUT.json
//
// Ties follow a skewed degree distribution (a few hubs, many actors with one
// or two ties), as news graphs do. Every relation has a date, a confidence and
// a sentence naming both sides. Actor 7 carries a hostile name and alias, and a
// sentence holds markup, so the report must keep them inert text.
import { writeFileSync } from "node:fs";

const [actorArg, relationArg, out] = process.argv.slice(2);
const actorCount = Number(actorArg), relationCount = Number(relationArg);
if (!out || !Number.isInteger(actorCount) || !Number.isInteger(relationCount) || actorCount < 2 || relationCount < 1) {
  console.error("usage: make-report-graph.mjs ACTORS RELATIONS OUT.json (ACTORS >= 2, RELATIONS >= 1)");
  process.exit(2);
}

// xorshift64*: small, fast and the same on every machine.
let seed = 0x9e3779b97f4a7c15n;
function next() {
  seed ^= seed >> 12n; seed ^= (seed << 25n) & 0xffffffffffffffffn; seed ^= seed >> 27n;
  return Number(((seed * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn) >> 11n) / 2 ** 53;
}
const below = (n) => Math.floor(next() * n);

const syllables = ["ka", "ro", "mi", "tel", "san", "dor", "vi", "na", "lus", "ber", "quo", "zan", "fe", "gra", "hol", "ut"];
const kinds = ["state", "organisation", "armed-group", "person", "party"];
const actors = [];
for (let i = 0; i < actorCount; i++) {
  let name = "";
  for (let s = 2 + (i % 3), n = i + 1; s > 0; s--, n = Math.floor(n / syllables.length) + below(7)) {
    name += syllables[n % syllables.length];
  }
  name = name[0].toUpperCase() + name.slice(1) + " " + (i + 1);
  actors.push({ id: "A" + String(i + 1).padStart(4, "0"), name, aliases: [], kind: kinds[i % kinds.length] });
}
if (actorCount > 7) {
  actors[7].name = "</script><script>window.__pwned=7</script><img src=x onerror=\"window.__pwned=8\">";
  actors[7].aliases = ["<b>bold</b>"];
}

// [kind, intensity]: the default intensities of RelationKind.
const relationKinds = [["agree", 4], ["consult", 1], ["support", 3.5], ["cooperate", 6], ["aid", 7],
  ["accuse", -2], ["reject", -4], ["threaten", -6], ["protest", -6.5], ["sanction", -5.6], ["assault", -9.5],
  ["alliance", 8], ["hostility", -8], ["backing", 6]];
const verbs = { agree: "agreed with", consult: "consulted", support: "supported", cooperate: "cooperated with",
  aid: "sent aid to", accuse: "accused", reject: "rejected the demands of", threaten: "threatened",
  protest: "protested against", sanction: "imposed sanctions on", assault: "attacked",
  alliance: "signed an alliance with", hostility: "declared hostility to", backing: "backed" };
// Skewed: low indexes are hubs. The first ACTORS relations start at each actor in turn.
const pick = () => Math.min(actorCount - 1, Math.floor(actorCount * next() ** 2.2));
const relations = [];
const seen = new Set();
for (let attempts = 0; relations.length < relationCount && attempts < relationCount * 20; attempts++) {
  const s = relations.length < actorCount ? relations.length : pick();  // everyone takes part
  let t = pick();
  if (t === s) t = (s + 1 + below(actorCount - 1)) % actorCount;
  const [kind, intensity] = relationKinds[below(relationKinds.length)];
  const day = 1 + below(365);
  const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
  const document = "wire-" + String(below(2000)).padStart(4, "0") + ".txt";
  const sentenceIndex = below(40);
  const key = [s, t, kind, date, document, sentenceIndex].join("|");
  if (seen.has(key)) continue;
  seen.add(key);
  const sentence = s === 7 || t === 7
    ? actors[s].name + " " + verbs[kind] + " " + actors[t].name + ", they said </script><b>loudly</b>."
    : actors[s].name + " " + verbs[kind] + " " + actors[t].name + " on " + date + ".";
  relations.push({
    source: actors[s].id, target: actors[t].id, kind, modality: "asserted", date,
    confidence: Math.round((0.5 + 0.5 * next()) * 100) / 100, intensity, weight: 1,
    evidence: { document, sentenceIndex, sentence, cue: verbs[kind].split(" ")[0] },
  });
}
if (relations.length < relationCount) {
  console.error(`make-report-graph: only ${relations.length} distinct relations among ${actorCount} actors`);
  process.exit(1);
}
writeFileSync(out, JSON.stringify({ format: "geostance-snapshot", version: 1, actors, roles: [], relations }, null, 1) + "\n");
