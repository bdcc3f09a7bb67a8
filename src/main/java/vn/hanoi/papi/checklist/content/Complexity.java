package vn.hanoi.papi.checklist.content;

/** How complex a denunciation is (Decree 31/2019/NĐ-CP art. 3). */
public enum Complexity {
    NORMAL, COMPLEX, ESPECIALLY_COMPLEX
}
