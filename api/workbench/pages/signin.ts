// The sign-in page: one password field for the auditor's API key, posted with the CSRF token.
// The key travels only in the POST body; it never appears in a URL, a cookie or a page.
import { html, type Html } from '../html.js';
import { csrfField, page, type PageContext } from './layout.js';

export function signInPage(ctx: PageContext, error: string | null, next: string): Html {
  const { w } = ctx;
  return page(ctx, {
    title: w('signIn'),
    main: html`<section class="signin">
  <h1>${w('signInTitle')}</h1>
  <p>${w('signInHelp')}</p>
  ${error ? html`<p class="notice error" role="alert" id="signin-error">${error}</p>` : ''}
  <form method="post" action="/workbench/login" class="stack">
    ${csrfField(ctx)}
    <input type="hidden" name="next" value="${next}">
    <label for="apiKey">${w('apiKey')}</label>
    <input id="apiKey" name="apiKey" type="password" autocomplete="current-password" required spellcheck="false" ${error ? html`aria-describedby="signin-error" aria-invalid="true"` : ''}>
    <button type="submit">${w('signIn')}</button>
  </form>
</section>`,
  });
}
