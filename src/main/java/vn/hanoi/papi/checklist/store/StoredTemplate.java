package vn.hanoi.papi.checklist.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.papi.checklist.ChecklistTemplate;

/** A checklist template in the store, keyed by {@code NAME#version}; versions are never rewritten. */
@Document("templates")
public record StoredTemplate(@Id String id, ChecklistTemplate content) {

    public static String idOf(String template, int version) {
        return template + "#" + version;
    }
}
