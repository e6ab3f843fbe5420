package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The okr module's rules through its public API: alignment on update, measured values,
 * closing a whole quarter.
 */
@SpringBootTest
@OnH2
class OkrRulesTests {

	@Autowired
	Objectives objectives;

	@Autowired
	KeyResults keyResults;

	@Autowired
	KeyResultMeasurements measurements;

	@Autowired
	QuarterClosing closing;

	@Autowired
	ObjectiveDirectory directory;

	@Autowired
	People people;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private PersonId owner() {
		return people.create("Rita Rules " + Unique.suffix(), Unique.email("rita"), null).id();
	}

	private ObjectiveView company(String title, ObjectiveId parent) {
		return objectives.create(new ObjectiveDetails(title, null, directory.currentQuarter().previous().previous(),
				ObjectiveLevel.COMPANY, owner(), null, null, parent));
	}

	private static ObjectiveDetails withParent(ObjectiveView o, ObjectiveId parent) {
		return new ObjectiveDetails(o.title(), o.why(), o.quarter(), o.level(), o.ownerId(), o.teamId(), o.groupId(),
				parent);
	}

	@Test
	void refusesAParentThatWouldMakeACycle() {
		var root = company("Root " + Unique.suffix(), null);
		var child = company("Child " + Unique.suffix(), root.id());

		assertThatThrownBy(() -> objectives.update(root.id(), root.version(), withParent(root, child.id())))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("parentId")
			.hasMessageContaining("cycle");
	}

	@Test
	void refusesToMoveAParentToAnotherQuarter() {
		var root = company("Root " + Unique.suffix(), null);
		company("Child " + Unique.suffix(), root.id());
		var moved = new ObjectiveDetails(root.title(), null, root.quarter().next(), root.level(), root.ownerId(), null,
				null, null);

		assertThatThrownBy(() -> objectives.update(root.id(), root.version(), moved))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("quarter");
	}

	@Test
	void recordsMeasuredValuesOnlyFromTheDeclaredSource() {
		var objective = company("Measured " + Unique.suffix(), null);
		var kr = keyResults.add(objective.id(), new KeyResultDetails("Adoption",
				Measure.of(KeyResultUnit.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(50)), null, null));

		assertThatThrownBy(() -> measurements.record(kr.id(), "adoption", BigDecimal.TEN))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("source");
		assertThat(measurements.record(kr.id(), KeyResultSource.Manual.KIND, BigDecimal.valueOf(25)).progress())
			.isEqualTo(0.5);
	}

	@Test
	void closesEveryOpenObjectiveOfAQuarterForAnAdministratorOnly() {
		var objective = company("Whole quarter " + Unique.suffix(), null);
		keyResults.add(objective.id(), new KeyResultDetails("Half done",
				Measure.of(KeyResultUnit.NUMBER, BigDecimal.ZERO, BigDecimal.TEN), BigDecimal.valueOf(5), null));

		assertThatThrownBy(() -> closing.closeQuarter(objective.quarter().label()))
			.isInstanceOf(ForbiddenException.class);

		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("admin@example.com", null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		assertThat(closing.closeQuarter(objective.quarter().label())).isPositive();
		var closed = objectives.get(objective.id());
		assertThat(closed.state()).isEqualTo(ObjectiveState.CLOSED);
		assertThat(closed.score()).isEqualByComparingTo("0.5");
		assertThat(closed.keyResults().get(0).finalScore()).isEqualByComparingTo("0.5");
	}

}
