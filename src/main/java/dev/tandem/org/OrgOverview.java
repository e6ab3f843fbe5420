package dev.tandem.org;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;

/** The organisation at a glance, and the timeline of its changes. */
@Service
public class OrgOverview {

	static final List<String> SUBJECT_TYPES = List.of("team", "group");

	public static final int MAX_CHANGES = 500;

	/** How many audit entries the timeline reads at most. */
	static final int AUDIT_WINDOW = 10_000;

	private final OrgReadModel reads;

	private final AuditTrail audit;

	private final OrgLabels labels;

	OrgOverview(OrgReadModel reads, AuditTrail audit, OrgLabels labels) {
		this.reads = reads;
		this.audit = audit;
		this.labels = labels;
	}

	/** Every team grouped by group, with duos, members and warnings. */
	@Transactional(readOnly = true)
	public OverviewView overview() {
		return reads.overview();
	}

	/** The first {@code limit} changes of the timeline, newest first. */
	@Transactional(readOnly = true)
	public List<OrgChange> changes(int limit) {
		return changes(OrgChangeFilter.none(), 0, limit).changes();
	}

	/**
	 * Hat starts and ends on the day they take effect; team, duo, membership and group
	 * changes on the day they were recorded. Newest first, filtered, one page at a time.
	 */
	@Transactional(readOnly = true)
	public OrgChangePage changes(OrgChangeFilter filter, int offset, int limit) {
		var bounded = Math.max(1, Math.min(limit, MAX_CHANGES));
		var start = Math.max(0, offset);
		var all = OrgTimeline
			.assemble(reads.hatRecords(), audit.recent(SUBJECT_TYPES, AUDIT_WINDOW), reads.names(), reads.zone(),
					labels::teamKindOf)
			.stream()
			.filter(filter::accepts)
			.toList();
		var end = Math.min(all.size(), start + bounded);
		return new OrgChangePage(start >= all.size() ? List.of() : all.subList(start, end), start, end < all.size());
	}

}
