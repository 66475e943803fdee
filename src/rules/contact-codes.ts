/**
 * Diagnostic codes of the checks in check-contacts.ts: values the public site turns into links or
 * paths. Permanent: never rename. Registered with codes.ts.
 */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';


export const CONTACT_CODES = {
  RULESET_ID_RESERVED: code<{ id: Arg; reserved: Arg }>({
    severity: 'error',
    title: { zh: '单位编号与公开网站路径冲突', en: 'Rule-set id that is a path of the public site' },
    zh: {
      message: (a) => `规则集编号“${a.id}”是公开网站自用的路径，不能作为单位编号。`,
      hint: (a) => `另取一个编号（同时改目录名），如 ${a.id}-office；保留的路径有：${a.reserved}。`,
    },
    en: {
      message: (a) => `The rule-set id "${a.id}" is a path the public site uses itself; it cannot name an organisation.`,
      hint: (a) => `Choose another id (and rename the folder), e.g. ${a.id}-office; reserved paths: ${a.reserved}.`,
    },
  }),
  CONTACT_WEBSITE_INVALID: code<{ value: Arg }>({
    severity: 'error',
    title: { zh: '网址无效', en: 'Website that is not an http(s) address' },
    zh: {
      message: (a) => `网站“${a.value}”不是以 https:// 或 http:// 开头、带有域名的网址。`,
      hint: () => '公开网站只链接 https:// 或 http:// 网址（如 https://www.gjxfj.gov.cn/），不含用户名、空格或引号；来源未给出网址时写 xxx 并在 placeholders 中列出 website。',
    },
    en: {
      message: (a) => `The website "${a.value}" is not an https:// or http:// address with a host name.`,
      hint: () => 'The public site only links https:// or http:// addresses (e.g. https://www.gjxfj.gov.cn/) without user names, spaces or quotes; when the source gives none, write xxx and list website in placeholders.',
    },
  }),
  CONTACT_PHONE_INVALID: code<{ value: Arg }>({
    severity: 'error',
    title: { zh: '电话号码含无效字符', en: 'Phone number with characters other than digits' },
    zh: {
      message: (a) => `电话号码“${a.value}”只能由数字、+、-、空格、括号和分机号（转 123）组成，且至少有 3 位数字。`,
      hint: () => '如 010-12345678 或 (0512)1234 5678 转 801；来源未给出号码时写 xxxx 并加 placeholder: true。',
    },
    en: {
      message: (a) => `The phone number "${a.value}" may only hold digits, +, -, spaces, parentheses and an extension ("转 123"), with at least 3 digits.`,
      hint: () => 'E.g. "010-12345678" or "(0512)1234 5678 转 801"; when the source gives none, write xxxx and add placeholder: true.',
    },
  }),
  CONTACT_EMAIL_INVALID: code<{ value: Arg }>({
    severity: 'error',
    title: { zh: '电子邮箱地址无效', en: 'Email that is not a plain address' },
    zh: {
      message: (a) => `电子邮件“${a.value}”不是单纯的邮箱地址（不能含 ?、&、%、空格、引号等）。`,
      hint: () => '只写地址本身，如 xinfang@example.gov.cn；抄送、主题等参数不写在地址里。',
    },
    en: {
      message: (a) => `The email "${a.value}" is not a plain address (no ?, &, %, spaces, quotes and the like).`,
      hint: () => 'Write the address alone, e.g. xinfang@example.gov.cn; no cc, subject or other parameters.',
    },
  }),
} satisfies Codes;
