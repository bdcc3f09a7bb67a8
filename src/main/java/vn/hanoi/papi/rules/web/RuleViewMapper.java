package vn.hanoi.papi.rules.web;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.hanoi.papi.rules.LegalBasis;
import vn.hanoi.papi.rules.RuleMetadata;

@Mapper(componentModel = "spring")
public interface RuleViewMapper {

    @Mapping(target = "name", source = "ruleName")
    @Mapping(target = "legalBasis", source = "legalBasis.versions")
    RuleView toView(RuleMetadata metadata);

    RuleView.LegalBasisView toView(LegalBasis.Version version);

    List<RuleView> toViews(List<RuleMetadata> metadata);
}
