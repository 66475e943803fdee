/**
 * Generate the synthetic sample ledgers in data/ledgers/: one per rule set that has
 * clocks, each as <ruleset>.csv (UTF-8), <ruleset>.gb18030.csv and <ruleset>.xlsx. Deterministic
 * (seeded PRNG), so `npx tsx data/ledgers/generate.ts` reproduces them byte for byte.
 *
 * Everything is made up: names are 张某某-style, phone numbers start 1380000, ID numbers start
 * 999999 (no such region). The mess is on purpose: a title row "XX单位信访台账", mixed date
 * formats, a few bad cells (2025-02-30, 待定, 若干), an unknown category, empty departments.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';
import { dayFromYmd, formatDay, parseDay, ymdFromDay } from '../../src/calendar/day.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

/** mulberry32: a small seeded PRNG, so the files are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = [
  '编号', '登记日期', '来源方式', '来源', '等级', '类别', '人数', '承办部门', '承办人', '被反映对象', '转送单位', '转送日期', '告知日期', '受理日期',
  '报送领导日期', '批示日期', '报告日期', '要求办结日期', '延期批准日期', '延期天数', '情况说明日期', '答复日期', '办结日期', '答复送达日期', '分流',
  '复查申请日期', '拟办日期', '复查意见日期', '复查意见送达日期', '复核申请日期', '复核拟办日期', '听证开始日期', '听证结束日期', '复核意见日期',
  '是否署名', '评价', '信访人', '联系电话', '身份证号', '备注',
] as const;
type Header = (typeof HEADER)[number];
const COL = new Map<Header, number>(HEADER.map((h, i) => [h, i]));
const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴'];
const FIRST = dayFromYmd(2024, 1, 2);
const LAST = dayFromYmd(2026, 2, 27);

/** A date cell in one of the docs/ledger-columns.md formats, chosen at random. */
function dateText(day: number, rnd: () => number, withTime = false): string {
  const { year, month, day: d } = ymdFromDay(day);
  const time = withTime ? ` ${String(8 + Math.floor(rnd() * 9)).padStart(2, '0')}:${String(Math.floor(rnd() * 6) * 10).padStart(2, '0')}` : '';
  switch (Math.floor(rnd() * 4)) {
    case 0: return formatDay(day) + time;
    case 1: return `${year}/${month}/${d}${time}`;
    case 2: return `${year}.${month}.${d}${time}`;
    default: return `${year}年${month}月${d}日${time}`;
  }
}

interface Row { cells: string[]; dates: Map<number, number> }

/** The events the newest version's clocks and windows use (start, stops, due dates, suspensions). */
function usedEvents(v: CompiledRuleSet['versions'][number]): Set<string> {
  const out = new Set<string>();
  for (const c of v.clocks) {
    out.add(c.from);
    for (const e of c.until.events) out.add(e);
    if (c.due_by) out.add(c.due_by);
    if (c.pause) out.add(c.pause.from).add(c.pause.until);
  }
  for (const w of v.windows) out.add(w.from).add(w.until);
  return out;
}

/** The rows of one rule set's ledger. */
function rows(set: CompiledRuleSet, seed: number): Row[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const v = set.versions[set.versions.length - 1]!;
  const events = usedEvents(v);
  const cats = v.categories.map((c) => c.name);
  const deps = v.departments.map((d) => d.name);
  // Rule sets with several versions get cases from half a year before the newest one, so the
  // sample shows cases judged by the older version too (national: 信访条例 before 2022-05-01).
  const newest = parseDay(v.effective_from)!;
  const first = set.versions.length > 1 ? Math.min(FIRST, newest - 180) : FIRST;
  const timed = v.clocks.some((c) => c.limit?.unit === 'minutes' || c.limit?.unit === 'hours');
  const n = 40 + Math.floor(rnd() * 120);
  const out: Row[] = [];
  for (let i = 1; i <= n; i++) {
    const received = first + Math.floor(rnd() * (LAST - first));
    const year = ymdFromDay(received).year;
    const cells = new Array<string>(HEADER.length).fill('');
    const dates = new Map<number, number>();
    const put = (h: Header, text: string) => (cells[COL.get(h)!] = text);
    const get = (h: Header) => cells[COL.get(h)!]!;
    const setDate = (h: Header, day: number, time = false) => {
      put(h, dateText(day, rnd, time));
      dates.set(COL.get(h)!, day);
    };
    put('编号', `${set.id.slice(0, 2).toUpperCase()}-${year}-${String(i).padStart(4, '0')}`);
    put('来源方式', pick(['来信', '来访', '来电', '网上', 'visit', '']));
    put('来源', pick(['', '', '', '直接', '交办', '转办']));
    put('等级', pick(['', '', '', '一般', '重大', '紧急']));
    // Offices that must report within minutes record the time of registration too.
    setDate('登记日期', received, (timed && get('等级') === '紧急') || (events.has('reported') && rnd() < 0.3));
    put('类别', cats.length ? pick(cats) : pick(['咨询', '投诉', '建议']));
    const group = rnd() < 0.12;
    put('人数', group ? String(6 + Math.floor(rnd() * 20)) : pick(['', '', '1', '2']));
    put('承办部门', deps.length && rnd() < 0.9 ? pick(deps) : '');
    put('承办人', `${pick(SURNAMES)}某某`);
    put('被反映对象', rnd() < 0.3 ? `${pick(SURNAMES)}某` : '');
    if (get('来源方式') === '来信') put('是否署名', pick(['是', '是', '是', '否', '']));
    const old = LAST - received > 90;
    if (rnd() < 0.2) {
      put('转送单位', rnd() < 0.1 && get('被反映对象') ? get('被反映对象') : pick(['区信访局', '市住建局', '街道办事处']));
      if (rnd() < 0.8) setDate('转送日期', received + Math.floor(rnd() * 5));
    }
    if (rnd() < 0.85 || old) setDate('告知日期', received + Math.floor(rnd() * 20));
    const accepted = received + Math.floor(rnd() * 4);
    if (rnd() < 0.9) setDate('受理日期', accepted);
    if (events.has('submitted') && rnd() < 0.7) setDate('报送领导日期', received + Math.floor(rnd() * 3));
    if (events.has('instructed') && rnd() < 0.8) setDate('批示日期', received + Math.floor(rnd() * 35));
    if (events.has('reported') && (group || get('等级') !== '一般') && rnd() < 0.8) setDate('报告日期', received + Math.floor(rnd() * 4), true);
    if (get('来源') !== '' && get('来源') !== '直接' && rnd() < 0.6) setDate('要求办结日期', received + 30 + Math.floor(rnd() * 31));
    if (rnd() < 0.03) put('分流', pick(['诉讼', '仲裁', '行政复议']));
    if (rnd() < 0.08) {
      setDate('延期批准日期', accepted + 20 + Math.floor(rnd() * 50));
      put('延期天数', String(pick([15, 30, 30, 45])));
    }
    if (rnd() < 0.04) setDate('情况说明日期', accepted + 40 + Math.floor(rnd() * 20));
    if (old ? rnd() < 0.9 : rnd() < 0.4) {
      const closed = accepted + 3 + Math.floor(rnd() * 90);
      setDate('办结日期', closed);
      if (rnd() < 0.8) {
        setDate('答复日期', closed);
        if (rnd() < 0.7) setDate('答复送达日期', closed + 1 + Math.floor(rnd() * 9));
      }
      put('评价', pick(['满意', '基本满意', '不满意', '']));
      if (rnd() < 0.1) {
        const requested = closed + 5 + Math.floor(rnd() * 40);
        setDate('复查申请日期', requested);
        if (rnd() < 0.7) setDate('拟办日期', requested + Math.floor(rnd() * 6));
        if (rnd() < 0.7) {
          const decided = requested + Math.floor(rnd() * 40);
          setDate('复查意见日期', decided);
          if (rnd() < 0.7) setDate('复查意见送达日期', decided + 1 + Math.floor(rnd() * 9));
          if (rnd() < 0.3) {
            const recheck = decided + 10 + Math.floor(rnd() * 30);
            setDate('复核申请日期', recheck);
            if (rnd() < 0.7) setDate('复核拟办日期', recheck + Math.floor(rnd() * 6));
            let hearingEnd = recheck;
            if (rnd() < 0.3) {
              const start = recheck + 5 + Math.floor(rnd() * 10);
              hearingEnd = start + Math.floor(rnd() * 3);
              setDate('听证开始日期', start);
              setDate('听证结束日期', hearingEnd);
            }
            if (rnd() < 0.7) setDate('复核意见日期', hearingEnd + Math.floor(rnd() * 35));
          }
        }
      }
    }
    put('信访人', `${pick(SURNAMES)}某某`);
    put('联系电话', `1380000${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`);
    put('身份证号', `999999${1950 + Math.floor(rnd() * 50)}0101${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`);
    out.push({ cells, dates });
  }
  // Realistic mess: bad cells, an unknown category, a duplicate number, personal data in 备注.
  const at = (k: number) => out[Math.floor((k * out.length) / 7)]!;
  const cell = (r: Row, h: Header, text: string) => {
    r.cells[COL.get(h)!] = text;
    r.dates.delete(COL.get(h)!);
  };
  cell(at(1), '受理日期', '2025-02-30');
  cell(at(2), '办结日期', '待定');
  cell(at(3), '人数', '若干');
  cell(at(4), '类别', '其他杂项');
  cell(at(5), '编号', at(4).cells[0]!);
  cell(at(6), '备注', '=HYPERLINK("http://example.invalid")');
  cell(at(0), '备注', '信访人另留电话13800001234，已电话回访');
  return out;
}

/** GB18030 encoder built from the platform decoder (two-byte range covers every character used here). */
function gb18030Encoder(): (text: string) => Uint8Array {
  const table = new Map<string, [number, number]>();
  const dec = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) bytes.push(code);
      else {
        const pair = table.get(ch);
        if (!pair) throw new Error(`no GB18030 two-byte code for ${ch}`);
        bytes.push(...pair);
      }
    }
    return new Uint8Array(bytes);
  };
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function main(): Promise<void> {
  const built = await buildRuleSets([], ROOT);
  const encode = gb18030Encoder();
  let seed = 20240101;
  for (const set of built.compiled.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!set.versions.some((v) => v.clocks.length)) continue;
    const title = `${set.name}信访台账`;
    const data = rows(set, seed++);
    const lines = [[title], HEADER, ...data.map((r) => r.cells)].map((r) => r.map(csvCell).join(','));
    const csv = lines.join('\r\n') + '\r\n';
    writeFileSync(join(HERE, `${set.id}.csv`), csv);
    writeFileSync(join(HERE, `${set.id}.gb18030.csv`), encode(csv));
    // The workbook: a merged title row, then the header; some dates as real Excel date cells.
    const aoa: (string | number)[][] = [[title], [...HEADER], ...data.map((r) => r.cells)];
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }];
    data.forEach((r, i) => {
      for (const [col, day] of r.dates) {
        if ((i + col) % 2) continue;
        ws[XLSX.utils.encode_cell({ r: i + 2, c: col })] = { t: 'n', v: day - dayFromYmd(1899, 12, 30), z: 'yyyy-mm-dd' };
      }
    });
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, '台账');
    book.Props = { Title: title, CreatedDate: new Date(Date.UTC(2026, 0, 1)) };
    writeFileSync(join(HERE, `${set.id}.xlsx`), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
    process.stdout.write(`${set.id}: ${data.length} rows\n`);
  }
}

await main();
