package vn.hanoi.papi.findings;

/** How serious a finding is; the order matters: each level is one step above the previous. */
public enum Severity {
    ADVISORY("Khuyến nghị"),
    MINOR("Nhẹ"),
    MAJOR("Nặng"),
    CRITICAL("Nghiêm trọng");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** Vietnamese label shown to people. */
    public String label() {
        return label;
    }

    /** One step up for a repeat violation; advisories stay advisories (they are no legal breach). */
    public Severity raised() {
        return switch (this) {
            case ADVISORY -> ADVISORY;
            case MINOR -> MAJOR;
            case MAJOR, CRITICAL -> CRITICAL;
        };
    }
}
