package vn.hanoi.papi.units;

/**
 * An administrative unit of the registry.
 *
 * @param villages number of thôn / tổ dân phố (communes only)
 * @param remote   vùng sâu, vùng xa: longer complaint deadlines apply (Law on Complaints arts 28, 37)
 * @param cluster  emulation cluster (cụm thi đua), null when none
 */
public record Unit(String code, String name, UnitLevel level, String parent, int villages, boolean remote, Integer cluster) {
}
