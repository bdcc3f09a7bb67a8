package vn.hanoi.papi.security;

/** What a signed-in account may do (the roles of the spec's HTTP API table). */
public enum Role {
    /** Đoàn kiểm tra: submits inspections for the units inside its scope. */
    INSPECTOR,
    /** Thanh tra Thành phố: reviews findings. */
    REVIEWER,
    /** An inspected unit (UBND xã, phòng ban): reads only its own submissions and findings. */
    UNIT,
    /** Sở Nội vụ: reads findings and scores. */
    NOI_VU,
    /** Operators: units, rules. */
    ADMIN;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
