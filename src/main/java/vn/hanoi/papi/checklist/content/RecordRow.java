package vn.hanoi.papi.checklist.content;

/** A row of a record list; a per-row finding names it as {@code RECORD[key]}. */
public interface RecordRow {

    /** The record list's code, e.g. {@code DOSSIERS}. */
    String recordName();

    /** The row's key, e.g. the dossier code. */
    String key();

    default String subject() {
        return recordName() + "[" + key() + "]";
    }
}
