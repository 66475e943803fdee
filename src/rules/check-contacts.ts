/**
 * Contact values that become links on the public site (organisation website, email, phones,
 * supervision phone, department phones) must be what their link scheme allows: `https:`/`http:`
 * websites, `tel:` numbers, plain `mailto:` addresses. The rules are the site's own
 * (`src/rules/safe-url.ts`), so validation refuses exactly what the site would not link. Placeholder
 * values (`placeholder: true`, or listed in `organisation.placeholders`; `phones` there covers
 * department phones too, as on the site's 谁来办理 page) are shown as 待补充 and
 * never linked, so they are not checked. Each rule set is published at `/<id>/`, so an id may not be
 * one of the site's own top-level paths.
 */
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { locate, type DataPath } from '../diagnostics/yaml-position.ts';
import { mailtoHref, RESERVED_SITE_PATHS, telDigits, webHref } from './safe-url.ts';
import type { Phone, RuleFile } from './model.ts';
import type { ParsedYaml } from './parse-yaml.ts';

/** Report every contact value the site would refuse to link, and a rule-set id that is one of the site's own paths. */
export function checkContacts(parsed: ParsedYaml, rules: RuleFile, out: CatalogueDiagnostic[]): void {
  if (RESERVED_SITE_PATHS.includes(rules.ruleset)) {
    out.push(diagnostic('RULESET_ID_RESERVED', { id: rules.ruleset, reserved: RESERVED_SITE_PATHS.join(', ') }, locate(parsed, ['ruleset'])));
  }
  const o = rules.organisation;
  const ph = new Set<string>(o.placeholders ?? []);
  const bad = (code: 'CONTACT_PHONE_INVALID' | 'CONTACT_WEBSITE_INVALID' | 'CONTACT_EMAIL_INVALID', value: string, path: DataPath) => out.push(diagnostic(code, { value }, locate(parsed, path)));
  const phone = (p: Phone, path: DataPath, placeholder: boolean) => {
    // A number the schema rejected is cut from the data (check-file.ts): said once, not twice.
    if (p.number === undefined) return;
    if (!placeholder && !p.placeholder && telDigits(p.number) === undefined) bad('CONTACT_PHONE_INVALID', p.number, [...path, 'number']);
  };
  if (o.website !== undefined && !ph.has('website') && webHref(o.website) === undefined) bad('CONTACT_WEBSITE_INVALID', o.website, ['organisation', 'website']);
  if (o.email !== undefined && !ph.has('email') && mailtoHref(o.email) === undefined) bad('CONTACT_EMAIL_INVALID', o.email, ['organisation', 'email']);
  o.phones?.forEach((p, i) => phone(p, ['organisation', 'phones', i], ph.has('phones')));
  if (o.supervision_phone) phone(o.supervision_phone, ['organisation', 'supervision_phone'], ph.has('supervision_phone'));
  rules.departments?.forEach((d, i) => d.phones?.forEach((p, j) => phone(p, ['departments', i, 'phones', j], ph.has('phones'))));
}
