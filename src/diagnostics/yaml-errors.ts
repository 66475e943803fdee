/**
 * A YAML syntax error (the `yaml` package's YAMLError) as a diagnostic's arguments: the package's
 * own message for English, and for Chinese the words of its error code — the package's messages
 * ("Flow sequence in block collection must be sufficiently indented") exist in English only.
 * Used by rule files (YAML_SYNTAX), calendar files (CALENDAR_YAML) and workbook cells (WORKBOOK_BAD_CELL).
 */
import { YAMLError, type ErrorCode } from 'yaml';

/** Each error code of the `yaml` package in words a clerk can act on. */
const WORDS: Record<ErrorCode, string> = {
  BAD_INDENT: '缩进不对：同一层的各项应左对齐，下一层比上一层多缩进两格',
  TAB_AS_INDENT: '用了制表符（Tab）缩进，只能用空格缩进',
  MISSING_CHAR: '缺少必需的符号：引号或括号没有闭合，或列表项缺少“- ”',
  BAD_SCALAR_START: '取值以 @、` 等符号开头，须给整个取值加引号',
  BLOCK_AS_IMPLICIT_KEY: '冒号或缩进用法不对：一行只写一个“键: 值”（取值中有“: ”须加引号），列表各项的“- ”须对齐',
  MULTILINE_IMPLICIT_KEY: '键跨了行：多半是上一行少了冒号，或引号没有闭合',
  UNEXPECTED_TOKEN: '此处有不该出现的符号',
  BLOCK_IN_FLOW: '方括号或花括号中不能换行写“- 项”或“键: 值”',
  BAD_DQ_ESCAPE: '双引号中的反斜杠（\\）写法无效：改用单引号，或去掉反斜杠',
  DUPLICATE_KEY: '同一个键出现了两次',
  MULTIPLE_DOCS: '有多份文档（以“---”分隔），只能有一份',
  KEY_OVER_1024_CHARS: '键过长（超过 1024 个字符）',
  BAD_ALIAS: '别名（*）指向的锚点不存在',
  ALIAS_PROPS: '别名（*）不能带锚点或标签',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）',
  MULTIPLE_TAGS: '一个值只能有一个标签（!）',
  BAD_PROP_ORDER: '锚点（&）和标签（!）的位置不对',
  TAG_RESOLVE_FAILED: '标签（!）无法识别',
  BAD_COLLECTION_TYPE: '取值与其标签（!）的类型不符',
  BAD_DIRECTIVE: '指令（%）写法不对',
  NON_STRING_KEY: '键必须是文字',
  RESOURCE_EXHAUSTION: '内容嵌套或引用过多，无法解析',
  IMPOSSIBLE: '无法解析',
};

/** An unclosed [ or { is reported as BAD_INDENT ("Flow sequence in block collection must be … end with a ]"). */
const FLOW_UNCLOSED = /^Flow (?:sequence|map) in block collection/;

/** `detail` (English, the first line of the package's message) and `detailZh` of a YAML error. */
export function yamlErrorWords(e: unknown): { detail: string; detailZh: string } {
  const message = e instanceof Error ? e.message : String(e);
  // The first line, without the colon that introduces the package's excerpt of the source.
  const detail = (message.split('\n')[0] ?? message).replace(/:$/, '');
  if (!(e instanceof YAMLError)) return { detail, detailZh: '不符合 YAML 语法' };
  return { detail, detailZh: FLOW_UNCLOSED.test(detail) ? '方括号或花括号没有闭合' : WORDS[e.code] };
}
