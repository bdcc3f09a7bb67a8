package vn.hanoi.papi.units.store;

import jakarta.annotation.PostConstruct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.engine.Engine;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitRegistry;
import vn.hanoi.papi.units.UnitRegistryException;
import vn.hanoi.papi.units.UnitRegistryException.Problem;

/**
 * The unit registry kept in the store. At the first start the registry file seeds it; from then on units are
 * upserted through the API, and the engine validates submissions against the stored registry.
 */
@Service
public class UnitService {

    private static final Logger LOG = LoggerFactory.getLogger(UnitService.class);

    private static final String BATCH = "gửi lên";

    private final MongoTemplate mongo;
    private final Engine engine;

    public UnitService(MongoTemplate mongo, Engine engine) {
        this.mongo = mongo;
        this.engine = engine;
    }

    @PostConstruct
    void seedAndLoad() {
        if (mongo.estimatedCount(StoredUnit.class) == 0) {
            engine.units().all().forEach(u -> mongo.save(StoredUnit.of(u)));
            LOG.info("Unit registry seeded with {} units", engine.units().all().size());
        }
        engine.replaceUnits(UnitRegistry.ofStored(stored(), "kho dữ liệu",
                problem -> LOG.warn("Unit registry: {} (stored before this was refused; correct it with POST /api/units)",
                        problem)));
    }

    public List<Unit> all() {
        return engine.units().all();
    }

    /**
     * Adds or replaces units by code. The batch (not empty, each code once) and the registry it would make are
     * checked first (parents and their levels, cycles, mergers — {@link UnitRegistry#of}), so a bad batch changes
     * nothing; each unit is then one atomic write, and repeating the call is harmless.
     */
    public List<Unit> upsert(List<Unit> units) {
        if (units.isEmpty()) {
            throw new UnitRegistryException(BATCH, List.of(new Problem(null, null, "danh sách đơn vị trống: không có gì để lưu")));
        }
        List<Problem> duplicates = UnitRegistry.duplicates(units);
        if (!duplicates.isEmpty()) {
            throw new UnitRegistryException(BATCH, duplicates);
        }
        Map<String, Unit> merged = new LinkedHashMap<>();
        stored().forEach(u -> merged.put(u.code(), u));
        units.forEach(u -> merged.put(u.code(), u));
        UnitRegistry next = UnitRegistry.of(merged.values(), "danh mục sau khi cập nhật");
        units.forEach(u -> mongo.save(StoredUnit.of(u)));
        engine.replaceUnits(next);
        return units;
    }

    private List<Unit> stored() {
        return mongo.find(new Query().with(Sort.by("_id")), StoredUnit.class).stream().map(StoredUnit::toUnit).toList();
    }
}
