package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;

/**
 * The import pages rendered by the whole application: the form, its errors kept with what
 * the user chose, the preview in French.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class JiraImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	private String page(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
			int status) throws Exception {
		var html = mvc.perform(request.with(user("jira-pages@example.com").roles("MEMBER")).with(csrf()))
			.andExpect(status().is(status))
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
	void showsTheUploadFormWithTeamsAndTimeZones() throws Exception {
		var team = team("Upload");

		var html = page(get("/delivery/import"), 200);

		assertThat(html).contains("id=\"import-file\"", "value=\"" + team + "\"", "Europe/Paris");
	}

	@Test
	void aFileThatIsNotAJiraExportIsShownOnTheFileFieldKeepingTheTeam() throws Exception {
		var team = team("NotJira");
		var file = new MockMultipartFile("file", "people.csv", "text/csv",
				"Name,Email\nAna,ana@example.com\n".getBytes(StandardCharsets.UTF_8));

		var html = page(multipart("/delivery/import").file(file).param("team", team.toString()).param("zone", "UTC"),
				400);

		assertThat(html).contains("is-invalid", "not a Jira CSV export");
		assertThat(html).containsPattern("value=\"" + team + "\"\\s+selected");
	}

	@Test
	void previewsInFrenchWithTheUnreadableRowsExplained() throws Exception {
		var team = team("Aperçu");
		var file = new MockMultipartFile("file", "export.csv", "text/csv", JiraMappingTests.fixture());

		var html = page(multipart("/delivery/import").file(file)
			.param("team", team.toString())
			.param("zone", "UTC")
			.header("Accept-Language", "fr"), 200);

		assertThat(html).contains("Aperçu de l’import", "9 lignes : 6 peuvent être importées, 3 non",
				"La date « 32/Foo/26 9:00 AM » est illisible", "Le type « Spike » ne correspond à aucune nature");
	}

}
