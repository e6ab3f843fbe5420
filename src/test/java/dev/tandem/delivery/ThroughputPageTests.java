package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.delivery.WorkItemImport.ImportedItem;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;
import tools.jackson.databind.json.JsonMapper;

/**
 * A team's throughput page and the flow API on H2 and PostgreSQL: bars per day and per
 * week, the cycle-time scatter's data and its percentiles worked out by hand, and a
 * window that cannot be read shown next to its field.
 */
abstract class ThroughputPageTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	@Autowired
	WorkItemImport imports;

	@Autowired
	Clock clock;

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		var html = mvc.perform(request.with(user("throughput@example.com").roles("VIEWER")))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	/**
	 * A team with ten items finished over the last ten days, item i having taken i days:
	 * p50 = rank 5 = 5 days, p85 = rank ceil(8.5) = 9 days, p95 = rank ceil(9.5) = 10
	 * days.
	 */
	private TeamId teamWithTenFinishedItems() {
		var team = teams
			.create(new TeamDetails("Flow " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id();
		var now = clock.instant();
		var batch = new ArrayList<ImportedItem>();
		var prefix = "FLOW" + Unique.suffix().toUpperCase(Locale.ROOT) + "-";
		for (int i = 1; i <= 10; i++) {
			var resolved = now.minus(Duration.ofDays(i - 1)).minus(Duration.ofMinutes(5));
			batch.add(new ImportedItem(prefix + i, WorkItemKind.STORY, "Finished in " + i + " days", null,
					WorkflowState.DONE, resolved.minus(Duration.ofDays(i)), resolved, resolved, null, Set.of()));
		}
		imports.importInto(team, batch, "throughput@example.com");
		return team;
	}

	@Test
	void showsItemsFinishedPerDayAndTheCycleTimePercentilesAsFiguresAndChartData() throws Exception {
		var team = teamWithTenFinishedItems();

		var html = page(get("/delivery/teams/" + team + "/throughput"), 200);

		assertThat(html).contains("class=\"throughput-chart\"", "class=\"cycle-time-chart\"", "/js/throughput-chart.js",
				"data-by=\"day\"", "data-p50=\"5.0\"", "data-p85=\"9.0\"", "data-p95=\"10.0\"", "id=\"p50\">5.0 days",
				"id=\"p85\">9.0 days", "id=\"p95\">10.0 days", "10 items finished",
				"85 % of these 10 items took 9.0 days or less");
		var counts = attribute(html, "data-counts");
		var starts = attribute(html, "data-starts").split(";");
		assertThat(Arrays.stream(counts.split(";")).mapToInt(Integer::parseInt).sum()).isEqualTo(10);
		var today = LocalDate.now(clock);
		assertThat(starts).hasSizeBetween(11 * 7 + 1, 12 * 7).endsWith(today.toString());
		assertThat(attribute(html, "data-points").split(";")).hasSize(10).allMatch(p -> p.matches("\\d+,\\d+\\.\\d+"));
	}

	@Test
	void groupsByWeekOnRequestAndSpeaksFrench() throws Exception {
		var team = teamWithTenFinishedItems();

		var html = page(get("/delivery/teams/" + team + "/throughput").param("by", "week").param("weeks", "4"), 200);
		var french = page(get("/delivery/teams/" + team + "/throughput").locale(Locale.FRENCH), 200);

		assertThat(html).contains("data-by=\"week\"", "Items finished per week", "value=\"4\"");
		assertThat(attribute(html, "data-starts").split(";")).hasSize(4)
			.allSatisfy(
					start -> assertThat(LocalDate.parse(start).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
		assertThat(Arrays.stream(attribute(html, "data-counts").split(";")).mapToInt(Integer::parseInt).sum())
			.isEqualTo(10);
		assertThat(french).contains("Débit de", "85e centile", "id=\"p85\">9,0 jours");
	}

	@Test
	void aWindowOrGroupingThatCannotBeReadIsShownNextToItsFieldOverTheDefaultWindow() throws Exception {
		var team = teamWithTenFinishedItems();

		var tooLong = page(get("/delivery/teams/" + team + "/throughput").param("weeks", "53"), 400);
		var notANumber = page(get("/delivery/teams/" + team + "/throughput").param("weeks", "twelve"), 400);
		var badGrouping = page(get("/delivery/teams/" + team + "/throughput").param("by", "month"), 400);
		var french = page(get("/delivery/teams/" + team + "/throughput").param("weeks", "0").locale(Locale.FRENCH),
				400);

		assertThat(tooLong).contains("id=\"weeks-error\"", "must be between 1 and 52", "value=\"53\"",
				"10 items finished");
		assertThat(notANumber).contains("id=\"weeks-error\"", "value=\"twelve\"");
		assertThat(badGrouping).contains("id=\"by-error\"", "must be day or week").doesNotContain("id=\"weeks-error\"");
		assertThat(french).contains("doit être compris entre 1 et 52");
		page(get("/delivery/teams/" + TeamId.of("00000000-0000-0000-0000-000000000000") + "/throughput"), 404);
	}

	@Test
	void theApiGivesTheFlowAndThePercentilesOfARange() throws Exception {
		var team = teamWithTenFinishedItems();
		var today = LocalDate.now(clock);

		var flow = json.readTree(api(get("/api/v1/delivery/teams/" + team + "/flow").param("weeks", "2"), 200));
		var percentiles = json.readTree(api(get("/api/v1/delivery/teams/" + team + "/cycle-time-percentiles")
			.param("from", today.minusDays(30).toString())
			.param("to", today.toString()), 200));
		var tooLong = api(get("/api/v1/delivery/teams/" + team + "/flow").param("weeks", "60"), 400);

		assertThat(flow.get("weeks").asInt()).isEqualTo(2);
		assertThat(flow.get("perWeek")).hasSize(2);
		assertThat(flow.get("percentiles").get("count").asInt()).isEqualTo(flow.get("cycleTimes").size());
		assertThat(percentiles.get("count").asInt()).isEqualTo(10);
		assertThat(percentiles.get("p50").asDouble()).isEqualTo(5.0);
		assertThat(percentiles.get("p85").asDouble()).isEqualTo(9.0);
		assertThat(percentiles.get("p95").asDouble()).isEqualTo(10.0);
		assertThat(tooLong).contains("weeks");
	}

	private String api(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request.with(user("throughput@example.com").roles("VIEWER")))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String attribute(String html, String name) {
		var start = html.indexOf(name + "=\"");
		assertThat(start).as(name).isNotNegative();
		start += name.length() + 2;
		return html.substring(start, html.indexOf('"', start));
	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnH2
	static class OnH2Tests extends ThroughputPageTests {

	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnPostgres
	static class OnPostgresTests extends ThroughputPageTests {

	}

}
