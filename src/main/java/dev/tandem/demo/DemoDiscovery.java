package dev.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.tandem.discovery.EvidenceCapture;
import dev.tandem.discovery.EvidenceGuardrail;
import dev.tandem.discovery.ExperimentDetails;
import dev.tandem.discovery.ExperimentMethod;
import dev.tandem.discovery.ExperimentOutcome;
import dev.tandem.discovery.ExperimentResult;
import dev.tandem.discovery.ExperimentStatus;
import dev.tandem.discovery.Experiments;
import dev.tandem.discovery.IdeaDetails;
import dev.tandem.discovery.Ideas;
import dev.tandem.discovery.InsightDetails;
import dev.tandem.discovery.InsightKind;
import dev.tandem.discovery.OpportunityDetails;
import dev.tandem.discovery.OpportunityId;
import dev.tandem.discovery.Opportunities;
import dev.tandem.okr.OkrSettings;
import dev.tandem.org.HatKind;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.roadmap.RoadmapQueries;

/**
 * Parcelo's discovery: interviews, tickets and survey answers behind four opportunities,
 * ideas tied to roadmap cards, three experiments, the head of UX's guardrail switched on,
 * and one card that entered Now on the CPO's override.
 */
@Component
class DemoDiscovery {

	private final EvidenceCapture capture;

	private final Opportunities opportunities;

	private final Ideas ideas;

	private final Experiments experiments;

	private final EvidenceGuardrail guardrail;

	private final RoadmapPlanning roadmap;

	private final RoadmapQueries roadmapQueries;

	private final OkrSettings settings;

	DemoDiscovery(EvidenceCapture capture, Opportunities opportunities, Ideas ideas, Experiments experiments,
			EvidenceGuardrail guardrail, RoadmapPlanning roadmap, RoadmapQueries roadmapQueries, OkrSettings settings) {
		this.capture = capture;
		this.opportunities = opportunities;
		this.ideas = ideas;
		this.experiments = experiments;
		this.guardrail = guardrail;
		this.roadmap = roadmap;
		this.roadmapQueries = roadmapQueries;
		this.settings = settings;
	}

	void load(DemoPlans.Org org, Map<String, RoadmapItemId> items) {
		var today = settings.today();
		var labels = opportunity("New shops do not know what a label needs",
				"Shops stall on their first label: weights, customs fields and carrier services are unfamiliar.");
		insight(labels, "I gave up twice before I understood which parcel size to pick.", InsightKind.INTERVIEW,
				"Atelier Lune (ceramics, 2 people)", today.minusDays(40), "onboarding", "labels");
		insight(labels, "Ticket: 'What is a HS code and why do you need it?'", InsightKind.SUPPORT_TICKET,
				"Segment: new shops, first week", today.minusDays(33), "labels", "customs");
		insight(labels, "41% of new shops abandon the label form at the parcel-details step.",
				InsightKind.DATA_ANALYSIS, "Product analytics, last 90 days", today.minusDays(21), "onboarding",
				"funnel");
		insight(labels, "We print our labels at the post office because your form scared us.", InsightKind.INTERVIEW,
				"Kaffeerösterei Nord (coffee, 4 people)", today.minusDays(17), "onboarding");
		insight(labels, "Survey: 'setting up shipping' is the hardest part of the first week for 58% of shops.",
				InsightKind.SURVEY, "Onboarding survey, 212 answers", today.minusDays(9), "onboarding", "survey");
		var checkout = opportunity("Shoppers abandon checkout on their phones",
				"The shipping step is the third screen of checkout on mobile, and half the drop-off happens there.");
		insight(checkout, "Mobile shoppers drop at the shipping step twice as often as desktop shoppers.",
				InsightKind.DATA_ANALYSIS, "Checkout analytics", today.minusDays(50), "checkout", "mobile");
		insight(checkout, "My customers call me because the shipping options don't load on their phone.",
				InsightKind.SALES_CALL, "Maison Verte (plants, 12 people)", today.minusDays(28), "checkout");
		insight(checkout, "Feedback: 'the delivery picker is tiny on iPhone'", InsightKind.FEEDBACK, "In-app feedback",
				today.minusDays(12), "checkout", "mobile");
		var costs = opportunity("Merchants cannot see what shipping costs them",
				"Costs arrive as one invoice a month; shops cannot tell which carrier or product eats their margin.");
		insight(costs, "I only find out what shipping cost me when the invoice comes.", InsightKind.INTERVIEW,
				"Bücherstube Ost (books, 3 people)", today.minusDays(35), "costs");
		insight(costs, "Ticket: 'why is my October invoice 30% higher?'", InsightKind.SUPPORT_TICKET,
				"Segment: growing shops", today.minusDays(14), "costs", "billing");
		var returns = opportunity("Returns are painful for small shops",
				"Shops handle returns by email and print return labels by hand.");
		insight(returns, "Returns take me an hour a day, all by email.", InsightKind.INTERVIEW,
				"Studio Nube (fashion, 6 people)", today.minusDays(25), "returns");
		insight(returns, "Feedback: 'please let my customers print their own return label'", InsightKind.FEEDBACK,
				"In-app feedback", today.minusDays(6), "returns");

		var guided = idea(labels, "Guided first label", "A step-by-step first label with sensible defaults.",
				items.get("Guided first label"));
		idea(labels, "Self-serve identity check", "Shops verify themselves during sign-up.",
				items.get("Self-serve identity check"));
		var onePage = idea(checkout, "One-page mobile checkout", "Shipping and payment on one screen.",
				items.get("One-page checkout on mobile"));
		var report = idea(costs, "Monthly cost report", "A report per carrier and product, with savings tips.",
				items.get("Monthly cost report with savings tips"));
		var portal = idea(returns, "Returns portal", "Shoppers start a return themselves.",
				items.get("Returns portal for shoppers"));

		experiments.create(guided,
				new ExperimentDetails("A guided form halves the time to a first label", ExperimentMethod.PROTOTYPE,
						"8 of 10 new shops print a correct label in under 10 minutes", null),
				new ExperimentOutcome(ExperimentStatus.CONCLUDED, ExperimentResult.VALIDATED,
						"9 of 10 shops succeeded; the carrier-service step still confused two of them."));
		experiments.create(report,
				new ExperimentDetails("Shops want a cost report enough to click for it", ExperimentMethod.FAKE_DOOR,
						"10% of shops click 'see my costs' in a month", null),
				new ExperimentOutcome(ExperimentStatus.CONCLUDED, ExperimentResult.INCONCLUSIVE,
						"6% clicked; the button was hard to find. Run it again on the dashboard."));
		experiments.create(portal,
				new ExperimentDetails("Shops would pay for a returns portal", ExperimentMethod.INTERVIEW_ROUND,
						"5 of 8 shops say they would switch plans for it", null),
				new ExperimentOutcome(ExperimentStatus.RUNNING, null, null));
		experiments.create(onePage,
				new ExperimentDetails("One screen lifts mobile conversion", ExperimentMethod.AB_TEST,
						"+0.3 points of mobile conversion over two weeks", null),
				new ExperimentOutcome(ExperimentStatus.PLANNED, null, null));

		// The head of UX's counter-power: from now on, a card enters Now with evidence or
		// an override.
		asFounder(org, () -> guardrail.change(true, 3, true, Set.of(HatKind.CPO, HatKind.HEAD_OF_UX),
				guardrail.settings().version()));
		var multiParcel = items.get("Multi-parcel shipments priced as one");
		guardrail.override(multiParcel.value(),
				"Overcharging multi-parcel orders is a pricing bug we see in our own invoices; no research needed.",
				org.email("Sofia Ricci"));
		roadmap.move(multiParcel, roadmapQueries.item(multiParcel).version(), Lane.NOW, null);
	}

	private OpportunityId opportunity(String title, String description) {
		return opportunities.create(new OpportunityDetails(title, description)).id();
	}

	private void insight(OpportunityId opportunity, String text, InsightKind kind, String source, LocalDate on,
			String... tags) {
		capture.capture(new InsightDetails(text, kind, source, on, null, new ArrayList<>(List.of(tags))), opportunity);
	}

	private dev.tandem.discovery.IdeaId idea(OpportunityId opportunity, String title, String description,
			RoadmapItemId item) {
		return ideas.create(new IdeaDetails(opportunity, title, description, item == null ? null : item.value())).id();
	}

	/**
	 * Settings need an administrator: the founder, who has the ADMIN account in the demo,
	 * changes them.
	 */
	private static void asFounder(DemoPlans.Org org, Runnable action) {
		var context = SecurityContextHolder.getContext();
		var previous = context.getAuthentication();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(org.email("Jonas Weber"), null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			action.run();
		}
		finally {
			context.setAuthentication(previous);
		}
	}

}
