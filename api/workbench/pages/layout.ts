// The page frame every workbench page shares: language, skip link, header with navigation,
// the language switch and sign-out (both forms with the CSRF token), and the stylesheet.
import type { Asset, AssetName } from '../assets.js';
import type { Lang } from '../format.js';
import { html, type Html } from '../html.js';
import { words, type Word } from '../i18n.js';

export interface PageContext {
  readonly lang: Lang;
  readonly w: (word: Word) => string;
  /** CSRF token for this page's forms. */
  readonly csrf: string;
  /** Who is signed in; null on the sign-in page. */
  readonly user: { readonly id: string; readonly name: string } | null;
  /** This page's path and query, where the language switch comes back to. */
  readonly path: string;
  readonly assets: ReadonlyMap<AssetName, Asset>;
}

export function pageContext(
  lang: Lang,
  csrf: string,
  user: PageContext['user'],
  path: string,
  assets: ReadonlyMap<AssetName, Asset>,
): PageContext {
  return { lang, w: words(lang), csrf, user, path, assets };
}

export const csrfField = (ctx: PageContext): Html => html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;

const assetUrl = (ctx: PageContext, name: AssetName): string => ctx.assets.get(name)?.url ?? '';

export interface PageOptions {
  readonly title: string;
  readonly main: Html;
  /** Scripts beyond the shared one, loaded deferred (cytoscape only where a network is drawn). */
  readonly scripts?: readonly AssetName[];
}

export function page(ctx: PageContext, o: PageOptions): Html {
  const { w } = ctx;
  const other: Lang = ctx.lang === 'id' ? 'en' : 'id';
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${o.title} · telisik</title>
<link rel="stylesheet" href="${assetUrl(ctx, 'workbench.css')}">
<script src="${assetUrl(ctx, 'workbench.js')}" defer></script>
${(o.scripts ?? []).map((s) => html`<script src="${assetUrl(ctx, s)}" defer></script>\n`)}
</head>
<body>
<a class="skip" href="#main">${w('skip')}</a>
<header class="top">
  <a class="brand" href="/workbench/cases">telisik <span>${w('appName')}</span></a>
  ${ctx.user ? html`<nav aria-label="${w('appName')}"><a href="/workbench/cases">${w('worklist')}</a> <a href="/workbench/precision">${w('precision')}</a></nav>` : ''}
  <div class="session">
    <form method="post" action="/workbench/lang" class="inline">${csrfField(ctx)}<input type="hidden" name="lang" value="${other}"><input type="hidden" name="back" value="${ctx.path}"><button type="submit" class="link" lang="${other}">${w('switchLang')}</button></form>
    ${
      ctx.user
        ? html`<span class="who">${w('signedInAs')} <strong>${ctx.user.name}</strong></span>
    <form method="post" action="/workbench/logout" class="inline">${csrfField(ctx)}<button type="submit" class="link">${w('signOut')}</button></form>`
        : ''
    }
  </div>
</header>
<main id="main">
${o.main}
</main>
</body>
</html>
`;
}

/** An error page: what happened in the reader's language, the catalog code and the request id to quote. */
export function errorPage(ctx: PageContext, message: string, code: string, requestId: string): Html {
  const { w } = ctx;
  return page(ctx, {
    title: w('errorTitle'),
    main: html`<h1>${w('errorTitle')}</h1><p class="notice" role="alert">${message}</p>
      <p class="muted">${code} · ${w('requestId')}: <code>${requestId}</code></p>
      <p><a href="/workbench/cases">${w('backToList')}</a></p>`,
  });
}
