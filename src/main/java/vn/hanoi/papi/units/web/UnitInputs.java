package vn.hanoi.papi.units.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import vn.hanoi.papi.checklist.ValidationError;
import vn.hanoi.papi.web.InvalidRequestException;

/** Every problem of a batch of units at once, each naming its unit and field. */
final class UnitInputs {

    private UnitInputs() {
    }

    static void check(List<UnitInput> inputs, Validator validator) {
        List<ValidationError> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            UnitInput input = inputs.get(i);
            String label = "units[" + (input.code() == null ? "#" + (i + 1) : input.code()) + "]";
            for (ConstraintViolation<UnitInput> v : validator.validate(input)) {
                errors.add(new ValidationError(label + "." + v.getPropertyPath(), v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Danh sách đơn vị không hợp lệ", errors);
        }
    }
}
