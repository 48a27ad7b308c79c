import { readFileSync } from 'node:fs';
import { editFrontMatter } from './dist/evaluate/front-matter.js';
import { applyRecording } from './dist/evaluate/record.js';
const text = readFileSync(process.argv[2], 'utf8');
const r = editFrontMatter(text, (doc) => applyRecording(doc, { index: Number(process.argv[3]), held: '2027-02-16', tookPart: ['jonas', 'ola'], assessments: [{ gjelder: 'M1', status: 'delvis', merknad: 'Søknad sendt, venter: svar' }, { gjelder: 'M2', status: 'nådd' }], decisions: ['Fortsette som før.', 'Ny søknad: i mars'], next: { id: 'E4', dato: '2027-05-15' } }));
console.log(r.rewritten, r.changed);
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/out.md', r.text);
