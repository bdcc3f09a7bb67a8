package vn.hanoi.papi.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document says how to sign in, so that Swagger UI's "Authorize" button works with the API. */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {

    private static final String SCHEME = "papi";

    @Bean
    OpenAPI papiOpenApi(PapiSecurityProperties properties) {
        SecurityScheme scheme = properties.mode() == PapiSecurityProperties.Mode.JWT
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Mã truy cập của nhà cung cấp OIDC")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Tên đăng nhập và mật khẩu (HTTP Basic)");
        return new OpenAPI()
                .info(new Info().title("PAPI checker").description("Kiểm tra tuân thủ Kế hoạch 164/KH-UBND (PAPI)"))
                .components(new Components().addSecuritySchemes(SCHEME, scheme))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
