// One-off builder of src/domain/taxonomy.json from the project's domain notes
// (../shared/domain/taxonomy.json). Run: node scripts/build-taxonomy.mjs <path-to-shared-taxonomy.json>
// The output is committed and then curated by hand (planAliases, notes); re-running overwrites it.
import fs from 'node:fs';

const source = JSON.parse(fs.readFileSync(process.argv[2] ?? '../shared/domain/taxonomy.json', 'utf8'));
const pick = (d) => ({
  code: d.code,
  vi: d.vi,
  en: d.en,
  aliases: d.aliases ?? [],
  verified: d.verified,
  sources: d.sources ?? [],
  ...(d.subdimensions?.length ? { subdimensions: d.subdimensions.map(pick) } : {}),
});
const byCode = Object.fromEntries(source.indices.map((i) => [i.code, i]));
const indexHead = (i) => ({ code: i.code, names: i.names, aliases: i.aliases, levelTerms: i.level_terms ?? null, sources: i.sources });

const papi = byCode.PAPI;
const par = byCode.PAR_INDEX;
const sipas = byCode.SIPAS;
const pci = byCode.PCI;

// PAR: one code set PAR.1–8; the names of the 2012–2016 and 2017–2021 areas are former names.
const par2022 = par.versions.find((v) => v.from === 2022);
const formerPar = par.versions.filter((v) => v.from !== 2022);
const parDims = par2022.dimensions.map((d, n) => ({
  ...pick(d),
  formerNames: formerPar
    .map((v) => ({ name: v.dimensions[n]?.vi, from: v.from, to: v.to, decision: v.decision ?? null }))
    .filter((f) => f.name && f.name !== d.vi),
}));
// 2012–2016 area 8 ("một cửa, một cửa liên thông") was merged into administrative-procedure reform.
for (const d of parDims) d.formerNames = d.formerNames.filter((f) => !(f.from === 2012 && /một cửa/.test(f.name)));
parDims[2].formerNames.push({ name: 'Thực hiện cơ chế một cửa, một cửa liên thông', from: 2012, to: 2016, decision: null, note: 'area 8 of 2012–2016, merged into PAR.3 later (indices.md §2.5)' });

// SIPAS: the five 2017–2021 factors are the factors of aspect 2 of the 2022 scheme (indices.md §3.2).
const sipas2022 = sipas.versions.find((v) => v.from === 2022);
const sipas2017 = sipas.versions.find((v) => v.from === 2017);
const sipasDims = sipas2022.dimensions.map(pick);
sipasDims[1].subdimensions = sipasDims[1].subdimensions.map((s, n) => {
  const old = sipas2017.dimensions[n];
  return { ...s, formerNames: [{ name: old.vi, code: old.code, from: 2017, to: 2021 }, ...old.aliases.map((a) => ({ name: a, code: old.code, from: 2017, to: 2021 }))] };
});

// PAPI 2009–2017 ↔ 2018: the same dimension or sub-dimension under both schemes (same English name,
// indices.md §1.3–1.4), so a heading worded in one scheme's terms is read in the other's.
const papiEquivalent = (code) => {
  const m = /^PAPI2009\.(\d)(?:\.(\d))?$/.exec(code);
  if (!m) return null;
  if (!m[2]) return `PAPI.${m[1]}`;
  if (m[1] === '2') return `PAPI.2.${Number(m[2]) + 1}`;
  if (m[1] === '3') return m[2] === '1' ? 'PAPI.3.1' : null;
  return `PAPI.${m[1]}.${m[2]}`;
};
const withEquivalent = (d) => {
  const e = papiEquivalent(d.code);
  return { ...d, ...(e ? { equivalent: e } : {}), ...(d.subdimensions ? { subdimensions: d.subdimensions.map(withEquivalent) } : {}) };
};

const out = {
  $about:
    'Index taxonomy of kehoach: codes, official Vietnamese and English names, aliases and sources. Built by scripts/build-taxonomy.mjs from the project domain notes (../shared/domain/taxonomy.json, indices.md), then curated: `planAliases` are wordings seen in plans (the corpus, the labelled set), each added by hand. `verified` keeps the notes\' tag: verified = seen on the cited page; partial; unverified = to be checked. See docs/dimensions.md.',
  normalization: source.normalization,
  indices: [
    { ...indexHead(papi), schemes: papi.versions.map((v) => ({ id: v.from === 2018 ? 'PAPI2018' : 'PAPI2009', from: v.from, to: v.to, label: v.label, sources: v.sources ?? [], dimensions: v.dimensions.map(pick).map(withEquivalent) })) },
    { ...indexHead(par), schemes: [{ id: 'PAR2022', from: 2012, to: null, label: 'provincial areas (lĩnh vực); 876/QĐ-BNV names, earlier names as formerNames', decision: par2022.decision ?? null, sources: par2022.sources ?? [], dimensions: parDims }] },
    { ...indexHead(sipas), schemes: [{ id: 'SIPAS2022', from: 2017, to: null, label: sipas2022.label, sources: [...(sipas2022.sources ?? []), ...(sipas2017.sources ?? [])], dimensions: sipasDims }] },
    { ...indexHead(pci), schemes: pci.versions.map((v) => ({ id: 'PCI', from: v.from, to: v.to, label: v.label, sources: v.sources ?? [], dimensions: v.dimensions.map(pick) })) },
  ],
};
fs.writeFileSync('src/domain/taxonomy.json', JSON.stringify(out, null, 2) + '\n');
console.log('wrote src/domain/taxonomy.json');
