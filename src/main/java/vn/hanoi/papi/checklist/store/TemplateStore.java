package vn.hanoi.papi.checklist.store;

import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.hanoi.papi.checklist.ChecklistTemplate;
import vn.hanoi.papi.engine.Engine;

/**
 * The checklist templates in the store, for tablets to download. A template version, once stored, stays as it
 * was: a changed template is a new version, so old submissions keep the questions they answered.
 */
@Component
public class TemplateStore {

    private final MongoTemplate mongo;
    private final Engine engine;

    public TemplateStore(MongoTemplate mongo, Engine engine) {
        this.mongo = mongo;
        this.engine = engine;
    }

    @PostConstruct
    void storeKnownTemplates() {
        for (ChecklistTemplate t : engine.templates().all()) {
            try {
                mongo.insert(new StoredTemplate(StoredTemplate.idOf(t.template(), t.version()), t));
            } catch (DuplicateKeyException alreadyStored) {
                // versions are immutable: nothing to do
            }
        }
    }

    public Optional<ChecklistTemplate> find(String template, int version) {
        return Optional.ofNullable(mongo.findById(StoredTemplate.idOf(template, version), StoredTemplate.class))
                .map(StoredTemplate::content);
    }

    public List<ChecklistTemplate> all() {
        return mongo.findAll(StoredTemplate.class).stream().map(StoredTemplate::content).toList();
    }
}
