package dev.tandem.roadmap;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the order of the lanes. Writers first take the board lock, so
 * concurrent reorderings are applied one after the other; positions of the neighbours
 * change without touching their version, since nobody edited them.
 */
@Component
class LaneRanks {

	private final JdbcClient jdbc;

	LaneRanks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void lockBoard() {
		jdbc.sql("select id from roadmap_board_lock where id = 'board' for update").query(String.class).single();
	}

	LaneOrder orderOf(Lane lane) {
		return new LaneOrder(jdbc.sql("""
				select id from roadmap_item
				where lane = :lane
				order by lane_position, id
				""").param("lane", lane.name()).query(UUID.class).list());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void write(Lane lane, LaneOrder order) {
		order.positions().forEach((item, position) -> jdbc.sql("""
				update roadmap_item set lane_position = :position
				where id = :id and lane = :lane and lane_position <> :position
				""").param("position", position).param("id", item).param("lane", lane.name()).update());
	}

}
