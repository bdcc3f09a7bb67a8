/**
 * CCHC scoring for Sở Nội vụ: a unit's yearly score from its counted findings ({@link vn.hanoi.papi.scoring.CchcScoring}),
 * the rankings by level and emulation cluster with district aggregates ({@link vn.hanoi.papi.scoring.CchcRanking}),
 * and the findings grouped by PAPI sub-index and lead agency ({@link vn.hanoi.papi.scoring.LeadAgencyView}). Plain
 * Java: the store and web parts feed them.
 */
package vn.hanoi.papi.scoring;
