package dev.tandem.demo;

import static dev.tandem.org.HatKind.*;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserId;
import dev.tandem.org.GroupDetails;
import dev.tandem.org.GroupId;
import dev.tandem.org.Groups;
import dev.tandem.org.HatKind;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;

/**
 * Parcelo, a shipping platform for online shops with 42 people in 8 teams and 2 groups.
 * Its story shows what Tandem looks for: the founder Jonas was CTO and CPO at once (a
 * CPTO) until he handed the CPO hat to Sofia; Mobile Apps is a component team organised
 * by stack; Merchant Onboarding has nobody for QA; Logistics Platform has no engineering
 * manager; Grace is shared between two teams. Dates are relative to today so the history
 * always looks recent. Loaded only into an empty database, in one transaction: a failure
 * leaves nothing half-made.
 */
@Component
public class DemoOrganisation {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
	static final String DOMAIN = "@parcelo.example";

	private final boolean enabled;

	private final Accounts accounts;

	private final People people;

	private final Teams teams;

	private final Groups groups;

	private final DemoPlans plans;

	private final DemoAdoption adoption;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoOrganisation(@Value("${tandem.demo:false}") boolean enabled, Accounts accounts, People people, Teams teams,
			Groups groups, DemoPlans plans, DemoAdoption adoption, TransactionTemplate transaction, Clock clock) {
		this.adoption = adoption;
		this.enabled = enabled;
		this.accounts = accounts;
		this.people = people;
		this.teams = teams;
		this.groups = groups;
		this.plans = plans;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Runs before the first-run setup, which then finds accounts and stays closed. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	public void loadWhenAsked() {
		if (!enabled) {
			return;
		}
		if (!accounts.noUsersYet()) {
			log.info("Demo organisation not loaded: the database already has accounts");
			return;
		}
		var password = generatedPassword();
		var started = System.nanoTime();
		var signIns = transaction.execute(status -> load(password));
		settle();
		log.info("Demo organisation loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
		var lines = signIns.entrySet()
			.stream()
			.map(e -> String.format("    %-34s %s", e.getKey(), e.getValue()))
			.collect(Collectors.joining("\n"));
		log.warn("""

				*************************************************************
				Demo organisation "Parcelo" loaded. Sign in with any of these
				accounts; they all share this password (shown only now):

				    {}

				{}

				Every product manager, lead developer, product director and
				engineering manager has an account too, with the same password
				(firstname.lastname@parcelo.example, accents dropped).
				*************************************************************
				""", password, lines);
	}

	/**
	 * Rolls up the demo's usage and refreshes the figures computed from it; run once
	 * {@link #load(String)} committed.
	 */
	public void settle() {
		adoption.settle();
	}

	/**
	 * Builds the organisation and returns the demo accounts (email → role and who they
	 * are).
	 */
	public Map<String, String> load(String password) {
		var today = LocalDate.now(clock);
		var founded = today.minusYears(5).withDayOfMonth(1);
		var handover = today.minusMonths(14).withDayOfMonth(1);
		var d = new Builder(today, password);

		// Leadership
		var jonas = d.person("Jonas Weber", Role.ADMIN, "founder, CTO (CPTO until the CPO handover)");
		d.hat(jonas, CTO, founded);
		d.pastHat(jonas, CPO, founded, handover.minusDays(1));
		var marta = d.person("Marta Lindqvist", Role.VIEWER, "co-founder, CEO (read-only)");
		d.hat(marta, CEO, founded);
		var sofia = d.person("Sofia Ricci", Role.MEMBER, "CPO");
		d.pastHat(sofia, HEAD_OF_PRODUCT, today.minusYears(3), handover.minusDays(1));
		d.hat(sofia, CPO, handover);
		var daniel = d.person("Daniel Okafor", Role.MEMBER, "VP Engineering");
		d.hat(daniel, VP_ENGINEERING, today.minusYears(3).minusMonths(4));
		var aiko = d.person("Aiko Tanaka", Role.MEMBER, "Head of UX");
		d.hat(aiko, HEAD_OF_UX, today.minusYears(2));

		// Groups and their duos (Logistics Platform has no engineering manager yet)
		var camille = d.person("Camille Laurent", Role.MEMBER, null);
		d.hat(camille, HEAD_OF_PRODUCT, today.minusYears(2).minusMonths(2));
		var tomas = d.person("Tomás Rivera", Role.MEMBER, null);
		d.hat(tomas, ENGINEERING_MANAGER, today.minusYears(2));
		var priya = d.person("Priya Natarajan", Role.MEMBER, null);
		d.pastHat(priya, PRODUCT_MANAGER, today.minusYears(4), today.minusMonths(20));
		d.hat(priya, HEAD_OF_PRODUCT, today.minusMonths(20).plusDays(1));
		var merchant = groups
			.create(new GroupDetails("Merchant Experience",
					"Shops sign up, ship their first parcel and understand their costs without calling us.", camille,
					tomas))
			.id();
		var logistics = groups
			.create(new GroupDetails("Logistics Platform",
					"Every parcel reaches the cheapest reliable carrier, and the platform stays up at peak season.",
					priya, null))
			.id();

		d.groupIds.put("Merchant Experience", merchant);
		d.groupIds.put("Logistics Platform", logistics);

		// Checkout: a complete cross-functional team
		var lea = d.person("Léa Moreau", Role.MEMBER, "product manager, Checkout");
		d.hat(lea, PRODUCT_MANAGER, today.minusYears(2));
		var hamza = d.person("Hamza Benali", Role.MEMBER, "lead developer, Checkout");
		d.pastHat(hamza, DEVELOPER, today.minusYears(4), today.minusMonths(18).minusDays(1));
		d.hat(hamza, LEAD_DEVELOPER, today.minusMonths(18));
		var nora = d.dev("Nora Fischer", DEVELOPER);
		var mateo = d.dev("Mateo Silva", DEVELOPER);
		var grace = d.person("Grace Kim", Role.MEMBER, "QA, shared by Checkout and Insights");
		d.hat(grace, QA, today.minusYears(3));
		var ines = d.dev("Inês Duarte", DESIGNER);
		var checkout = d.team("Checkout", "Shoppers pay and book shipping in one step, on any device.",
				TeamKind.STREAM_ALIGNED, merchant, lea, hamza,
				Set.of(Skill.BACK_END, Skill.FRONT_END, Skill.QA, Skill.UX));
		d.member(checkout, lea, 100);
		d.member(checkout, hamza, 100, Skill.BACK_END);
		d.member(checkout, nora, 100, Skill.FRONT_END);
		d.member(checkout, mateo, 100, Skill.BACK_END, Skill.of("Payments"));
		d.member(checkout, grace, 50, Skill.QA);
		d.member(checkout, ines, 50, Skill.UX);

		// Merchant Onboarding: nobody holds QA
		var oliver = d.dev("Oliver Grant", PRODUCT_MANAGER);
		var yuki = d.dev("Yuki Sato", LEAD_DEVELOPER);
		var amara = d.dev("Amara Nwosu", DEVELOPER);
		var lukas = d.dev("Lukas Becker", DEVELOPER);
		var onboarding = d.team("Merchant Onboarding",
				"A shop goes from sign-up to its first label in under ten minutes.", TeamKind.STREAM_ALIGNED, merchant,
				oliver, yuki, Set.of(Skill.BACK_END, Skill.FRONT_END, Skill.QA, Skill.UX));
		d.member(onboarding, oliver, 100);
		d.member(onboarding, yuki, 100, Skill.BACK_END, Skill.FRONT_END);
		d.member(onboarding, amara, 100, Skill.FRONT_END);
		d.member(onboarding, lukas, 100, Skill.BACK_END);
		d.member(onboarding, ines, 50, Skill.UX);

		// Mobile Apps: a component team organised by stack, with no product manager
		var pavel = d.dev("Pavel Novák", LEAD_DEVELOPER);
		var chloe = d.dev("Chloé Martin", DEVELOPER);
		var samir = d.dev("Samir Haddad", DEVELOPER);
		var elif = d.dev("Elif Yılmaz", QA);
		var mobile = d.team("Mobile Apps", "The iOS and Android apps for merchants on the go.", TeamKind.COMPONENT,
				merchant, null, pavel, Set.of(Skill.MOBILE, Skill.QA));
		d.member(mobile, pavel, 100, Skill.MOBILE);
		d.member(mobile, chloe, 100, Skill.MOBILE);
		d.member(mobile, samir, 100, Skill.MOBILE);
		d.member(mobile, elif, 100, Skill.QA, Skill.MOBILE);

		// Insights & Reporting
		var hannah = d.dev("Hannah Schmidt", PRODUCT_MANAGER);
		var raj = d.dev("Raj Patel", LEAD_DEVELOPER);
		var zoe = d.dev("Zoe Carter", DATA);
		var felix = d.dev("Felix Wagner", DEVELOPER);
		var insights = d.team("Insights & Reporting", "Merchants see what shipping costs them and where to save.",
				TeamKind.STREAM_ALIGNED, merchant, hannah, raj,
				Set.of(Skill.BACK_END, Skill.FRONT_END, Skill.DATA, Skill.QA));
		d.member(insights, hannah, 100);
		d.member(insights, raj, 100, Skill.BACK_END, Skill.DATA);
		d.member(insights, zoe, 100, Skill.DATA);
		d.member(insights, felix, 100, Skill.FRONT_END);
		d.member(insights, grace, 50, Skill.QA);

		// Carrier Integrations
		var ana = d.dev("Ana Costa", PRODUCT_MANAGER);
		var erik = d.dev("Erik Johansson", LEAD_DEVELOPER);
		var kofi = d.dev("Kofi Mensah", DEVELOPER);
		var julia = d.dev("Julia Nowak", QA);
		var marco = d.dev("Marco Bianchi", DEVELOPER);
		var carriers = d.team("Carrier Integrations", "Every major carrier in Europe is bookable, tracked and billed.",
				TeamKind.STREAM_ALIGNED, logistics, ana, erik, Set.of(Skill.BACK_END, Skill.QA, Skill.DATA));
		d.member(carriers, ana, 100);
		d.member(carriers, erik, 100, Skill.BACK_END);
		d.member(carriers, kofi, 100, Skill.BACK_END);
		d.member(carriers, julia, 100, Skill.QA);
		d.member(carriers, marco, 80, Skill.BACK_END, Skill.DATA);

		// Routing & Pricing
		var sven = d.dev("Sven Olsen", PRODUCT_MANAGER);
		var mei = d.dev("Mei Chen", LEAD_DEVELOPER);
		var tariq = d.dev("Tariq Aziz", DATA);
		var laura = d.dev("Laura Gómez", DEVELOPER);
		var noah = d.dev("Noah Levi", QA);
		var routing = d.team("Routing & Pricing", "Each parcel gets the best price and route the moment it is booked.",
				TeamKind.STREAM_ALIGNED, logistics, sven, mei,
				Set.of(Skill.BACK_END, Skill.FRONT_END, Skill.DATA, Skill.QA));
		d.member(routing, sven, 100);
		d.member(routing, mei, 100, Skill.BACK_END);
		d.member(routing, tariq, 100, Skill.DATA);
		d.member(routing, laura, 100, Skill.FRONT_END);
		d.member(routing, noah, 100, Skill.QA);

		// Platform Infrastructure
		var isabel = d.dev("Isabel Reyes", PRODUCT_MANAGER);
		var viktor = d.dev("Viktor Petrov", LEAD_DEVELOPER);
		var ola = d.dev("Ola Nordmann", DEVELOPER);
		var ben = d.dev("Ben Adeyemi", DEVELOPER);
		var kubernetes = Skill.of("Kubernetes");
		var observability = Skill.of("Observability");
		var platform = d.team("Platform Infrastructure", "Teams ship safely many times a day; peak season is boring.",
				TeamKind.PLATFORM, logistics, isabel, viktor, Set.of(Skill.BACK_END, kubernetes, observability));
		d.member(platform, isabel, 100);
		d.member(platform, viktor, 100, Skill.BACK_END, kubernetes);
		d.member(platform, ola, 100, kubernetes, observability);
		d.member(platform, ben, 100, Skill.BACK_END, observability);

		// Design System: an enabling team outside the groups
		var clara = d.dev("Clara Dubois", LEAD_DEVELOPER);
		var theo = d.dev("Théo Lambert", DESIGNER);
		var design = d.team("Design System",
				"Every team builds consistent, accessible screens without starting from scratch.", TeamKind.ENABLING,
				null, null, clara, Set.of(Skill.UX, Skill.FRONT_END));
		d.member(design, clara, 100, Skill.FRONT_END);
		d.member(design, theo, 100, Skill.UX);
		d.member(design, aiko, 20, Skill.UX);

		var org = new DemoPlans.Org() {

			@Override
			public TeamId team(String name) {
				return required(d.teamIds, name);
			}

			@Override
			public GroupId group(String name) {
				return required(d.groupIds, name);
			}

			@Override
			public PersonId person(String name) {
				return required(d.persons, name);
			}

			@Override
			public String email(String name) {
				return required(d.emails, name);
			}
		};
		plans.load(org);
		adoption.load(org);
		return d.signIns;
	}

	private static <T> T required(Map<String, T> byName, String name) {
		var found = byName.get(name);
		if (found == null) {
			throw new IllegalStateException("The demo refers to " + name + ", which it did not create");
		}
		return found;
	}

	/** Keeps the demo readable: one line per person, hat or membership. */
	private final class Builder {

		final LocalDate today;

		final String password;

		final Map<String, String> signIns = new LinkedHashMap<>();

		final Map<String, PersonId> persons = new LinkedHashMap<>();

		final Map<String, String> emails = new LinkedHashMap<>();

		final Map<String, TeamId> teamIds = new LinkedHashMap<>();

		final Map<String, GroupId> groupIds = new LinkedHashMap<>();

		Builder(LocalDate today, String password) {
			this.today = today;
			this.password = password;
		}

		PersonId person(String name, Role role, String who) {
			var email = emailOf(name);
			UserId user = null;
			if (role != null) {
				user = accounts.create(email, name, role, password).id();
				emails.put(name, email);
				if (who != null) {
					signIns.put(email, role + " — " + who);
				}
			}
			var id = people.create(name, email, user).id();
			persons.put(name, id);
			return id;
		}

		/** A person with one current hat, started some time in the last three years. */
		PersonId dev(String name, HatKind hat) {
			var leads = hat == PRODUCT_MANAGER || hat == LEAD_DEVELOPER;
			var person = person(name, leads ? Role.MEMBER : null, null);
			hat(person, hat, today.minusDays(90 + Math.floorMod(name.hashCode(), 1000)));
			return person;
		}

		void hat(PersonId person, HatKind kind, LocalDate from) {
			people.startHat(person, kind, from, null);
		}

		void pastHat(PersonId person, HatKind kind, LocalDate from, LocalDate to) {
			people.startHat(person, kind, from, to);
		}

		TeamId team(String name, String mission, TeamKind kind, GroupId group, PersonId productManager,
				PersonId leadDeveloper, Set<Skill> needs) {
			var id = teams.create(new TeamDetails(name, mission, kind, needs, productManager, leadDeveloper, group))
				.id();
			teamIds.put(name, id);
			return id;
		}

		void member(TeamId team, PersonId person, int allocation, Skill... skills) {
			teams.putMember(team, person, Set.of(skills), allocation);
		}

	}

	static String emailOf(String name) {
		var ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("ı", "i")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z ]", "")
			.trim()
			.replace(' ', '.');
		return ascii + DOMAIN;
	}

	/** Readable but unguessable: four groups of four letters and digits. */
	static String generatedPassword() {
		var alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
		var random = new SecureRandom();
		var parts = new ArrayList<String>();
		for (int g = 0; g < 4; g++) {
			var group = new StringBuilder();
			for (int i = 0; i < 4; i++) {
				group.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			parts.add(group.toString());
		}
		return String.join("-", parts);
	}

}
