/* global document, window */
// Small progressive enhancements for the workbench pages (they work without it):
// the print button, and the amount field enabled only for a confirmed finding.
document.addEventListener('DOMContentLoaded', () => {
  for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => window.print());
  const amount = document.getElementById('amount');
  const verdicts = document.querySelectorAll('input[name="verdict"]');
  if (amount && verdicts.length > 0) {
    const sync = () => {
      const confirmed = document.querySelector('input[name="verdict"]:checked')?.value === 'confirmed';
      amount.disabled = !confirmed;
      if (!confirmed) amount.value = '0';
    };
    for (const v of verdicts) v.addEventListener('change', sync);
    sync();
  }
});
