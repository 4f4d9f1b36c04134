/** Counting a run as it streams by: what the final summary line and the exit status need. */
import type { ReportResult } from './pipeline';

export class Tally {
  checked = 0;
  skipped = 0;
  /** Files that could not be checked; `explicitFailed` of them were named on the command line. */
  failed = 0;
  explicitFailed = 0;
  errors = 0;
  warnings = 0;
  infos = 0;
  filesWithErrors = 0;
  fixesWritten = 0;
  fixesRefused = 0;

  add(r: ReportResult): void {
    if (r.status === 'skipped') this.skipped++;
    if (r.status === 'failed') {
      this.failed++;
      if (r.explicit) this.explicitFailed++;
    }
    if (r.status !== 'checked') return;
    this.checked++;
    let errors = 0;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') this.warnings++;
      else this.infos++;
    }
    this.errors += errors;
    if (errors) this.filesWithErrors++;
    if (r.fix?.written) this.fixesWritten++;
    if (r.fix?.refused) this.fixesRefused++;
  }

  summary(locale: 'zh-CN' | 'en'): string {
    if (locale === 'en') {
      const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
      const extra = [this.skipped && `${this.skipped} skipped`, this.failed && `${this.failed} could not be checked`].filter(Boolean);
      return `${n(this.checked, 'file')} checked: ${n(this.errors, 'error')}, ${n(this.warnings, 'warning')}, ${n(this.infos, 'info')}; ${n(this.filesWithErrors, 'file')} with errors${extra.length ? `; ${extra.join(', ')}` : ''}`;
    }
    const extra = [this.skipped && `跳过 ${this.skipped} 个`, this.failed && `未能检查 ${this.failed} 个`].filter(Boolean);
    return `检查了 ${this.checked} 个文件：${this.errors} 个错误，${this.warnings} 个警告，${this.infos} 个提示；${this.filesWithErrors} 个文件有错误${extra.length ? `；${extra.join('，')}` : ''}`;
  }
}
