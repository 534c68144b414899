// Writes the mnemonic-code test corpus: company names ((city or district) × trade × company form) with the initials pinyin-pro
// reads them with in context (its own segmentation, with the corrections of vocabulary.mjs), and, for the record,
// the initials plain pinyin-pro gives without those corrections.
//   cd tools/pinyin && npm install && node corpus.mjs
import { writeFileSync } from 'node:fs';
import { pinyin, customPinyin } from 'pinyin-pro';
import { cities, districts, trades, forms, corrections } from './vocabulary.mjs';

const initialsOf = text => pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toUpperCase();
const names = [...cities, ...districts].flatMap((city, i) => trades.map((trade, j) => city + trade + forms[(i + j) % forms.length]));
const plain = names.map(initialsOf);
customPinyin(corrections);
const rows = names.map((name, i) => `${name}\t${initialsOf(name)}\t${plain[i]}`);
const target = new URL('../../tests/CustomerClassification.Tests/Customers/MnemonicCorpus.tsv', import.meta.url);
writeFileSync(target, `# name\tinitials\tplain pinyin-pro (pinyin-pro ${(await import('pinyin-pro/package.json', { with: { type: 'json' } })).default.version}, tools/pinyin/corpus.mjs)\n${rows.join('\n')}\n`);
console.log(`wrote ${rows.length} names; plain pinyin-pro reads ${rows.filter(r => { const [, a, b] = r.split('\t'); return a !== b; }).length} otherwise`);
