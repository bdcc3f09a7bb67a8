package vn.hanoi.papi.evidence;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on photo evidence ({@code papi.evidence.*}). Spring's own multipart limits
 * ({@code spring.servlet.multipart.*}) are set a little above {@code maxSize}, so that a photo just over the
 * limit is refused by the service, with a message naming the file.
 *
 * @param maxSize      the largest photo accepted
 * @param allowedTypes the media types accepted, judged on the file's content (its signature), not on what the
 *                     client declares
 */
@ConfigurationProperties("papi.evidence")
public record EvidenceProperties(DataSize maxSize, List<String> allowedTypes) {

    public static final List<String> DEFAULT_TYPES = List.of("image/jpeg", "image/png", "image/webp", "image/heic");

    public EvidenceProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("papi.evidence.max-size phải lớn hơn 0");
        }
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_TYPES
                : allowedTypes.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** The limit as people read it: {@code 10 MB}, {@code 1,5 MB}, {@code 512 KB}. */
    public String maxSizeText() {
        return Sizes.text(maxSize.toBytes());
    }
}
