package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.shared.Quarter;
import dev.tandem.support.Browser;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The product manager and the lead developer each sign their team's commitments in
 * Chromium; then they are agreed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class CommitmentsBrowserTests {

	static final String PASSWORD = "sign-both-sides";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Teams teams;

	@Autowired
	Commitments commitments;

	@Test
	void productAndEngineeringSignTheirTeamsCommitments() {
		var pm = member("pm");
		var lead = member("lead");
		var team = teams.create(new TeamDetails("Signing team " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED,
				Set.of(), pm.person(), lead.person(), null));
		var quarter = Quarter.of("2026-Q4");
		var planned = commitments.plan(team.id(), quarter, 0, EffortUnit.POINTS, new BigDecimal("30"));
		commitments.add(team.id(), quarter, planned.version(),
				new CommitmentDetails("One-page checkout", null, null, new BigDecimal("21")));
		var page = "/okrs/teams/" + team.id() + "/2026-Q4";

		try (var browser = new Browser(port)) {
			var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
			// htmx swaps elements while a condition reads them: read them again.
			wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
			browser.signIn(pm.email(), PASSWORD).waitForPath("/org");
			browser.open(page);
			assertThat(browser.find(By.id("agreement-status")).getDomAttribute("data-status")).isEqualTo("awaiting");
			assertThat(browser.driver().findElements(By.id("sign-engineering"))).as("not the PM's side").isEmpty();
			browser.click(By.id("sign-product"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signature-product"), pm.email()));
			assertThat(browser.find(By.id("agreement-status")).getDomAttribute("data-status")).isEqualTo("awaiting");
			browser.signOut().waitForPath("/login");

			browser.signIn(lead.email(), PASSWORD).waitForPath("/org");
			browser.open(page);
			browser.click(By.id("sign-engineering"));
			wait.until(ExpectedConditions.attributeToBe(By.id("agreement-status"), "data-status", "agreed"));

			browser.open(page);
			assertThat(browser.find(By.id("agreement-status")).getDomAttribute("data-status")).isEqualTo("agreed");
			assertThat(browser.find(By.id("signature-product")).getText()).contains(pm.email());
			assertThat(browser.find(By.id("signature-engineering")).getText()).contains(lead.email());
		}
	}

	record Member(String email, dev.tandem.org.PersonId person) {
	}

	private Member member(String who) {
		var email = Unique.email(who);
		var user = accounts.create(email, who, Role.MEMBER, PASSWORD);
		return new Member(email, people.create(who + " " + Unique.suffix(), email, user.id()).id());
	}

}
