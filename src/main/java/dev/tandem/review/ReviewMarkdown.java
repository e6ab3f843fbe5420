package dev.tandem.review;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A review as Markdown, in the reader's language: the signals first, then the seven
 * sections as tables, for pasting into a wiki or a meeting note.
 */
@Component
public class ReviewMarkdown {

	private final MessageSource messages;

	ReviewMarkdown(MessageSource messages) {
		this.messages = messages;
	}

	public String of(MonthlyReview review, Locale locale) {
		var md = new Builder(messages, locale);
		md.line("# " + md.msg("review.heading", review.month()));
		md.line("");
		md.line(review.closed() ? md.msg("review.closedOn",
				DateTimeFormatter.ISO_LOCAL_DATE.format(review.closedAt().atOffset(java.time.ZoneOffset.UTC)),
				review.closedBy()) : md.msg("review.open"));
		md.line("");
		md.line("## " + md.msg("review.signals"));
		md.line("");
		if (review.signals().isEmpty()) {
			md.line(md.msg("review.signals.none"));
		}
		int n = 1;
		for (var signal : review.signals()) {
			md.line(n++ + ". **" + escape(signal.title(messages, locale)) + "** — "
					+ escape(signal.evidence(messages, locale)) + " (" + signal.link() + ")");
		}
		md.line("");

		var okrs = review.okrs();
		md.line("## " + md.msg("review.okrs"));
		md.line("");
		md.line(md.msg("review.okrs.elapsed", okrs.quarterElapsedPercent(), review.quarter()));
		md.line("");
		md.table(
				List.of(md.msg("review.okrs.objective"), md.msg("review.team"), md.msg("review.okrs.progress"),
						md.msg("review.okrs.confidence")),
				okrs.objectives(),
				o -> List.of(o.title(), text(o.team()), o.progressPercent() + " %", md.confidence(o.confidence())));
		md.line("### " + md.msg("review.okrs.atRisk"));
		md.line("");
		md.table(
				List.of(md.msg("review.okrs.keyResult"), md.msg("review.okrs.objective"),
						md.msg("review.okrs.progress"), md.msg("review.okrs.confidence")),
				okrs.atRisk(),
				k -> List.of(k.statement(), k.objective(), k.progressPercent() + " %", md.confidence(k.confidence())));
		md.line("### " + md.msg("review.okrs.missing"));
		md.line("");
		md.table(List.of(md.msg("review.okrs.keyResult"), md.msg("review.okrs.objective"), md.msg("review.team")),
				okrs.missingCheckIns(), k -> List.of(k.statement(), k.objective(), text(k.team())));

		md.line("## " + md.msg("review.investment"));
		md.line("");
		var mixes = new java.util.ArrayList<MonthlyReview.Mix>();
		mixes.add(review.investment().overall());
		mixes.addAll(review.investment().teams());
		var header = new java.util.ArrayList<String>(List.of(md.msg("review.team"), md.msg("review.items"),
				md.msg("review.points"), md.msg("review.aligned")));
		MonthlyReview.KINDS.forEach(k -> header.add(md.msg("review.kind." + k)));
		md.table(header, mixes, m -> {
			var row = new java.util.ArrayList<String>(List.of(m.team() == null ? md.msg("review.overall") : m.team(),
					String.valueOf(m.items()), String.valueOf(m.points()), percent(m.alignedPercent())));
			m.kinds().forEach(k -> row.add(percent(k.itemPercent())));
			return row;
		});

		md.line("## " + md.msg("review.shipped"));
		md.line("");
		md.table(List.of(md.msg("review.shipped.feature"), md.msg("review.team"), md.msg("review.shipped.released"),
				md.msg("review.shipped.adoption"), md.msg("review.shipped.target"), md.msg("review.shipped.state")),
				review.shipped().features(), f -> List.of(f.name(), text(f.team()), text(f.releasedOn()),
						number(f.adoptionPercent(), " %"), number(f.targetPercent(), " %"), text(f.state())));

		md.line("## " + md.msg("review.predictability"));
		md.line("");
		md.table(List.of(md.msg("review.team"), md.msg("review.predictability.probability"), md.msg("review.items")),
				review.predictability().commitments(),
				c -> List.of(c.team(), percent(c.probabilityPercent()), String.valueOf(c.items())));
		md.table(
				List.of(md.msg("review.predictability.item"), md.msg("review.predictability.likely"),
						md.msg("review.predictability.previous"), md.msg("review.predictability.drift")),
				review.predictability().nowItems(), f -> List.of(f.title(), text(f.likely85()), text(f.previous85()),
						f.driftDays() == null ? "–" : String.valueOf(f.driftDays())));

		md.line("## " + md.msg("review.quality"));
		md.line("");
		md.table(
				List.of(md.msg("review.team"), md.msg("review.quality.deployFrequency"),
						md.msg("review.quality.leadTime"), md
							.msg("review.quality.changeFailure"),
						md.msg("review.quality.restore")),
				review.quality().dora(),
				d -> List.of(d.scope(), number(d.deploymentsPerDay(), "") + " " + text(d.frequencyBand()),
						number(d.leadTimeHours(), "") + " (" + number(d.previousLeadTimeHours(), "") + ")",
						number(d.changeFailurePercent(), "") + " (" + number(d.previousChangeFailurePercent(), "")
								+ ")",
						number(d.timeToRestoreHours(), "") + " (" + number(d.previousTimeToRestoreHours(), "") + ")"));
		md.table(List.of(md.msg("review.team"), md.msg("review.quality.debtShare"), md.msg("review.quality.budget")),
				review.quality().debt(), d -> List.of(d.team() + (d.overBudget() ? " ⚠" : ""), percent(d.debtPercent()),
						d.budgetPercent() + " %"));
		md.table(List.of(md.msg("review.team"), md.msg("review.quality.estimates"), md.msg("review.quality.withoutQa")),
				review.quality().estimatesWithoutQa(), q -> List.of(q.team(), String.valueOf(q.estimated()),
						q.withoutQa() + " (" + percent(q.percent()) + ")"));

		md.line("## " + md.msg("review.discovery"));
		md.line("");
		md.line("### " + md.msg("review.discovery.overrides"));
		md.line("");
		md.table(
				List.of(md.msg("review.predictability.item"), md.msg("review.discovery.by"),
						md.msg("review.discovery.reason")),
				review.discovery().overrides(),
				o -> List.of(text(o.roadmapItem()), text(o.person()), text(o.reason())));
		md.line("### " + md.msg("review.discovery.newEvidence"));
		md.line("");
		md.table(
				List.of(md.msg("review.discovery.newEvidence"), md.msg("review.discovery.insights"),
						md.msg("review.discovery.sources")),
				review.discovery().newEvidence(),
				o -> List.of(o.title(), String.valueOf(o.insights()), String.valueOf(o.sources())));
		md.line("### " + md.msg("review.discovery.concluded"));
		md.line("");
		md.table(List.of(md.msg("review.discovery.concluded"), md.msg("review.discovery.result")),
				review.discovery().concluded(), e -> List.of(e.hypothesis(), text(e.result())));

		md.line("## " + md.msg("review.organisation"));
		md.line("");
		md.table(List.of(md.msg("review.organisation.crossTeam"), md.msg("review.organisation.teams")),
				review.organisation().crossTeamFeatures(),
				f -> List.of(f.title(), f.teams() + " — " + String.join(", ", f.teamNames())));
		md.table(List.of(md.msg("review.team"), md.msg("review.organisation.gaps")), review.organisation().teamGaps(),
				g -> List.of(g.team(), String.join(", ", g.gaps().stream().map(ReviewSignals::gapName).toList())));
		md.table(List.of(md.msg("review.organisation.hats"), ""), review.organisation().hatChanges(),
				h -> List.of(h.date() + " " + text(h.person()), h.change() + " " + String.join(", ", h.hats())));
		return md.toString();
	}

	private static String text(Object value) {
		return value == null ? "–" : value.toString();
	}

	private static String percent(Integer value) {
		return value == null ? "–" : value + " %";
	}

	private static String number(Double value, String unit) {
		return value == null ? "–" : (Math.round(value * 10) / 10.0) + unit;
	}

	/** Keeps a cell on one line and its pipes from breaking the table. */
	static String escape(String value) {
		return value.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
	}

	private static final class Builder {

		private final StringBuilder out = new StringBuilder();

		private final MessageSource messages;

		private final Locale locale;

		Builder(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
		}

		String msg(String key, Object... args) {
			return messages.getMessage(key, args, key, locale);
		}

		String confidence(String confidence) {
			return confidence == null ? "–" : msg("review.confidence." + confidence);
		}

		void line(String text) {
			out.append(text).append('\n');
		}

		<T> void table(List<String> header, List<T> rows, Function<T, List<String>> cells) {
			if (rows.isEmpty()) {
				line("_" + msg("review.none") + "_");
				line("");
				return;
			}
			line("| " + String.join(" | ", header.stream().map(ReviewMarkdown::escape).toList()) + " |");
			line("|" + " --- |".repeat(header.size()));
			for (var row : rows) {
				line("| " + String.join(" | ", cells.apply(row).stream().map(ReviewMarkdown::escape).toList()) + " |");
			}
			line("");
		}

		@Override
		public String toString() {
			return out.toString();
		}

	}

}
