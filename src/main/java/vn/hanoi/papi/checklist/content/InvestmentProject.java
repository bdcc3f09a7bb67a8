package vn.hanoi.papi.checklist.content;

/** INVESTMENT_PROJECTS row: a project that needs a Community Investment Supervision Board. */
public record InvestmentProject(String code, String name, boolean cisbEstablished, int cisbMembers) implements RecordRow {
    public String recordName() { return "INVESTMENT_PROJECTS"; }
    public String key() { return code; }
}
