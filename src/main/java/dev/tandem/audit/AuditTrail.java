package dev.tandem.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change made through the module APIs and reads the trail back. Recording
 * joins the caller's transaction, so a change and its audit entry are committed together
 * or not at all.
 */
@Service
public class AuditTrail {

	static final int MAX_SUMMARY = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a change made by whoever is signed in (or "system" when nobody is, e.g. at
	 * start-up).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Subject subject, Subject related, String action, String summary, String before, String after) {
		jdbc.sql("""
				insert into audit_entry (id, occurred_at, actor, subject_type, subject_id, related_type, related_id,
				                         action, summary, before_text, after_text)
				values (:id, :occurredAt, :actor, :subjectType, :subjectId, :relatedType, :relatedId,
				        :action, :summary, :before, :after)
				""")
			.param("id", UUID.randomUUID())
			.param("occurredAt", Timestamp.from(clock.instant()))
			.param("actor", currentActor())
			.param("subjectType", subject.type())
			.param("subjectId", subject.id())
			.param("relatedType", related == null ? null : related.type())
			.param("relatedId", related == null ? null : related.id())
			.param("action", action)
			.param("summary", clip(summary))
			.param("before", clip(before))
			.param("after", clip(after))
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Subject subject, String action, String summary, String before, String after) {
		record(subject, null, action, summary, before, after);
	}

	/** Entries about the subject, as main subject or as related one, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> about(Subject subject, int limit) {
		return jdbc.sql("""
				select id, occurred_at, actor, subject_type, subject_id, related_type, related_id, action, summary,
				       before_text, after_text
				from audit_entry
				where (subject_type = :type and subject_id = :id) or (related_type = :type and related_id = :id)
				order by occurred_at desc, id
				limit :limit
				""")
			.param("type", subject.type())
			.param("id", subject.id())
			.param("limit", limit)
			.query(AuditTrail::entry)
			.list();
	}

	/** The whole trail, newest first; {@code subjectTypes} narrows it when not empty. */
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(List<String> subjectTypes, int limit) {
		var filter = subjectTypes.isEmpty() ? "" : "where subject_type in (:types)";
		var spec = jdbc.sql("""
				select id, occurred_at, actor, subject_type, subject_id, related_type, related_id, action, summary,
				       before_text, after_text
				from audit_entry
				%s
				order by occurred_at desc, id
				limit :limit
				""".formatted(filter)).param("limit", limit);
		if (!subjectTypes.isEmpty()) {
			spec = spec.param("types", subjectTypes);
		}
		return spec.query(AuditTrail::entry).list();
	}

	/** The subject types that occur in the trail, alphabetically, for filters. */
	@Transactional(readOnly = true)
	public List<String> subjectTypes() {
		return jdbc.sql("select distinct subject_type from audit_entry order by subject_type")
			.query(String.class)
			.list();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		var relatedType = rs.getString("related_type");
		return new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("actor"), new Subject(rs.getString("subject_type"), rs.getString("subject_id")),
				relatedType == null ? null : new Subject(relatedType, rs.getString("related_id")),
				rs.getString("action"), rs.getString("summary"), rs.getString("before_text"),
				rs.getString("after_text"));
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			return "system";
		}
		return auth.getName();
	}

	private static String clip(String text) {
		if (text == null) {
			return null;
		}
		return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
	}

}
