package dev.tandem.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The audit page and API read the trail newest first, filter it and refuse limits outside
 * 1–500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class AuditControllersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transaction;

	String type;

	String id;

	@BeforeEach
	void recordSomeChanges() throws InterruptedException {
		type = "gadget-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		id = Unique.suffix();
		transaction.executeWithoutResult(
				s -> trail.record(Subject.of(type, id), "gadget.created", "Created gadget", null, "blue"));
		Thread.sleep(5);
		transaction.executeWithoutResult(
				s -> trail.record(Subject.of(type, id), "gadget.painted", "Painted gadget", "blue", "red"));
	}

	@Test
	void showsTheTrailNewestFirstWithBeforeAndAfter() throws Exception {
		var html = mvc.perform(get("/audit").param("subjectType", type).with(user("v@example.com").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Audit trail", "for=\"subjectType\"", "system");
		assertThat(html.indexOf("Painted gadget")).isPositive().isLessThan(html.indexOf("Created gadget"));
		assertThat(html).containsPattern("blue</span>\\s*<span aria-hidden=\"true\">→</span>");
	}

	@Test
	void answersHtmxFilteringWithTheTableOnly() throws Exception {
		var html = mvc
			.perform(get("/audit").param("subjectType", type)
				.header("HX-Request", "true")
				.with(user("v@example.com").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<html").contains("id=\"audit-entries\"", "Painted gadget");
	}

	@Test
	void writesDatesForTheReadersLocale() throws Exception {
		var french = mvc
			.perform(get("/audit").param("subjectType", type)
				.locale(Locale.FRENCH)
				.header("Accept-Language", "fr")
				.with(user("v@example.com").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		var year = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
		assertThat(french).contains("Journal d’audit", "Quand (UTC)").containsPattern("\\d{1,2} [a-zéû.]+ " + year);
	}

	@Test
	void answersTheApiNewestFirstPerTypeAndPerSubject() throws Exception {
		mvc.perform(get("/api/v1/audit").param("subjectType", type).with(user("v@example.com").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].action").value("gadget.painted"))
			.andExpect(jsonPath("$[0].before").value("blue"))
			.andExpect(jsonPath("$[0].after").value("red"));
		mvc.perform(get("/api/v1/audit/{type}/{id}", type, id).param("limit", "1")
			.with(user("v@example.com").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].subject.id").value(id));
	}

	@Test
	void refusesLimitsOutsideOneToFiveHundred() throws Exception {
		for (var limit : new String[] { "0", "501", "-3" }) {
			mvc.perform(get("/api/v1/audit").param("limit", limit).with(user("v@example.com").roles("VIEWER")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(get("/api/v1/audit").param("limit", "lots").with(user("v@example.com").roles("VIEWER")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/audit").param("limit", "500").with(user("v@example.com").roles("VIEWER")))
			.andExpect(status().isOk());
	}

}
