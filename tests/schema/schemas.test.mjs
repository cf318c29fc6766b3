// The published JSON Schemas as an integrator in another language meets them: ajv (draft 2020-12, strict, with
// formats) must accept every bundled example, every generated valid plan and every output the tool writes for the
// bundled example (docs/*.output.schema.json against the CLI tests' golden JSON files). A schema that refuses a valid plan is a
// bug (issue "Views, not verbs": multipleOf 0.01 refused 1 363 of 10 000 valid position shares such as 33.33).
// Usage: node schemas.test.mjs   (from this folder; prints "N passed, N failed", exits non-zero on a failure)
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const read = (...parts) => JSON.parse(readFileSync(join(root, ...parts), "utf8"));
const ajv = new Ajv2020({ allErrors: true }) // ajv's defaults, as an integrator would use it;
addFormats(ajv);
const validators = {
  plan: ajv.compile(read("docs", "plan.schema.json")),
  wheel: ajv.compile(read("docs", "wheel.schema.json")),
  evaluation: ajv.compile(read("docs", "evaluation.schema.json")),
};

let passed = 0;
let failed = 0;
const check = (kind, name, document) => {
  if (!(kind in validators)) {
    failed++;
    console.error(`${name}: no schema for "${kind}"`);
  } else if (validators[kind](document)) {
    passed++;
  } else {
    failed++;
    if (failed <= 10) console.error(`${name}: ${ajv.errorsText(validators[kind].errors)}`);
  }
};

const kindOf = (file) => (file.endsWith(".evaluation.json") ? "evaluation" : file.includes("wheel") ? "wheel" : "plan");
const examples = readdirSync(join(root, "docs", "examples")).filter((f) => f.endsWith(".json")).sort();
for (const file of examples) check(kindOf(file), `docs/examples/${file}`, read("docs", "examples", file));

// Generated valid plans: every two-decimal position share in (0, 100] that a seeded generator draws, and every
// two-decimal amount, each written as JSON writes a decimal (33.33, 12.5, 100), in the bundled example's people.
let seed = 20261126;
const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
const hundredths = (max) => 1 + (next() % max);
const base = read("docs", "examples", "gjovik-region.json");
const wanted = 10000;
let drawn = 0;
while (drawn < wanted) {
  const plan = structuredClone(base);
  for (const person of plan.people) {
    person.positionPercent = hundredths(10000) / 100;
    drawn++;
  }
  for (const requirement of plan.requirements) requirement.amountPercent = hundredths(100000) / 100;
  check("plan", `generated plan ${passed + failed}`, plan);
}
for (const share of [0.01, 0.07, 12.5, 33.33, 66.67, 99.99, 100]) {
  const plan = structuredClone(base);
  plan.people[0].positionPercent = share;
  check("plan", `positionPercent ${share}`, plan);
}

// The outputs the tool writes (reks.gaps, reks.gaps.regional, reks.inventory, reks.evaluation, reks.wheel, reks.plan): every
// golden JSON file of the CLI tests is the bundled example's output byte for byte (the .NET tests compare them), so
// validating the golden files validates what the library writes. Each names its schema by its "format".
const outputSchemas = {
  "reks.gaps": "gaps.output.schema.json",
  "reks.gaps.regional": "regional.output.schema.json",
  "reks.inventory": "inventory.output.schema.json",
  "reks.evaluation": "evaluation.output.schema.json",
  "reks.wheel": "wheel.output.schema.json",
  "reks.plan": "plan.output.schema.json",
};
for (const [format, file] of Object.entries(outputSchemas)) validators[format] = ajv.compile(read("docs", file));
const goldenFolder = ["tests", "ReKs.Competence.Cli.Tests", "Golden"];
const outputs = readdirSync(join(root, ...goldenFolder)).filter((f) => f.endsWith(".json")).sort();
const seen = new Set();
for (const file of outputs) {
  const output = read(...goldenFolder, file);
  if (!("format" in output)) {
    check("plan", `golden ${file}`, output); // the plan reks import writes
    continue;
  }
  seen.add(output.format);
  check(output.format, `golden ${file}`, output);
}
for (const format of Object.keys(outputSchemas)) {
  if (!seen.has(format)) {
    failed++;
    console.error(`no golden output of ${format} was validated`);
  }
}

console.log(`${drawn} generated position shares in ${passed + failed - examples.length} plans, ${examples.length} examples`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
