package vn.hanoi.papi.findings.store;

import java.time.LocalDate;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
public interface FindingViewMapper {

    @Mapping(target = "overdue", expression = "java(overdue(finding, today))")
    @Mapping(target = "overdueSince", expression = "java(overdueSince(finding, today))")
    @Mapping(target = "version", expression = "java(finding.version() == null ? 0L : finding.version())")
    FindingView toView(StoredFinding finding, @Context LocalDate today);

    /** Overdue: the remediation deadline has passed and the finding still waits for its remedy. */
    default boolean overdue(StoredFinding finding, LocalDate today) {
        return finding.remediationDue() != null && finding.remediationDue().isBefore(today)
                && finding.status() != null && finding.status().awaitingRemediation();
    }

    /**
     * The first day it was overdue: as the nightly job stored it, or, for a finding overdue since the job last ran,
     * the day after its remediation deadline (what the job will store), so that {@code overdue} never comes without it.
     */
    default LocalDate overdueSince(StoredFinding finding, LocalDate today) {
        if (finding.overdueSince() != null || !overdue(finding, today)) {
            return finding.overdueSince();
        }
        return finding.remediationDue().plusDays(1);
    }
}
