package vn.hanoi.papi.checklist;

/** Kinds of inspection named by the plan. */
public enum InspectionType {
    /** Định kỳ. */
    SCHEDULED,
    /** Đột xuất. */
    SURPRISE,
    /** Lồng ghép kiểm tra cải cách hành chính. */
    COMBINED_CCHC,
    /** Lồng ghép kiểm tra dân vận chính quyền. */
    COMBINED_DAN_VAN,
    /** Tái kiểm tra. */
    FOLLOW_UP
}
