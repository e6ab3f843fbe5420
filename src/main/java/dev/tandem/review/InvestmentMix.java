package dev.tandem.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.tandem.review.MonthlyReview.KindShare;
import dev.tandem.review.MonthlyReview.Mix;

/**
 * The share of finished work by kind and by alignment. Items count once each; points are
 * their estimates (unestimated items add items but no points). Discovery experiments
 * concluded in the month count as items of kind {@code EXPERIMENT}, without points, and
 * as aligned work: they are how a team finds out what to build.
 */
final class InvestmentMix {

	static final List<String> KINDS = MonthlyReview.KINDS;

	/** One piece of finished work. */
	record Work(UUID teamId, String kind, Integer points, boolean aligned) {
	}

	private InvestmentMix() {
	}

	static Mix of(YearMonth month, UUID teamId, String team, Collection<Work> work) {
		int items = work.size();
		int points = work.stream().mapToInt(InvestmentMix::points).sum();
		int alignedItems = (int) work.stream().filter(Work::aligned).count();
		int alignedPoints = work.stream().filter(Work::aligned).mapToInt(InvestmentMix::points).sum();
		var kinds = new ArrayList<KindShare>();
		for (var kind : KINDS) {
			var ofKind = work.stream().filter(w -> w.kind().equals(kind)).toList();
			int kindPoints = ofKind.stream().mapToInt(InvestmentMix::points).sum();
			kinds.add(new KindShare(kind, ofKind.size(), kindPoints, percent(ofKind.size(), items),
					percent(kindPoints, points)));
		}
		return new Mix(month, teamId, team, items, points, alignedItems, alignedPoints, kinds);
	}

	private static int points(Work work) {
		return work.points() == null ? 0 : work.points();
	}

	static Integer percent(int part, int whole) {
		return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
	}

}
