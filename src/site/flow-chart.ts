/**
 * The procedure as a flow chart: one box per step the 制度 has (procedure-views.ts), each with its
 * periods, joined top to bottom. Only the layout is computed here (boxes, wrapped lines, arrows, in
 * SVG user units); site/components/FlowChart.astro draws it as inline SVG, so the chart needs no
 * script and its text stays text. Pure.
 */
import type { ProcedureStepView } from './procedure-views.ts';

/** One box: a step (or the petitioner's start) with its lines. */
export interface FlowBox {
  y: number;
  height: number;
  title: string;
  lines: string[];
  /** The petitioner's own act (提出, 请求复查 …): drawn apart. */
  own: boolean;
}

/** An arrow from one box down to the next, with the condition it is taken on ("不服"). */
export interface FlowArrow {
  y1: number;
  y2: number;
  label?: string;
}

/** The laid-out chart. */
export interface FlowChart {
  width: number;
  height: number;
  /** Left edge and width of every box. */
  boxX: number;
  boxWidth: number;
  boxes: FlowBox[];
  arrows: FlowArrow[];
  /** The chart in one sentence, for screen readers (the SVG's desc). */
  description: string;
}

/** Sizes in SVG user units: 15-unit text renders at about 16 px in a 343 px wide phone column. */
export const FLOW = { width: 340, font: 15, line: 21, pad: 10, arrow: 34 } as const;

/** Approximate width of a character in ems: CJK and full-width forms 1, the rest about 0.6. */
const charEm = (ch: string) => (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6);

/** Text broken into lines of at most `maxEm` ems, never inside a character. */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  let em = 0;
  for (const ch of text) {
    const w = charEm(ch);
    // A full-width mark never starts a line (Chinese line-breaking: 行首禁则).
    if (em + w > maxEm && line && !/^[，。；：、）」』》]$/.test(ch)) {
      lines.push(line);
      line = '';
      em = 0;
    }
    line += ch;
    em += w;
  }
  if (line) lines.push(line);
  return lines;
}

/** The label on the arrow into a step: 复查 and 复核 are taken only by a petitioner who disagrees. */
const ARROW_LABELS: Partial<Record<ProcedureStepView['step'], string>> = { review: '不服', recheck: '仍不服', final: '仍不服' };

/** Lay out the chart of a procedure. */
export function flowChart(steps: readonly ProcedureStepView[]): FlowChart {
  const boxWidth = FLOW.width - 2;
  const maxEm = (boxWidth - 2 * FLOW.pad) / FLOW.font;
  const boxes: FlowBox[] = [];
  const arrows: FlowArrow[] = [];
  const said: string[] = [];
  let y = 1;
  const add = (title: string, texts: string[], own: boolean, label?: string) => {
    if (boxes.length) {
      arrows.push({ y1: y, y2: y + FLOW.arrow, ...(label ? { label } : {}) });
      y += FLOW.arrow;
    }
    const lines = texts.flatMap((t) => wrapText(t, maxEm));
    const height = FLOW.pad * 2 + FLOW.line * (1 + lines.length);
    boxes.push({ y, height, title, lines, own });
    said.push(`${label ? `${label}的，` : ''}${title}${texts.length ? `（${texts.join('；')}）` : ''}`);
    y += height;
  };
  add('您提出信访事项', [], true);
  for (const s of steps) {
    const texts = s.periods.map((p) => (p.kind === 'window' ? `您：${p.short}` : `${p.name}：${p.limit}${p.conditional ? '（部分事项）' : ''}`));
    // A step without a period of its own shows its title only: its time may lie in another step's period
    // (信访工作条例第三十一条 答复 falls within 第三十四条's 60日), so "no period" would mislead.
    add(s.title, texts.length ? texts : s.step === 'final' ? ['不再受理'] : [], false, ARROW_LABELS[s.step]);
  }
  const description = `流程：${said.join('；')}。`;
  return { width: FLOW.width, height: y + 1, boxX: 1, boxWidth, boxes, arrows, description };
}
