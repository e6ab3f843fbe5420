package dev.tandem.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * The warnings the organisation's shape raises, as pure functions so that aggregates and
 * read models judge alike. {@code holdsHat} answers whether a person holds an active hat
 * of a kind today.
 */
final class OrgRules {

	static final int FULL_ALLOCATION = 100;

	private OrgRules() {
	}

	static List<OrgWarning> teamWarnings(TeamKind kind, Collection<Skill> needed,
			Collection<? extends Collection<Skill>> memberSkills, UUID productManager, UUID leadDeveloper,
			BiPredicate<UUID, HatKind> holdsHat) {
		var warnings = new ArrayList<OrgWarning>();
		if (kind == TeamKind.COMPONENT) {
			warnings.add(new OrgWarning(OrgWarning.Kind.COMPONENT_TEAM, ""));
		}
		var covered = new java.util.HashSet<Skill>();
		memberSkills.forEach(covered::addAll);
		new TreeSet<>(needed).stream()
			.filter(skill -> !covered.contains(skill))
			.forEach(skill -> warnings.add(new OrgWarning(OrgWarning.Kind.MISSING_SKILL, skill.code())));
		duo(warnings, productManager, HatKind.PRODUCT_MANAGER, OrgWarning.Kind.MISSING_PRODUCT_MANAGER, holdsHat);
		duo(warnings, leadDeveloper, HatKind.LEAD_DEVELOPER, OrgWarning.Kind.MISSING_LEAD_DEVELOPER, holdsHat);
		return warnings;
	}

	static List<OrgWarning> groupWarnings(UUID productDirector, UUID engineeringManager,
			BiPredicate<UUID, HatKind> holdsHat) {
		var warnings = new ArrayList<OrgWarning>();
		duo(warnings, productDirector, HatKind.HEAD_OF_PRODUCT, OrgWarning.Kind.MISSING_PRODUCT_DIRECTOR, holdsHat);
		duo(warnings, engineeringManager, HatKind.ENGINEERING_MANAGER, OrgWarning.Kind.MISSING_ENGINEERING_MANAGER,
				holdsHat);
		return warnings;
	}

	/**
	 * Allowed (people do split their time) but shown, since over 100% usually means a
	 * plan nobody can keep.
	 */
	static List<OrgWarning> personWarnings(int totalAllocationPercent) {
		return totalAllocationPercent > FULL_ALLOCATION
				? List.of(new OrgWarning(OrgWarning.Kind.OVER_ALLOCATED, totalAllocationPercent + "%")) : List.of();
	}

	private static void duo(List<OrgWarning> warnings, UUID person, HatKind expected, OrgWarning.Kind missing,
			BiPredicate<UUID, HatKind> holdsHat) {
		if (person == null) {
			warnings.add(new OrgWarning(missing, ""));
		}
		else if (!holdsHat.test(person, expected)
				&& !(expected == HatKind.HEAD_OF_PRODUCT && holdsHat.test(person, HatKind.CPO))
				&& !(expected == HatKind.ENGINEERING_MANAGER && holdsHat.test(person, HatKind.VP_ENGINEERING))) {
			warnings.add(new OrgWarning(OrgWarning.Kind.DUO_WITHOUT_HAT, expected.name()));
		}
	}

	static Set<Skill> skillsOf(String csv) {
		var skills = new TreeSet<Skill>();
		if (csv != null) {
			for (var code : csv.split(",")) {
				if (!code.isBlank()) {
					skills.add(new Skill(code));
				}
			}
		}
		return skills;
	}

	static String csvOf(Collection<Skill> skills) {
		return String.join(",", new TreeSet<>(skills).stream().map(Skill::code).toList());
	}

}
