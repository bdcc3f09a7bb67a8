package vn.hanoi.papi.checklist;

public enum SectionKind {
    /** Answer items sharing a code prefix, e.g. {@code BUDGET.*}. */
    ANSWERS,
    /** A record list, e.g. {@code DOSSIERS}: one row per dossier sampled. */
    RECORDS
}
