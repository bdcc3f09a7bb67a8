package vn.hanoi.papi.findings.store;

import java.time.LocalDate;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
public interface FindingViewMapper {

    @Mapping(target = "overdue", expression = "java(overdue(finding, today))")
    @Mapping(target = "version", expression = "java(finding.version() == null ? 0L : finding.version())")
    FindingView toView(StoredFinding finding, @Context LocalDate today);

    /** Overdue: the remediation deadline has passed and the finding still waits for its remedy. */
    default boolean overdue(StoredFinding finding, LocalDate today) {
        return finding.remediationDue() != null && finding.remediationDue().isBefore(today)
                && finding.status() != null && finding.status().awaitingRemediation();
    }
}
