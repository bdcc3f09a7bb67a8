package vn.hanoi.papi.units.web;

import java.util.List;
import org.mapstruct.Mapper;
import vn.hanoi.papi.units.Unit;

@Mapper(componentModel = "spring")
public interface UnitMapper {

    Unit toUnit(UnitInput input);

    List<Unit> toUnits(List<UnitInput> inputs);
}
