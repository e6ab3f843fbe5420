package dev.tandem.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description served at /api/docs: what the API is and how to authenticate.
 */
@Configuration
class ApiDocsConfig {

	@Bean
	OpenAPI tandemApi() {
		return new OpenAPI().info(new Info().title("Tandem API").version("v1").description("""
				Everything the Tandem pages do, for scripts and integrations. Authenticate with a personal API \
				token (Account → API tokens) as `Authorization: Bearer tdm_…`; it acts with your role. Errors \
				are RFC 9457 problem details; updates carry the `version` they were based on and get 409 when \
				someone changed the resource in between."""))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tdm_…")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
