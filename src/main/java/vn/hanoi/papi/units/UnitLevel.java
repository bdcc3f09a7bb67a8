package vn.hanoi.papi.units;

import java.util.List;

/**
 * The level of a unit, and the levels its parent may have: the city stands alone; its departments and (until the
 * 2025 reorganisation) its districts are under it; a commune is under its district, or under the city itself once
 * the district level is gone (the wards and communes from 1/7/2025).
 */
public enum UnitLevel {
    CITY,
    DEPARTMENT(CITY),
    DISTRICT(CITY),
    COMMUNE(DISTRICT, CITY);

    private final List<UnitLevel> parents;

    UnitLevel(UnitLevel... parents) {
        this.parents = List.of(parents);
    }

    /** The levels a parent of a unit of this level may have; empty for the city, which has no parent. */
    public List<UnitLevel> parents() {
        return parents;
    }
}
