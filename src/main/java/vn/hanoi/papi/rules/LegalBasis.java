package vn.hanoi.papi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The legal basis of a rule, which may change with the law: {@code "text A | 2025-07-01: text B"} reads
 * "text A until 30/6/2025, text B from 1/7/2025". The judged date picks the text.
 */
public record LegalBasis(List<Version> versions) {

    /** One text of the legal basis, in force from {@code from} (null: from the start). */
    public record Version(LocalDate from, String text) {
    }

    public static LegalBasis parse(String metadata) {
        List<Version> versions = new ArrayList<>();
        for (String part : metadata.split("\\|")) {
            String trimmed = part.trim();
            if (trimmed.length() > 11 && trimmed.charAt(10) == ':' && Character.isDigit(trimmed.charAt(0))) {
                versions.add(new Version(LocalDate.parse(trimmed.substring(0, 10)), trimmed.substring(11).trim()));
            } else if (!trimmed.isEmpty()) {
                versions.add(new Version(null, trimmed));
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("căn cứ pháp lý trống");
        }
        versions.sort(Comparator.comparing(Version::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new LegalBasis(List.copyOf(versions));
    }

    /** The text in force on {@code day}: the latest version that started on or before it. */
    public String on(LocalDate day) {
        String text = versions.get(0).text();
        for (Version v : versions) {
            if (v.from() == null || !v.from().isAfter(day)) {
                text = v.text();
            }
        }
        return text;
    }
}
