package vn.hanoi.papi.evidence;

import java.util.Locale;

/** File sizes in Vietnamese notation (decimal comma). */
final class Sizes {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private Sizes() {
    }

    static String text(long bytes) {
        if (bytes >= MB) {
            return bytes % MB == 0 ? bytes / MB + " MB" : String.format(VI, "%.1f MB", bytes / (double) MB);
        }
        if (bytes >= KB) {
            return bytes % KB == 0 ? bytes / KB + " KB" : String.format(VI, "%.1f KB", bytes / (double) KB);
        }
        return bytes + " byte";
    }
}
