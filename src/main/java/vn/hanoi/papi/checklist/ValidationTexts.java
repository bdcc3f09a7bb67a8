package vn.hanoi.papi.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The validator's messages that the checklist page repeats before sending ({@code checklist-validation.properties}):
 * the server and the page read the same texts and fill them the same simple way, {@code {0}} by the first value and
 * so on, and {@code ''} as one quote — so a tablet's message and the server's 400 never disagree.
 */
public final class ValidationTexts {

    private static final String FILE = "checklist-validation.properties";
    private static final Map<String, String> TEXTS = load();

    private ValidationTexts() {
    }

    /** The text of {@code key} with its values filled in. */
    public static String format(String key, Object... values) {
        String text = TEXTS.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No validation text " + key + " in " + FILE);
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text.replace("''", "'");
    }

    /** Every text, unfilled, for the checklist page. */
    public static Map<String, String> all() {
        return TEXTS;
    }

    private static Map<String, String> load() {
        try (InputStream in = ValidationTexts.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(name -> texts.put(name, properties.getProperty(name)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
