package vn.hanoi.papi.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts a page's script shows (the {@code js.*} keys of the message bundle), in the reader's language: the
 * scripts carry no text of their own, so a second bundle translates them too.
 */
@Component
public class ScriptTexts {

    private static final String PREFIX = "js.";

    private final MessageSource messages;
    private final List<String> keys;

    ScriptTexts(MessageSource messages) {
        this.messages = messages;
        this.keys = keysOfDefaultBundle();
    }

    public Map<String, String> in(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : keys) {
            texts.put(key.substring(PREFIX.length()), messages.getMessage(key, null, key, locale));
        }
        return texts;
    }

    private static List<String> keysOfDefaultBundle() {
        try (InputStream in = ScriptTexts.class.getClassLoader().getResourceAsStream("messages.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
