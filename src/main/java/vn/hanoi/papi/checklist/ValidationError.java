package vn.hanoi.papi.checklist;

/**
 * One problem with a submission.
 *
 * @param item    what is wrong: an item code ({@code BUDGET.POSTING.DAYS}), a record field
 *                ({@code DOSSIERS[HS-01].dueOn}) or a top-level field ({@code period.from})
 * @param message what is wrong with it, in Vietnamese
 */
public record ValidationError(String item, String message) {

    @Override
    public String toString() {
        return item + ": " + message;
    }
}
