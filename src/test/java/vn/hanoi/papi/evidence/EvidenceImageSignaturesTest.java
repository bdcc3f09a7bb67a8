package vn.hanoi.papi.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceImageSignaturesTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void knownSignaturesAreRecognised() {
        assertThat(ImageSignatures.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains("image/jpeg");
        assertThat(ImageSignatures.detect(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A))).contains("image/png");
        assertThat(ImageSignatures.detect(ascii("RIFF\u0024\0\0\0WEBPVP8 "))).contains("image/webp");
        for (String brand : new String[] {"heic", "heix", "mif1"}) {
            assertThat(ImageSignatures.detect(ascii("\0\0\0\u0018ftyp" + brand + "\0\0\0\0"))).contains("image/heic");
        }
    }

    @Test
    void anythingElseIsNotAnImage() {
        assertThat(ImageSignatures.detect(new byte[0])).isEmpty();
        assertThat(ImageSignatures.detect(bytes(0xFF, 0xD8))).isEmpty();                     // cut short
        assertThat(ImageSignatures.detect(ascii("GIF89a"))).isEmpty();
        assertThat(ImageSignatures.detect(ascii("RIFF\0\0\0\0WAVEfmt "))).isEmpty();          // audio, not WebP
        assertThat(ImageSignatures.detect(ascii("\0\0\0\u0018ftypmp42"))).isEmpty();          // a video
        assertThat(ImageSignatures.detect("Đây là chữ".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageSignatures.detect(ascii("%PDF-1.7"))).isEmpty();
    }

    @Test
    void sizesReadTheVietnameseWay() {
        assertThat(Sizes.text(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(Sizes.text(1536L * 1024)).isEqualTo("1,5 MB");
        assertThat(Sizes.text(512)).isEqualTo("512 byte");
    }
}
