package vn.hanoi.papi.units.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;
import vn.hanoi.papi.units.UnitLevel;

/**
 * A unit as an administrator sends it: the registry format, plus an optional merger.
 *
 * @param unknown the fields the format does not have, refused by name
 */
public record UnitInput(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,79}", message = "mã đơn vị gồm chữ in hoa, số và '-'") String code,
        @NotBlank String name,
        @NotNull UnitLevel level,
        String parent,
        @Min(0) int villages,
        boolean remote,
        @Min(1) @Max(99) Integer cluster,
        String mergedInto,
        LocalDate mergedOn,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {
}
