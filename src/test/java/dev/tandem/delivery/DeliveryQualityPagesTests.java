package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.delivery.DeliveryQuality.Commit;
import dev.tandem.delivery.DeliveryQuality.RecordDeployment;
import dev.tandem.delivery.DeliveryQuality.RecordIncident;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/** The delivery quality page in English and French, with figures and with no data. */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class DeliveryQualityPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	@Autowired
	DeliveryQuality quality;

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var html = mvc.perform(request.with(user("dora-pages@example.com").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	private TeamId team(String name) {
		return teams
			.create(new TeamDetails(name + " " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id();
	}

	@Test
	void showsTheFourFiguresWithTheirBandsPerTeamAndService() throws Exception {
		var team = team("Quality");
		var service = "search-" + Unique.suffix();
		quality.recordDeployment(
				new RecordDeployment(service, team, "2.0", Instant.parse("2026-04-02T12:00:00Z"),
						DeploymentStatus.SUCCESS, List.of(new Commit("abc", Instant.parse("2026-04-02T09:00:00Z")))),
				null);
		quality.recordIncident(new RecordIncident(service, team, Instant.parse("2026-04-03T10:00:00Z"),
				Instant.parse("2026-04-03T10:30:00Z"), null), null);

		var html = page(get("/delivery/quality?team=%s&from=2026-04-01&to=2026-04-30".formatted(team)));

		assertThat(html).contains("id=\"dora-teams\"", "id=\"dora-services\"", service, "3.0 h", "0.5 h", "0 %",
				"Elite", "Medium", "Deployment frequency");
		var french = page(
				get("/delivery/quality?team=%s&from=2026-04-01&to=2026-04-30".formatted(team)).locale(Locale.FRENCH));
		assertThat(french).contains("Qualité de livraison", "Élite", "Fréquence de déploiement");
	}

	@Test
	void anEmptyWindowSaysNoData() throws Exception {
		var team = team("Silent");

		assertThat(page(get("/delivery/quality?team=%s&from=2025-01-01&to=2025-01-31".formatted(team))))
			.contains("id=\"dora-teams-empty\"", "No data");
		assertThat(page(get("/delivery/quality?team=" + team).locale(Locale.FRENCH))).contains("Pas de données");
	}

	@Test
	void theDeliveryLandingLinksToIt() throws Exception {
		assertThat(page(get("/delivery"))).contains("href=\"/delivery/quality\"");
	}

}
