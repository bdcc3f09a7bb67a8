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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The units a submission may name: read from a registry file (a JSON array of units). */
public final class UnitRegistry {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

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

    /** Checks and builds a registry; a problem names the unit and what is wrong with it. */
    public static UnitRegistry of(Collection<Unit> units, String name) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.code() == null || unit.code().isBlank()) {
                problems.add("một đơn vị không có mã");
            } else if (unit.level() == null) {
                problems.add(unit.code() + ": thiếu cấp (level)");
            } else if (byCode.putIfAbsent(unit.code(), unit) != null) {
                problems.add(unit.code() + ": mã bị trùng");
            }
        }
        for (Unit unit : byCode.values()) {
            if (unit.parent() != null && !byCode.containsKey(unit.parent())) {
                problems.add(unit.code() + ": đơn vị cấp trên '" + unit.parent() + "' không có trong danh mục");
            }
            if (unit.villages() < 0) {
                problems.add(unit.code() + ": số thôn, tổ dân phố không được âm");
            }
            if (unit.mergedInto() != null && (!byCode.containsKey(unit.mergedInto()) || unit.mergedOn() == null
                    || unit.mergedInto().equals(unit.code()))) {
                problems.add(unit.code() + ": sáp nhập vào '" + unit.mergedInto()
                        + "' cần một đơn vị khác có trong danh mục và ngày sáp nhập (mergedOn)");
            }
        }
        if (!problems.isEmpty()) {
            throw new UnitRegistryException("Danh mục đơn vị " + name + " không hợp lệ: " + String.join("; ", problems));
        }
        return new UnitRegistry(byCode);
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
