/**
 * The yearly CCHC report of Sở Nội vụ: a {@link vn.hanoi.papi.reports.CchcReport} built from the scoring (ranking,
 * every deduction line, findings by PAPI sub-index and by lead agency) and written as XLSX
 * ({@link vn.hanoi.papi.reports.XlsxReportWriter}) or PDF ({@link vn.hanoi.papi.reports.PdfReportWriter}).
 */
package vn.hanoi.papi.reports;
