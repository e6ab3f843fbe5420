package dev.tandem.org.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.tandem.org.OrgChange;
import dev.tandem.org.OrgChangeKind;

/**
 * Turns timeline entries into sentences in the reader's language ("Sofia Ricci became
 * CPO"), grouped by month, newest first. Hats, team kinds and titles come from the
 * bundle, never as codes.
 */
@Component
class ChangeLines {

	/** One sentence of the timeline and the page it links to (null when gone). */
	record Line(OrgChange change, String text, String path, boolean upcoming) {
	}

	/**
	 * The changes of one month; {@code continued} when it carries on the month shown just
	 * above (after "show more"), so it needs no heading.
	 */
	record Month(YearMonth month, boolean continued, List<Line> lines) {

		public LocalDate firstDay() {
			return month.atDay(1);
		}

	}

	private final MessageSource messages;

	ChangeLines(MessageSource messages) {
		this.messages = messages;
	}

	/** Groups consecutive changes (already newest first) by month. */
	List<Month> months(List<OrgChange> changes, YearMonth continuing, LocalDate today, Locale locale) {
		var months = new ArrayList<Month>();
		List<Line> current = null;
		YearMonth month = null;
		for (var change : changes) {
			if (!change.month().equals(month)) {
				month = change.month();
				current = new ArrayList<>();
				months.add(new Month(month, months.isEmpty() && month.equals(continuing), current));
			}
			current.add(new Line(change, text(change, locale), path(change), change.date().isAfter(today)));
		}
		return months;
	}

	String text(OrgChange c, Locale locale) {
		var key = "org.change." + c.kind().name();
		var person = c.person() == null || c.person().name() == null ? "?" : c.person().name();
		var team = c.team() == null || c.team().name() == null ? msg("org.change.deletedTeam", locale)
				: c.team().name();
		var group = c.group() == null || c.group().name() == null ? "?" : c.group().name();
		return switch (c.kind()) {
			case HAT_STARTED -> {
				if (c.cpto() && c.hats().size() == 1) {
					yield msg(key + ".cpto", locale, person, hats(c, locale));
				}
				yield msg(key, locale, person, c.cpto() ? msg("org.title.CPTO", locale) : hats(c, locale));
			}
			case HAT_ENDED -> msg(key, locale, person, c.cpto() ? msg("org.title.CPTO", locale) : hats(c, locale));
			case TEAM_CREATED, TEAM_CHANGED, TEAM_DELETED -> msg(key, locale, team);
			case TEAM_RENAMED -> msg(key, locale, c.before(), c.after());
			case TEAM_KIND_CHANGED -> msg(key, locale, team, teamKind(c.before(), locale), teamKind(c.after(), locale));
			case PRODUCT_MANAGER_CHANGED, LEAD_DEVELOPER_CHANGED -> duo(key, c, team, locale);
			case PRODUCT_DIRECTOR_CHANGED, ENGINEERING_MANAGER_CHANGED -> duo(key, c, group, locale);
			case MEMBER_JOINED -> c.after() == null ? msg(key + ".plain", locale, person, team)
					: msg(key, locale, person, team, Integer.valueOf(c.after()));
			case MEMBER_LEFT -> msg(key, locale, person, team);
			case MEMBER_CHANGED -> c.before() == null || c.after() == null || c.before().equals(c.after())
					? msg(key + ".skills", locale, person, team)
					: msg(key, locale, person, team, Integer.valueOf(c.before()), Integer.valueOf(c.after()));
			case GROUP_CREATED, GROUP_CHANGED -> msg(key, locale, group);
			case GROUP_RENAMED -> msg(key, locale, c.before(), c.after());
		};
	}

	private String duo(String key, OrgChange c, String where, Locale locale) {
		if (c.after() == null) {
			return msg(key + ".none", locale, c.before(), where);
		}
		return c.before() == null ? msg(key, locale, c.after(), where)
				: msg(key + ".replacing", locale, c.after(), where, c.before());
	}

	private String hats(OrgChange c, Locale locale) {
		return c.hats().stream().map(h -> msg("org.hat." + h.name(), locale)).collect(Collectors.joining(", "));
	}

	private String teamKind(String code, Locale locale) {
		return code == null ? "?" : messages.getMessage("org.teamKind." + code, null, code, locale);
	}

	private static String path(OrgChange c) {
		if (c.kind().category() == OrgChangeKind.Category.HATS) {
			return "/org/people/" + c.person().id();
		}
		if (c.team() != null) {
			return c.team().name() == null || c.kind() == OrgChangeKind.TEAM_DELETED ? null
					: "/org/teams/" + c.team().id();
		}
		if (c.group() != null) {
			return "/org/groups/" + c.group().id();
		}
		return null;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, locale);
	}

}
