/** Results at a glance: per group, the share with a serious health problem (and who died), as numbers and bars. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Formatters, Strings } from '../i18n/index.js';
import type { Glance, Share } from '../view-model/glance.js';

export function renderGlance(glance: Glance, t: Strings, f: Formatters): TemplateResult {
  const g = t.risks.glance;
  const cell = (share: Share | undefined, kind: string) =>
    share
      ? html`<td>
          <span class="share-text"
            >${g.share(f.number(share.affected), f.number(share.atRisk), share.atRisk, f.percent(share.share))}</span
          >
          ${svg`<svg class="bar ${kind}" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect class="fill" width=${(share.share * 100).toFixed(2)} height="10"></rect>
          </svg>`}
        </td>`
      : html`<td></td>`;
  return html`<div class="glance-scroll">
    <table class="glance">
      <caption>
        ${g.caption(glance.deaths)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${g.group}</th>
          <th scope="col">${g.serious}</th>
          ${glance.deaths ? html`<th scope="col">${g.deaths}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${glance.rows.map(
          (row) =>
            html`<tr>
              <th scope="row" lang="en">${row.title}</th>
              ${cell(row.serious, 'serious')}
              ${glance.deaths ? cell(row.deaths, 'deaths') : nothing}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
