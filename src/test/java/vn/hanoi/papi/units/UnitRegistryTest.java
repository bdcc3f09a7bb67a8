package vn.hanoi.papi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.units.UnitRegistryException.Problem;

/** What makes a registry consistent: codes once, parents known and of a level that may be above, no cycle. */
class UnitRegistryTest {

    private static final Unit CITY = new Unit("HN", "Hà Nội", UnitLevel.CITY, null, 0, false, null);
    private static final Unit DEPARTMENT = new Unit("SO-A", "Sở A", UnitLevel.DEPARTMENT, "HN", 0, false, null);
    private static final Unit DISTRICT = new Unit("H-1", "Huyện 1", UnitLevel.DISTRICT, "HN", 0, false, null);

    private static Unit commune(String code, String parent) {
        return new Unit(code, "Xã " + code, UnitLevel.COMMUNE, parent, 5, false, 1);
    }

    private static Unit district(String code, String parent) {
        return new Unit(code, "Huyện " + code, UnitLevel.DISTRICT, parent, 0, false, null);
    }

    private static List<Problem> problems(Unit... extra) {
        List<Unit> units = new ArrayList<>(List.of(CITY, DEPARTMENT, DISTRICT));
        units.addAll(List.of(extra));
        return catchThrowableOfType(UnitRegistryException.class, () -> UnitRegistry.of(units, "thử")).problems();
    }

    @Test
    void theSeedRegistryIsConsistent() {
        UnitRegistry seed = UnitRegistry.fromFile(Path.of("fixtures/units/hanoi.json"));
        assertThat(seed.find("HN-PHUONG-HOAN-KIEM").orElseThrow().parent()).isEqualTo("HN");    // a ward under the city
        assertThat(seed.find("HN-XA-SOC-SON-MINH-TRI").orElseThrow().parent()).isEqualTo("HN-HUYEN-SOC-SON");
    }

    @Test
    void aCommuneIsUnderItsDistrictOrUnderTheCity() {
        UnitRegistry registry = UnitRegistry.of(List.of(CITY, DEPARTMENT, DISTRICT, commune("X-1", "H-1"),
                commune("X-2", "HN")), "thử");
        assertThat(registry.childrenOf("H-1")).extracting(Unit::code).containsExactly("X-1");
    }

    @Test
    void aCommuneUnderACommuneOrADepartmentIsRefusedNamingTheUnitAndItsParent() {
        assertThat(problems(commune("X-1", "H-1"), commune("X-2", "X-1"), commune("X-3", "SO-A")))
                .containsExactly(
                        new Problem("X-2", "parent", "đơn vị cấp COMMUNE chỉ trực thuộc đơn vị cấp DISTRICT hoặc CITY; "
                                + "'X-1' là đơn vị cấp COMMUNE"),
                        new Problem("X-3", "parent", "đơn vị cấp COMMUNE chỉ trực thuộc đơn vị cấp DISTRICT hoặc CITY; "
                                + "'SO-A' là đơn vị cấp DEPARTMENT"));
    }

    @Test
    void theCityHasNoParentAndEveryOtherLevelHasOne() {
        assertThat(problems(district("H-2", "H-1"), commune("X-1", null),
                new Unit("SO-B", "Sở B", UnitLevel.DEPARTMENT, null, 0, false, null)))
                .extracting(p -> p.unit() + "." + p.field() + ": " + p.message())
                .containsExactly(
                        "H-2.parent: đơn vị cấp DISTRICT chỉ trực thuộc đơn vị cấp CITY; 'H-1' là đơn vị cấp DISTRICT",
                        "X-1.parent: thiếu đơn vị cấp trên: đơn vị cấp COMMUNE trực thuộc một đơn vị cấp DISTRICT hoặc CITY",
                        "SO-B.parent: thiếu đơn vị cấp trên: đơn vị cấp DEPARTMENT trực thuộc một đơn vị cấp CITY");
        Unit cityUnderCity = new Unit("HN-2", "Thành phố 2", UnitLevel.CITY, "HN", 0, false, null);
        assertThatThrownBy(() -> UnitRegistry.of(List.of(CITY, cityUnderCity), "thử"))
                .isInstanceOf(UnitRegistryException.class)
                .hasMessage("Danh mục đơn vị thử không hợp lệ: "
                        + "HN-2.parent: đơn vị cấp CITY không có đơn vị cấp trên (nhận 'HN')");
    }

    @Test
    void aUnitThatIsItsOwnParentOrInACycleIsRefused() {
        assertThat(problems(commune("X-8", "X-8")))
                .containsExactly(new Problem("X-8", "parent", "đơn vị không thể là cấp trên của chính nó"));
        assertThat(problems(district("H-A", "H-B"), district("H-B", "H-A")))
                .filteredOn(p -> p.message().contains("vòng"))
                .containsExactly(
                        new Problem("H-A", "parent", "các đơn vị cấp trên tạo thành vòng: H-A → H-B → H-A"),
                        new Problem("H-B", "parent", "các đơn vị cấp trên tạo thành vòng: H-B → H-A → H-B"));
    }

    @Test
    void anUnknownParentACodeGivenTwiceAndEveryOtherProblemAreNamedAtOnce() {
        assertThat(problems(commune("X-1", "H-9"), commune("X-2", "H-1"), commune("X-2", "H-1"),
                new Unit("X-3", "Xã 3", UnitLevel.COMMUNE, "H-1", -2, false, null, "X-9", null)))
                .containsExactly(
                        new Problem("X-2", "code", "mã bị trùng: có ở các đơn vị thứ 5, 6 của danh sách; "
                                + "mỗi mã chỉ được có một lần"),
                        new Problem("X-1", "parent", "đơn vị cấp trên 'H-9' không có trong danh mục"),
                        new Problem("X-3", "villages", "số thôn, tổ dân phố không được âm (nhận -2)"),
                        new Problem("X-3", "mergedInto", "sáp nhập vào 'X-9' cần một đơn vị khác có trong danh mục"),
                        new Problem("X-3", "mergedOn", "sáp nhập vào 'X-9' cần ngày sáp nhập (mergedOn)"));
    }

    @Test
    void aMergerDayWithoutTheUnitMergedIntoIsNamed() {
        assertThat(problems(new Unit("X-4", "Xã 4", UnitLevel.COMMUNE, "H-1", 3, false, null, null,
                java.time.LocalDate.parse("2025-07-01"))))
                .containsExactly(new Problem("X-4", "mergedInto", "ngày sáp nhập (mergedOn) cần đơn vị được sáp nhập "
                        + "vào (mergedInto)"));
    }

    @Test
    void aStoredUnitInTheWrongPlaceIsReportedNotRefusedSoThatTheServiceStillStarts() {
        List<Problem> reported = new ArrayList<>();
        UnitRegistry stored = UnitRegistry.ofStored(List.of(CITY, DISTRICT, commune("X-1", "H-1"), commune("X-2", "X-1"),
                commune("X-8", "X-8")), "kho", reported::add);
        assertThat(stored.find("X-2")).isPresent();
        assertThat(reported).extracting(Problem::unit).containsExactly("X-2", "X-8");
        // An unknown parent was refused before this check existed, and still is.
        assertThatThrownBy(() -> UnitRegistry.ofStored(List.of(CITY, commune("X-1", "H-9")), "kho", reported::add))
                .isInstanceOf(UnitRegistryException.class).hasMessageContaining("X-1.parent", "H-9");
    }
}
