package vn.hanoi.papi.units;

/**
 * An administrative unit of the registry.
 *
 * @param villages number of thôn / tổ dân phố (communes only)
 * @param remote   vùng sâu, vùng xa: longer complaint deadlines apply (Law on Complaints arts 28, 37)
 * @param cluster  emulation cluster (cụm thi đua), null when none
 * @param mergedInto the unit it was merged into by the 2025 reorganisation (or later), null when it stands
 * @param mergedOn   the day the merger took effect: inspections from that day go to {@code mergedInto}
 */
public record Unit(String code, String name, UnitLevel level, String parent, int villages, boolean remote, Integer cluster,
                   String mergedInto, java.time.LocalDate mergedOn) {

    /** A unit as the registry file of the spec gives it (not merged). */
    public Unit(String code, String name, UnitLevel level, String parent, int villages, boolean remote, Integer cluster) {
        this(code, name, level, parent, villages, remote, cluster, null, null);
    }

    /** Merged into another unit on or before {@code day}: no new inspection under this code. */
    public boolean mergedBy(java.time.LocalDate day) {
        return mergedInto != null && mergedOn != null && !day.isBefore(mergedOn);
    }
}
