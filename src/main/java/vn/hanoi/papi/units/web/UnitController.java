package vn.hanoi.papi.units.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.UnitRegistryException;
import vn.hanoi.papi.units.store.UnitService;

@RestController
@RequestMapping("/api/units")
@Validated
class UnitController {

    private final UnitService units;
    private final UnitMapper mapper;
    private final JsonMapper json;
    private final jakarta.validation.Validator validator;

    UnitController(UnitService units, UnitMapper mapper, JsonMapper json, jakarta.validation.Validator validator) {
        this.units = units;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    @Operation(summary = "Danh mục đơn vị")
    @GetMapping
    List<Unit> all() {
        return units.all();
    }

    /**
     * One unit or an array of units, upserted by code. Nothing is stored unless the whole batch is good: every bad
     * unit and field is named ({@code units[CODE].parent}) in a 400.
     */
    @Operation(summary = "Thêm hoặc cập nhật đơn vị theo mã (một đơn vị hoặc một mảng)")
    @PostMapping
    List<Unit> upsert(@RequestBody JsonNode body) {
        List<UnitInput> inputs = body.isArray()
                ? json.treeToValue(body, json.getTypeFactory().constructCollectionType(List.class, UnitInput.class))
                : List.of(json.treeToValue(body, UnitInput.class));
        UnitInputs.check(inputs, validator);
        try {
            return units.upsert(mapper.toUnits(inputs));
        } catch (UnitRegistryException e) {
            throw UnitInputs.refusal(e);
        }
    }
}
