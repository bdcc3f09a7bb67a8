package vn.hanoi.papi.units.store;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitLevel;

/** A unit in the store, keyed by its code. */
@Document("units")
public record StoredUnit(@Id String code, String name, UnitLevel level, String parent, int villages, boolean remote,
                         Integer cluster, String mergedInto, LocalDate mergedOn) {

    static StoredUnit of(Unit u) {
        return new StoredUnit(u.code(), u.name(), u.level(), u.parent(), u.villages(), u.remote(), u.cluster(),
                u.mergedInto(), u.mergedOn());
    }

    Unit toUnit() {
        return new Unit(code, name, level, parent, villages, remote, cluster, mergedInto, mergedOn);
    }
}
