package vn.hanoi.papi.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON exchanged between systems is UTF-8 (RFC 8259). A leading byte-order mark, which some Windows editors write,
 * is dropped (the RFC lets a reader ignore it); text in another encoding is refused with a message saying so, rather
 * than read as something it is not.
 */
public final class Utf8Json {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Json() {
    }

    /** The text of a JSON document; an {@link IllegalArgumentException} with a Vietnamese message when not UTF-8. */
    public static String decode(byte[] bytes) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        if (looksWide(bytes)) {
            throw new IllegalArgumentException("nội dung phải là JSON mã hóa UTF-8 (RFC 8259); nội dung nhận được "
                    + "có vẻ mã hóa UTF-16 hoặc UTF-32");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return utf8.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new IllegalArgumentException("nội dung phải là JSON mã hóa UTF-8 (RFC 8259); byte thứ " + (at + 1)
                    + " (dòng " + lineOf(bytes, at) + ") không hợp lệ trong UTF-8");
        }
    }

    /** Whether a declared charset (of a Content-Type) is UTF-8; none declared counts as UTF-8, JSON's own. */
    public static boolean isUtf8(String charset) {
        if (charset == null) {
            return true;
        }
        String name = charset.replace("\"", "").trim();
        return name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8");
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /**
     * UTF-16 or UTF-32: a byte-order mark of theirs (FE FF, FF FE), or a NUL byte, which they put beside every ASCII
     * character and which no JSON text in UTF-8 has.
     */
    private static boolean looksWide(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFE) == 0xFE && (bytes[1] & 0xFE) == 0xFE) {
            return true;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
