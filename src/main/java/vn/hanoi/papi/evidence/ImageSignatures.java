package vn.hanoi.papi.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The media type of a photo told from its first bytes (its "magic number"), since what a client declares in
 * {@code Content-Type} or in the file name is not evidence of anything: a text file named photo.jpg is still
 * text.
 */
public final class ImageSignatures {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47};
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    /** ISO base media file brands of HEIC/HEIF still images, at offset 4 ("ftyp" + brand). */
    private static final byte[][] HEIC = {ascii("ftypheic"), ascii("ftypheix"), ascii("ftypmif1")};

    private ImageSignatures() {
    }

    /** {@code image/jpeg}, {@code image/png}, {@code image/webp} or {@code image/heic}; empty for anything else. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        for (byte[] brand : HEIC) {
            if (startsWith(content, 4, brand)) {
                return Optional.of("image/heic");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        return content.length >= offset + signature.length
                && Arrays.equals(content, offset, offset + signature.length, signature, 0, signature.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
