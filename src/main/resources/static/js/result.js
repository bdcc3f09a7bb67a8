// The findings page of a sent checklist: a print button (no inline handlers).
document.getElementById('print')?.addEventListener('click', () => window.print());
