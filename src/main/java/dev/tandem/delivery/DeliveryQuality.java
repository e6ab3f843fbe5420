package dev.tandem.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

/**
 * Delivery quality: deployments and incidents recorded by CI/CD, and the four DORA
 * figures they give per team and per service.
 */
@Service
public class DeliveryQuality {

	public static final int MAX_SERVICE = 100;

	public static final int MAX_VERSION = 100;

	/** A commit a deployment shipped. */
	public record Commit(String sha, Instant committedAt) {
	}

	/** What CI/CD reports after a deployment. */
	public record RecordDeployment(String service, TeamId team, String version, Instant deployedAt,
			DeploymentStatus status, List<Commit> commits) {

		public RecordDeployment {
			commits = commits == null ? List.of() : List.copyOf(commits);
			var errors = new ArrayList<InvalidInputException.FieldError>();
			requireText(errors, "service", service, MAX_SERVICE);
			requireText(errors, "version", version, MAX_VERSION);
			if (team == null) {
				errors.add(new InvalidInputException.FieldError("teamId", "must not be null"));
			}
			if (deployedAt == null) {
				errors.add(new InvalidInputException.FieldError("deployedAt", "must not be null"));
			}
			if (status == null) {
				errors.add(new InvalidInputException.FieldError("status", "must not be null"));
			}
			for (int i = 0; i < commits.size(); i++) {
				var commit = commits.get(i);
				if (commit == null || commit.sha() == null || commit.sha().isBlank() || commit.sha().length() > 64) {
					errors.add(new InvalidInputException.FieldError("commits[" + i + "].sha",
							"must be a commit sha of at most 64 characters"));
				}
				if (commit == null || commit.committedAt() == null) {
					errors.add(
							new InvalidInputException.FieldError("commits[" + i + "].committedAt", "must not be null"));
				}
				else if (deployedAt != null && commit.committedAt().isAfter(deployedAt)) {
					errors.add(new InvalidInputException.FieldError("commits[" + i + "].committedAt",
							"must not be after the deployment"));
				}
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
		}

	}

	/** What CI/CD or on-call reports when an incident starts (or after it is over). */
	public record RecordIncident(String service, TeamId team, Instant startedAt, Instant resolvedAt,
			DeploymentId causedBy) {

		public RecordIncident {
			var errors = new ArrayList<InvalidInputException.FieldError>();
			requireText(errors, "service", service, MAX_SERVICE);
			if (team == null) {
				errors.add(new InvalidInputException.FieldError("teamId", "must not be null"));
			}
			if (startedAt == null) {
				errors.add(new InvalidInputException.FieldError("startedAt", "must not be null"));
			}
			else if (resolvedAt != null && resolvedAt.isBefore(startedAt)) {
				errors.add(new InvalidInputException.FieldError("resolvedAt", "must not be before the start"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
		}

	}

	public record DeploymentView(DeploymentId id, String service, TeamId teamId, String version, Instant deployedAt,
			DeploymentStatus status, List<Commit> commits) {
	}

	public record IncidentView(IncidentId id, String service, TeamId teamId, Instant startedAt, Instant resolvedAt,
			DeploymentId causedByDeploymentId) {
	}

	/**
	 * Which deployments and incidents to read; nulls mean any, the window defaults to the
	 * last 30 days.
	 */
	public record Window(TeamId team, String service, LocalDate from, LocalDate to) {

		public Window {
			if (from != null && to != null && to.isBefore(from)) {
				throw new InvalidInputException("to", "must not be before from");
			}
		}

		Window resolved(Clock clock) {
			var end = to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC));
			var start = from != null ? from : end.minusDays(29);
			return new Window(team, service == null || service.isBlank() ? null : service, start, end);
		}

	}

	/** The figures per team and per service over one window. */
	public record DoraReport(LocalDate from, LocalDate to, List<DoraFigures> teams, List<DoraFigures> services) {
	}

	private final JdbcClient jdbc;

	private final Teams teams;

	private final AuditTrail audit;

	private final Clock clock;

	DeliveryQuality(JdbcClient jdbc, Teams teams, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public DeploymentView recordDeployment(RecordDeployment command, String byEmail) {
		requireTeam(command.team());
		var id = DeploymentId.random();
		jdbc.sql("""
				insert into delivery_deployment (id, service, team_id, version, deployed_at, status, recorded_by)
				values (:id, :service, :team, :version, :deployedAt, :status, :by)
				""")
			.param("id", id.value())
			.param("service", command.service().strip())
			.param("team", command.team().value())
			.param("version", command.version().strip())
			.param("deployedAt", Timestamp.from(micros(command.deployedAt())))
			.param("status", command.status().name())
			.param("by", byEmail)
			.update();
		var seen = new java.util.HashSet<String>();
		for (var commit : command.commits()) {
			if (seen.add(commit.sha())) {
				jdbc.sql("""
						insert into delivery_deployment_commit (deployment_id, sha, committed_at)
						values (:id, :sha, :at)
						""")
					.param("id", id.value())
					.param("sha", commit.sha())
					.param("at", Timestamp.from(micros(commit.committedAt())))
					.update();
			}
		}
		audit.record(Subject.of("deployment", id), "deployment.recorded",
				command.service().strip() + " " + command.version().strip() + " " + command.status(), null, null);
		return deployment(id);
	}

	@Transactional
	public IncidentView recordIncident(RecordIncident command, String byEmail) {
		requireTeam(command.team());
		if (command.causedBy() != null && jdbc.sql("select count(*) from delivery_deployment where id = :id")
			.param("id", command.causedBy().value())
			.query(Long.class)
			.single() == 0) {
			throw new InvalidInputException("causedByDeploymentId", "unknown deployment");
		}
		var id = IncidentId.random();
		jdbc.sql("""
				insert into delivery_incident (id, service, team_id, started_at, resolved_at, caused_by_deployment_id,
				    recorded_by)
				values (:id, :service, :team, :started, :resolved, :cause, :by)
				""")
			.param("id", id.value())
			.param("service", command.service().strip())
			.param("team", command.team().value())
			.param("started", Timestamp.from(micros(command.startedAt())))
			.param("resolved", command.resolvedAt() == null ? null : Timestamp.from(micros(command.resolvedAt())))
			.param("cause", command.causedBy() == null ? null : command.causedBy().value())
			.param("by", byEmail)
			.update();
		audit.record(Subject.of("incident", id), "incident.recorded", command.service().strip(), null, null);
		return incident(id);
	}

	/** Marks an incident resolved at the given time (now when null). */
	@Transactional
	public IncidentView resolve(IncidentId id, Instant resolvedAt) {
		var incident = incident(id);
		var at = micros(resolvedAt != null ? resolvedAt : clock.instant());
		if (at.isBefore(incident.startedAt())) {
			throw new InvalidInputException("resolvedAt", "must not be before the start");
		}
		jdbc.sql("update delivery_incident set resolved_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id.value())
			.update();
		audit.record(Subject.of("incident", id), "incident.resolved", incident.service(),
				String.valueOf(incident.resolvedAt()), at.toString());
		return incident(id);
	}

	@Transactional(readOnly = true)
	public DeploymentView deployment(DeploymentId id) {
		return deployments("d.id = :id", Map.of("id", id.value())).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("deployment", id));
	}

	@Transactional(readOnly = true)
	public IncidentView incident(IncidentId id) {
		return incidents("i.id = :id", Map.of("id", id.value())).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("incident", id));
	}

	/** Deployments in the window, newest first. */
	@Transactional(readOnly = true)
	public List<DeploymentView> deployments(Window window) {
		var w = window.resolved(clock);
		var params = new LinkedHashMap<String, Object>();
		return deployments(where(w, "d.deployed_at", "d", params), params);
	}

	/** Incidents that started in the window, newest first. */
	@Transactional(readOnly = true)
	public List<IncidentView> incidents(Window window) {
		var w = window.resolved(clock);
		var params = new LinkedHashMap<String, Object>();
		return incidents(where(w, "i.started_at", "i", params), params);
	}

	/** The four figures per team and per service over the window. */
	@Transactional(readOnly = true)
	public DoraReport report(Window window) {
		var w = window.resolved(clock);
		var deployments = deployments(w);
		var incidents = incidents(w);
		var causing = new java.util.HashSet<DeploymentId>();
		jdbc.sql(
				"select distinct caused_by_deployment_id from delivery_incident where caused_by_deployment_id is not null")
			.query((rs, n) -> new DeploymentId(rs.getObject(1, UUID.class)))
			.list()
			.forEach(causing::add);
		var names = new java.util.HashMap<TeamId, String>();
		teams.all().forEach(t -> names.put(t.id(), t.name()));
		var byTeam = new java.util.TreeMap<String, List<DoraFigures.DeploymentFact>>();
		var byService = new java.util.TreeMap<String, List<DoraFigures.DeploymentFact>>();
		var incidentsByTeam = new java.util.TreeMap<String, List<DoraFigures.IncidentFact>>();
		var incidentsByService = new java.util.TreeMap<String, List<DoraFigures.IncidentFact>>();
		for (var d : deployments) {
			var fact = new DoraFigures.DeploymentFact(d.deployedAt(), d.status(), causing.contains(d.id()),
					d.commits().stream().map(Commit::committedAt).toList());
			byTeam.computeIfAbsent(names.getOrDefault(d.teamId(), d.teamId().toString()), k -> new ArrayList<>())
				.add(fact);
			byService.computeIfAbsent(d.service(), k -> new ArrayList<>()).add(fact);
		}
		for (var i : incidents) {
			var fact = new DoraFigures.IncidentFact(i.startedAt(), i.resolvedAt());
			incidentsByTeam
				.computeIfAbsent(names.getOrDefault(i.teamId(), i.teamId().toString()), k -> new ArrayList<>())
				.add(fact);
			incidentsByService.computeIfAbsent(i.service(), k -> new ArrayList<>()).add(fact);
		}
		return new DoraReport(w.from(), w.to(), figures(w, byTeam, incidentsByTeam),
				figures(w, byService, incidentsByService));
	}

	private static List<DoraFigures> figures(Window w, Map<String, List<DoraFigures.DeploymentFact>> deployments,
			Map<String, List<DoraFigures.IncidentFact>> incidents) {
		var scopes = new java.util.TreeSet<String>(deployments.keySet());
		scopes.addAll(incidents.keySet());
		return scopes.stream()
			.map(s -> DoraFigures.of(s, w.from(), w.to(), deployments.getOrDefault(s, List.of()),
					incidents.getOrDefault(s, List.of())))
			.toList();
	}

	private static String where(Window w, String timeColumn, String alias, Map<String, Object> params) {
		var sql = new StringBuilder(timeColumn + " >= :start and " + timeColumn + " < :end");
		params.put("start", Timestamp.from(DoraFigures.startOf(w.from())));
		params.put("end", Timestamp.from(DoraFigures.startOf(w.to().plusDays(1))));
		if (w.team() != null) {
			sql.append(" and ").append(alias).append(".team_id = :team");
			params.put("team", w.team().value());
		}
		if (w.service() != null) {
			sql.append(" and ").append(alias).append(".service = :service");
			params.put("service", w.service());
		}
		return sql.toString();
	}

	private List<DeploymentView> deployments(String where, Map<String, ?> params) {
		var rows = jdbc.sql("""
				select d.id, d.service, d.team_id, d.version, d.deployed_at, d.status
				from delivery_deployment d
				where %s
				order by d.deployed_at desc
				""".formatted(where))
			.params(params)
			.query((rs, n) -> new DeploymentView(new DeploymentId(rs.getObject("id", UUID.class)),
					rs.getString("service"), new TeamId(rs.getObject("team_id", UUID.class)), rs.getString("version"),
					rs.getTimestamp("deployed_at").toInstant(), DeploymentStatus.valueOf(rs.getString("status")),
					new ArrayList<>()))
			.list();
		for (var d : rows) {
			d.commits()
				.addAll(jdbc.sql("""
						select sha, committed_at from delivery_deployment_commit
						where deployment_id = :id order by committed_at, sha
						""")
					.param("id", d.id().value())
					.query((rs, n) -> new Commit(rs.getString("sha"), rs.getTimestamp("committed_at").toInstant()))
					.list());
		}
		return rows.stream()
			.map(d -> new DeploymentView(d.id(), d.service(), d.teamId(), d.version(), d.deployedAt(), d.status(),
					List.copyOf(d.commits())))
			.toList();
	}

	private List<IncidentView> incidents(String where, Map<String, ?> params) {
		return jdbc.sql("""
				select i.id, i.service, i.team_id, i.started_at, i.resolved_at, i.caused_by_deployment_id
				from delivery_incident i
				where %s
				order by i.started_at desc
				""".formatted(where)).params(params).query((rs, n) -> {
			var resolved = rs.getTimestamp("resolved_at");
			var cause = rs.getObject("caused_by_deployment_id", UUID.class);
			return new IncidentView(new IncidentId(rs.getObject("id", UUID.class)), rs.getString("service"),
					new TeamId(rs.getObject("team_id", UUID.class)), rs.getTimestamp("started_at").toInstant(),
					resolved == null ? null : resolved.toInstant(), cause == null ? null : new DeploymentId(cause));
		}).list();
	}

	private void requireTeam(TeamId team) {
		try {
			teams.get(team);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("teamId", "unknown team");
		}
	}

	private static Instant micros(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	private static void requireText(List<InvalidInputException.FieldError> errors, String field, String value,
			int max) {
		if (value == null || value.isBlank()) {
			errors.add(new InvalidInputException.FieldError(field, "must not be blank"));
		}
		else if (value.strip().length() > max) {
			errors.add(InvalidInputException.FieldError.of(field, "must be at most {0} characters", max));
		}
	}

}
