/**
 * Site search with Pagefind (the only other script): loads the first bundle's pagefind.js, merges
 * the other bundles the form lists (src/site/search-bundles.ts), searches the query from the form
 * or the ?q= address, and lists results. Excerpts are rebuilt as text with
 * <mark> highlights, never inserted as HTML.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  mergeIndex(path: string): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

function excerptNodes(html: string): Node[] {
  const tpl = document.createElement('template');
  tpl.innerHTML = html; // inert: template content is never rendered or run
  return Array.from(tpl.content.childNodes, (n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      return m;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

/** Wire up the search form. */
export function startSearch(): void {
  const form = document.getElementById('search') as HTMLFormElement | null;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const out = document.getElementById('search-out');
  const status = document.getElementById('search-status');
  if (!form || !input || !out || !status) return;
  let engine: Promise<Pagefind> | undefined;
  const [primary = '/pagefind/', ...others] = (form.dataset['bundles'] ?? '').split(' ').filter(Boolean);
  const load = async (): Promise<Pagefind> => {
    // A plain variable, not a template: Vite leaves such an import alone (a template gets a preload wrapper that breaks it).
    const url = `${primary}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    for (const path of others) await pagefind.mergeIndex(path);
    return pagefind;
  };
  const run = async (q: string) => {
    out.replaceChildren();
    if (!q.trim()) return;
    status.textContent = '正在搜索…';
    engine ??= load();
    const { results } = await (await engine).search(q);
    const items = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    status.textContent = items.length ? `找到 ${results.length} 个结果${results.length > 20 ? '，显示前 20 个' : ''}。` : '没有找到结果，请换个词试试。';
    for (const item of items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      const p = document.createElement('p');
      for (const node of excerptNodes(item.excerpt)) p.append(node);
      li.append(a, p);
      out.append(li);
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    void run(q);
  }
}
