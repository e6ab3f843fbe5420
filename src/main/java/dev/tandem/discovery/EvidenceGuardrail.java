package dev.tandem.discovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.identity.Role;
import dev.tandem.org.HatKind;
import dev.tandem.org.HatView;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * The evidence guardrail: an administrator sets the rule; {@link #check} judges a roadmap
 * item's evidence against it (the roadmap asks before an item goes into Now, delivery
 * will ask before a work item starts); people wearing a configured hat may
 * {@link #override} it with a reason, which is stored and audited.
 */
@Service
public class EvidenceGuardrail {

	/** The rule as stored, with the version an update must quote. */
	public record Settings(GuardrailRule rule, long version) {
	}

	public static final int MAX_REASON = 2000;

	private final JdbcClient jdbc;

	private final DiscoveryEvidence evidence;

	private final People people;

	private final ObjectProvider<RoadmapItemReferences> roadmapItems;

	private final AuditTrail audit;

	private final Clock clock;

	EvidenceGuardrail(JdbcClient jdbc, DiscoveryEvidence evidence, People people,
			ObjectProvider<RoadmapItemReferences> roadmapItems, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.evidence = evidence;
		this.people = people;
		this.roadmapItems = roadmapItems;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Settings settings() {
		return jdbc.sql("""
				select enabled, minimum_insights, validated_experiment_suffices, override_hats, version
				from discovery_guardrail where id = 1
				""")
			.query((rs,
					row) -> new Settings(new GuardrailRule(rs.getBoolean("enabled"), rs.getInt("minimum_insights"),
							rs.getBoolean("validated_experiment_suffices"), hats(rs.getString("override_hats"))),
							rs.getLong("version")))
			.single();
	}

	/**
	 * Changes the rule. Administrators only (403 for anyone else, checked before the
	 * input); 409 when {@code expectedVersion} is stale.
	 */
	@Transactional
	public Settings change(Boolean enabled, Integer minimumInsights, Boolean validatedExperimentSuffices,
			Collection<HatKind> overrideHats, Long expectedVersion) {
		Role.requireAdmin("change the evidence guardrail");
		var errors = new ArrayList<InvalidInputException.FieldError>();
		if (minimumInsights == null) {
			errors.add(new InvalidInputException.FieldError("minimumInsights", "is required"));
		}
		if (expectedVersion == null) {
			errors.add(new InvalidInputException.FieldError("version", "is required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		var rule = new GuardrailRule(Boolean.TRUE.equals(enabled), minimumInsights,
				Boolean.TRUE.equals(validatedExperimentSuffices), overrideHats == null ? Set.of()
						: overrideHats.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
		var before = settings();
		var updated = jdbc.sql("""
				update discovery_guardrail
				set enabled = :enabled, minimum_insights = :minimum, validated_experiment_suffices = :experiment,
				    override_hats = :hats, version = version + 1
				where id = 1 and version = :version
				""")
			.param("enabled", rule.enabled())
			.param("minimum", rule.minimumInsights())
			.param("experiment", rule.validatedExperimentSuffices())
			.param("hats", text(rule.overrideHats()))
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleVersionException("evidence guardrail", "", expectedVersion);
		}
		audit.record(Subject.of("discovery-guardrail", "rule"), "discovery-guardrail.changed",
				"Changed the evidence guardrail: " + describe(rule), describe(before.rule()), describe(rule));
		return settings();
	}

	/** Judges the evidence of a roadmap item against the rule, overrides included. */
	@Transactional(readOnly = true)
	public GuardrailCheck check(UUID roadmapItemId) {
		var rule = settings().rule();
		var found = evidence.forRoadmapItem(roadmapItemId);
		var satisfied = rule.satisfiedBy(found);
		var override = overridesOf(roadmapItemId).stream().findFirst().orElse(null);
		var shortfall = satisfied ? null : rule.shortfall("evidence", found);
		String message;
		if (!rule.enabled()) {
			message = "the evidence guardrail is off";
		}
		else if (satisfied) {
			message = "has enough evidence: " + found.insights().insights() + " supporting insights and "
					+ found.validatedExperiments() + " validated experiments";
		}
		else if (override != null) {
			message = shortfall.message() + "; overridden by " + override.personName() + " (" + override.hat() + "): "
					+ override.reason();
		}
		else {
			message = shortfall.message();
		}
		return new GuardrailCheck(roadmapItemId, rule.enabled(), satisfied, override, found, message, shortfall);
	}

	/**
	 * Lets a roadmap item go ahead without the evidence. Only someone whose person wears,
	 * today, one of the rule's override hats may (403 otherwise); the reason is required.
	 */
	@Transactional
	public GuardrailOverride override(UUID roadmapItemId, String reason, String actorEmail) {
		if (roadmapItemId == null) {
			throw new InvalidInputException("roadmapItemId", "is required");
		}
		var title = roadmapItemTitle(roadmapItemId);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "is required");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new InvalidInputException("reason", "must be at most {0} characters", MAX_REASON);
		}
		var rule = settings().rule();
		var person = actorEmail == null ? null
				: people.ofAccountEmail(actorEmail).map(p -> people.get(p.id())).orElse(null);
		var hat = person == null ? null
				: person.currentHats()
					.stream()
					.map(HatView::kind)
					.filter(rule.overrideHats()::contains)
					.sorted()
					.findFirst()
					.orElse(null);
		if (hat == null) {
			throw new ForbiddenException("Only someone wearing one of these hats may override the evidence guardrail: "
					+ rule.overrideHatsInOrder().stream().map(Enum::name).collect(Collectors.joining(", ")));
		}
		var override = new GuardrailOverride(UUID.randomUUID(), roadmapItemId, title, reason.strip(), person.id(),
				person.name(), hat, clock.instant());
		jdbc.sql("""
				insert into discovery_guardrail_override (id, roadmap_item_id, reason, person_id, person_name, hat,
				                                          created_at)
				values (:id, :item, :reason, :person, :name, :hat, :at)
				""")
			.param("id", override.id())
			.param("item", roadmapItemId)
			.param("reason", override.reason())
			.param("person", person.id().value())
			.param("name", person.name())
			.param("hat", hat.name())
			.param("at", Timestamp.from(override.createdAt()))
			.update();
		audit.record(Subject.of("roadmap-item", roadmapItemId), Subject.of("person", person.id()),
				"discovery-guardrail.overridden", "Overrode the evidence guardrail for “"
						+ (title == null ? roadmapItemId : title) + "” as " + hat + ": " + override.reason(),
				null, override.reason());
		return override;
	}

	/** Whether the signed-in account's person wears a hat that may override, today. */
	@Transactional(readOnly = true)
	public boolean mayOverride(String actorEmail) {
		var rule = settings().rule();
		return people.ofAccountEmail(actorEmail)
			.map(p -> people.get(p.id()).currentHats().stream().map(HatView::kind).collect(Collectors.toSet()))
			.map(rule::letsOverride)
			.orElse(false);
	}

	/** Every override, newest first. */
	@Transactional(readOnly = true)
	public List<GuardrailOverride> overrides() {
		return withTitles(jdbc.sql("""
				select id, roadmap_item_id, reason, person_id, person_name, hat, created_at
				from discovery_guardrail_override order by created_at desc, id
				""").query(this::override).list());
	}

	/** The overrides of one roadmap item, newest first. */
	@Transactional(readOnly = true)
	public List<GuardrailOverride> overridesOf(UUID roadmapItemId) {
		return withTitles(jdbc.sql("""
				select id, roadmap_item_id, reason, person_id, person_name, hat, created_at
				from discovery_guardrail_override where roadmap_item_id = :item order by created_at desc, id
				""").param("item", roadmapItemId).query(this::override).list());
	}

	private GuardrailOverride override(ResultSet rs, int row) throws SQLException {
		return new GuardrailOverride(rs.getObject("id", UUID.class), rs.getObject("roadmap_item_id", UUID.class), null,
				rs.getString("reason"), new PersonId(rs.getObject("person_id", UUID.class)),
				rs.getString("person_name"), HatKind.valueOf(rs.getString("hat")),
				rs.getTimestamp("created_at").toInstant());
	}

	private List<GuardrailOverride> withTitles(List<GuardrailOverride> found) {
		var references = roadmapItems.getIfAvailable();
		if (references == null || found.isEmpty()) {
			return found;
		}
		Map<UUID, String> titles = references
			.titles(found.stream().map(GuardrailOverride::roadmapItemId).distinct().toList());
		return found.stream()
			.map(o -> new GuardrailOverride(o.id(), o.roadmapItemId(), titles.get(o.roadmapItemId()), o.reason(),
					o.personId(), o.personName(), o.hat(), o.createdAt()))
			.toList();
	}

	/** The item's title; 404 when the roadmap says it does not exist. */
	private String roadmapItemTitle(UUID roadmapItemId) {
		var references = roadmapItems.getIfAvailable();
		if (references == null) {
			return null;
		}
		var title = references.titles(List.of(roadmapItemId)).get(roadmapItemId);
		if (title == null) {
			throw new NotFoundException("roadmap item", roadmapItemId);
		}
		return title;
	}

	static Set<HatKind> hats(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(HatKind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(HatKind.class)));
	}

	private static String text(Set<HatKind> hats) {
		return hats.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static String describe(GuardrailRule rule) {
		return (rule.enabled() ? "on" : "off") + "; at least " + rule.minimumInsights() + " supporting insights"
				+ (rule.validatedExperimentSuffices() ? " or one validated experiment" : "") + "; overridden by "
				+ (rule.overrideHats().isEmpty() ? "nobody" : text(rule.overrideHats()));
	}

}
