package vn.hanoi.papi.units;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.units.UnitRegistryException.Problem;

/** The units a submission may name: read from a registry file (a JSON array of units). */
public final class UnitRegistry {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final String LEVELS = "CITY, DEPARTMENT, DISTRICT hoặc COMMUNE";

    private final Map<String, Unit> byCode;

    private UnitRegistry(Map<String, Unit> byCode) {
        this.byCode = byCode;
    }

    public static UnitRegistry of(Collection<Unit> units) {
        return of(units, "(trong bộ nhớ)");
    }

    public static UnitRegistry fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UnitRegistryException("Không đọc được danh mục đơn vị " + file + ": " + e.getMessage(), e);
        }
    }

    public static UnitRegistry read(InputStream in, String name) {
        try {
            Unit[] units = MAPPER.readValue(in, Unit[].class);
            return of(List.of(units), name);
        } catch (JacksonException e) {
            throw new UnitRegistryException("Danh mục đơn vị " + name + " không hợp lệ: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Checks and builds a registry; every problem is reported at once, each naming its unit and field: a unit without
     * a code or a level, a code given twice, a parent that is unknown, the unit itself, part of a cycle or of a level
     * that cannot be above it ({@link UnitLevel#parents()}), a negative number of villages, a bad merger.
     */
    public static UnitRegistry of(Collection<Unit> units, String name) {
        Checked checked = check(units);
        if (!checked.problems().isEmpty()) {
            throw new UnitRegistryException(name, checked.problems());
        }
        return new UnitRegistry(checked.byCode());
    }

    /**
     * The registry as a store keeps it: checked as {@link #of}, except that a unit whose place in the hierarchy is
     * wrong (its parent itself, in a cycle, of a level that cannot be above it, or missing) — which older versions
     * stored without complaint — is only reported to {@code misplaced}, so that the service still starts and an
     * administrator can correct the unit.
     */
    public static UnitRegistry ofStored(Collection<Unit> units, String name, Consumer<Problem> misplaced) {
        Checked checked = check(units);
        List<Problem> fatal = checked.problems().stream().filter(p -> !checked.misplaced().contains(p)).toList();
        if (!fatal.isEmpty()) {
            throw new UnitRegistryException(name, fatal);
        }
        checked.misplaced().forEach(misplaced);
        return new UnitRegistry(checked.byCode());
    }

    /** The codes given more than once, each named with the places (from 1) it is given at. */
    public static List<Problem> duplicates(Collection<Unit> units) {
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        int place = 0;
        for (Unit unit : units) {
            place++;
            if (unit.code() != null && !unit.code().isBlank()) {
                places.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(place);
            }
        }
        return places.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new Problem(e.getKey(), "code", "mã bị trùng: có ở các đơn vị thứ "
                        + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + " của danh sách; mỗi mã chỉ được có một lần"))
                .toList();
    }

    /** The units by code, every problem, and those of the problems that are a unit's place in the hierarchy. */
    private record Checked(Map<String, Unit> byCode, List<Problem> problems, List<Problem> misplaced) {
    }

    private static Checked check(Collection<Unit> units) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>(duplicates(units));
        int place = 0;
        for (Unit unit : units) {
            place++;
            if (unit.code() == null || unit.code().isBlank()) {
                problems.add(new Problem("#" + place, "code", "thiếu mã đơn vị"));
            } else if (unit.level() == null) {
                problems.add(new Problem(unit.code(), "level", "thiếu cấp (level): " + LEVELS));
            } else {
                byCode.putIfAbsent(unit.code(), unit);
            }
        }
        List<Problem> misplaced = new ArrayList<>();
        for (Unit unit : byCode.values()) {
            if (unit.parent() != null && !byCode.containsKey(unit.parent())) {
                problems.add(new Problem(unit.code(), "parent",
                        "đơn vị cấp trên '" + unit.parent() + "' không có trong danh mục"));
            } else {
                Problem wrongPlace = placeProblem(unit, byCode);
                if (wrongPlace != null) {
                    problems.add(wrongPlace);
                    misplaced.add(wrongPlace);
                }
            }
            if (unit.villages() < 0) {
                problems.add(new Problem(unit.code(), "villages",
                        "số thôn, tổ dân phố không được âm (nhận " + unit.villages() + ")"));
            }
            if (unit.mergedInto() != null && (!byCode.containsKey(unit.mergedInto())
                    || unit.mergedInto().equals(unit.code()))) {
                problems.add(new Problem(unit.code(), "mergedInto", "sáp nhập vào '" + unit.mergedInto()
                        + "' cần một đơn vị khác có trong danh mục"));
            }
            if (unit.mergedInto() != null && unit.mergedOn() == null) {
                problems.add(new Problem(unit.code(), "mergedOn", "sáp nhập vào '" + unit.mergedInto()
                        + "' cần ngày sáp nhập (mergedOn)"));
            }
            if (unit.mergedOn() != null && unit.mergedInto() == null) {
                problems.add(new Problem(unit.code(), "mergedInto", "ngày sáp nhập (mergedOn) cần đơn vị được sáp nhập "
                        + "vào (mergedInto)"));
            }
        }
        return new Checked(byCode, problems, misplaced);
    }

    /**
     * What is wrong with the unit's place under its (known or missing) parent, or null: another unit, not in a
     * cycle, of a level that may be above it; missing only for the city.
     */
    private static Problem placeProblem(Unit unit, Map<String, Unit> byCode) {
        String code = unit.code();
        String parent = unit.parent();
        List<UnitLevel> allowed = unit.level().parents();
        String allowedText = allowed.stream().map(Enum::name).collect(Collectors.joining(" hoặc "));
        if (parent == null) {
            return allowed.isEmpty() ? null : new Problem(code, "parent",
                    "thiếu đơn vị cấp trên: đơn vị cấp " + unit.level() + " trực thuộc một đơn vị cấp " + allowedText);
        }
        if (parent.equals(code)) {
            return new Problem(code, "parent", "đơn vị không thể là cấp trên của chính nó");
        }
        Unit above = byCode.get(parent);
        List<String> chain = new ArrayList<>(List.of(code));
        for (Unit step = above; step != null && !chain.contains(step.code()); step = byCode.get(step.parent())) {
            chain.add(step.code());
            if (code.equals(step.parent())) {
                chain.add(code);
                return new Problem(code, "parent", "các đơn vị cấp trên tạo thành vòng: " + String.join(" → ", chain));
            }
        }
        if (allowed.isEmpty()) {
            return new Problem(code, "parent", "đơn vị cấp " + unit.level() + " không có đơn vị cấp trên (nhận '"
                    + parent + "')");
        }
        if (!allowed.contains(above.level())) {
            return new Problem(code, "parent", "đơn vị cấp " + unit.level() + " chỉ trực thuộc đơn vị cấp " + allowedText
                    + "; '" + parent + "' là đơn vị cấp " + above.level());
        }
        return null;
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Unit> all() {
        return List.copyOf(byCode.values());
    }

    /** The units directly below {@code code} through their {@code parent} link (a district's communes), in order. */
    public List<Unit> childrenOf(String code) {
        return code == null ? List.of() : byCode.values().stream().filter(u -> code.equals(u.parent())).toList();
    }
}
