package dev.tandem.org;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;

/** The organisation at a glance, and the timeline of its changes. */
@Service
public class OrgOverview {

	static final List<String> SUBJECT_TYPES = List.of("person", "team", "group");

	public static final int MAX_CHANGES = 500;

	private final OrgReadModel reads;

	private final AuditTrail audit;

	OrgOverview(OrgReadModel reads, AuditTrail audit) {
		this.reads = reads;
		this.audit = audit;
	}

	/** Every team grouped by group, with duos, members and warnings. */
	@Transactional(readOnly = true)
	public OverviewView overview() {
		return reads.overview();
	}

	/** Hat starts and ends, team, group and membership changes, newest first. */
	@Transactional(readOnly = true)
	public List<OrgChange> changes(int limit) {
		var bounded = Math.max(1, Math.min(limit, MAX_CHANGES));
		return audit.recent(SUBJECT_TYPES, bounded)
			.stream()
			.map(e -> new OrgChange(e.occurredAt(), e.actor(), e.action(), e.summary(), e.subject().type(),
					e.subject().id(), pathOf(e.subject().type(), e.subject().id(), e.action())))
			.toList();
	}

	private static String pathOf(String type, String id, String action) {
		if (action.endsWith(".deleted")) {
			return null;
		}
		return switch (type) {
			case "person" -> "/org/people/" + id;
			case "team" -> "/org/teams/" + id;
			case "group" -> "/org/groups/" + id;
			default -> null;
		};
	}

}
