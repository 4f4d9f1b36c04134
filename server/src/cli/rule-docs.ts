/** Where a rule is documented: `docs/rules.md#<code>` in the project's repository (package.json). */
import pkg from '../../../package.json';

const REPO = String((pkg as { repository?: { url?: string } }).repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');

export function ruleDocUrl(code: string): string {
  return `${REPO}/blob/main/docs/rules.md#${code.toLowerCase()}`;
}
