package dev.tandem.okr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.org.GroupId;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.Quarter;

/**
 * Reads objectives for other modules (the roadmap links items to them, reviews list
 * them): summaries only, never the aggregates.
 */
@Service
public class ObjectiveDirectory {

	private static final String COLUMNS = """
			select id, title, quarter_label, objective_level, owner_id, team_id, group_id, parent_id, state
			from okr_objective
			""";

	private final JdbcClient jdbc;

	private final OkrSettings settings;

	ObjectiveDirectory(JdbcClient jdbc, OkrSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Objectives of the quarter, company first, then group, then team, by title. */
	@Transactional(readOnly = true)
	public List<ObjectiveSummary> inQuarter(Quarter quarter) {
		return jdbc.sql(COLUMNS + """
				where quarter_label = :quarter
				order by case objective_level when 'COMPANY' then 0 when 'GROUP' then 1 else 2 end, lower(title), id
				""").param("quarter", quarter.label()).query(ObjectiveDirectory::summary).list();
	}

	@Transactional(readOnly = true)
	public Optional<ObjectiveSummary> find(ObjectiveId id) {
		return jdbc.sql(COLUMNS + "where id = :id")
			.param("id", id.value())
			.query(ObjectiveDirectory::summary)
			.optional();
	}

	/**
	 * The objectives that exist among {@code ids}; unknown ids are absent from the map.
	 */
	@Transactional(readOnly = true)
	public Map<ObjectiveId, ObjectiveSummary> find(Collection<ObjectiveId> ids) {
		var found = new LinkedHashMap<ObjectiveId, ObjectiveSummary>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql(COLUMNS + "where id in (:ids)")
			.param("ids", ids.stream().map(ObjectiveId::value).distinct().toList())
			.query(ObjectiveDirectory::summary)
			.list()
			.forEach(s -> found.put(s.id(), s));
		return found;
	}

	/** The quarter today falls in, by the configured fiscal calendar. */
	public Quarter currentQuarter() {
		return settings.currentQuarter();
	}

	static ObjectiveSummary summary(ResultSet rs, int row) throws SQLException {
		var team = rs.getObject("team_id", UUID.class);
		var group = rs.getObject("group_id", UUID.class);
		var parent = rs.getObject("parent_id", UUID.class);
		return new ObjectiveSummary(new ObjectiveId(rs.getObject("id", UUID.class)), rs.getString("title"),
				Quarter.of(rs.getString("quarter_label")), ObjectiveLevel.valueOf(rs.getString("objective_level")),
				new PersonId(rs.getObject("owner_id", UUID.class)), team == null ? null : new TeamId(team),
				group == null ? null : new GroupId(group), parent == null ? null : new ObjectiveId(parent),
				ObjectiveState.valueOf(rs.getString("state")));
	}

}
