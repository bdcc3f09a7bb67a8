package vn.hanoi.papi.checklist.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Section EGOV: the commune's web portal (PAPI 8.1). */
public record EgovAnswers(
        @JsonProperty("EGOV.PORTAL_EXISTS") boolean portalExists,
        @JsonProperty("EGOV.PORTAL_HAS_DISCLOSURES") boolean portalHasDisclosures) {
}
