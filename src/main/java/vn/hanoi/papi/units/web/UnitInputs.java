package vn.hanoi.papi.units.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.units.UnitRegistryException;
import vn.hanoi.papi.web.InvalidRequestException;
import vn.hanoi.papi.web.UnknownFields;

/**
 * Every problem of a batch of units at once, each naming its unit ({@code units[CODE]}, or {@code units[#n]} by its
 * place when it has no code) and field.
 */
final class UnitInputs {

    private static final String TITLE = "Danh sách đơn vị không hợp lệ";

    private UnitInputs() {
    }

    static void check(List<UnitInput> inputs, Validator validator) {
        List<ValidationError> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            UnitInput input = inputs.get(i);
            String label = label(input.code() == null ? "#" + (i + 1) : input.code());
            for (ConstraintViolation<UnitInput> v : validator.validate(input)) {
                errors.add(new ValidationError(label + "." + v.getPropertyPath(), v.getMessage()));
            }
            errors.addAll(UnknownFields.of(input.unknown(), label + ".", "định dạng đơn vị"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(TITLE, errors);
        }
    }

    /** The registry's refusal of the batch, in the same form: each problem named by its unit and field. */
    static RuntimeException refusal(UnitRegistryException e) {
        if (e.problems().isEmpty()) {
            return e;
        }
        return new InvalidRequestException(TITLE, e.problems().stream()
                .map(p -> new ValidationError(p.unit() == null ? "units" : label(p.unit()) + "." + p.field(), p.message()))
                .toList());
    }

    private static String label(String unit) {
        return "units[" + unit + "]";
    }
}
