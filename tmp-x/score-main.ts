import { readFileSync } from 'node:fs';
import { scoreCorpus as mainScore } from '../../main/src/extract/corpus/score';
import { scoreCorpus } from '../src/extract/corpus/score';
const all = JSON.parse(readFileSync('src/extract/corpus/tuning-set.json', 'utf8')).passages;
const fresh = all.filter((p: { id: string }) => ['t37', 't38', 't39'].includes(p.id));
for (const [name, f] of [['main', mainScore], ['branch', scoreCorpus]] as const) {
  const s = f(fresh);
  console.log(name, 't37-t39: f1', s.f1.toFixed(4), 'full', s.fullF1.toFixed(4), JSON.stringify(s.attributeErrors));
}
